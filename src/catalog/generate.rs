//! Seeded generators for cases too large to check in (follow-up tiers, max-size base cases).
//!
//! A generator spec is one JSON object per argument:
//! * `{"ints": {"len": N, "min": A, "max": B, "order": "random"|"ascending"|"descending"|
//!   "organ_pipe"}}` — a list of N integers in [A, B] (`"distinct": true` for no repeats);
//!   `organ_pipe` rises to the maximum, then falls (a classic bad input for fixed pivots);
//! * `{"int": {"min": A, "max": B}}` — one integer;
//! * `{"grid": {"rows": R, "cols": C, "fill": ["1","0"], "density": 0.6}}` — a R×C grid of the
//!   first symbol with probability `density`, else the second;
//! * `{"floats": {"rows": R, "cols": C, "min": A, "max": B, "decimals": D}}` — an R×C matrix of
//!   floats uniform in [A, B], rounded to D decimals (default 4) so inputs stay short; with
//!   `"len": N` instead of `rows`/`cols`, a list of N such floats;
//! * `{"path_grid": {"rows": R, "cols": C, "shape": "snake"|"spiral", "fill": ["1","0"]}}` — one
//!   island that is a single path one cell wide (about R·C/2 cells long), walls of the second
//!   symbol between its turns: a graph search from its end goes as deep as the path is long;
//! * `{"rotated": {"len": N, "min": A, "max": B}}` — N distinct integers in [A, B], ascending,
//!   then rotated left by a random k in [0, N), or by `"rotate": K` (lc33's "rotated sorted
//!   array"; the smallest value ends up at index N − k, or 0);
//! * `{"const": V}` — V as is.
//!
//! `"fixed": true` in a kind's object (e.g. `{"rotated": {…, "fixed": true}}`) generates that
//! argument once for the generator and repeats it in each of its `count` cases, shared rather
//! than copied: many queries on one large array (sent to the program once, see `judge::run`).
//!
//! The random stream is drill's own (splitmix64), so a seed means the same cases on every build.

use super::{Case, Generator};
use anyhow::{bail, Context, Result};
use serde_json::{json, Value};
use std::sync::Arc;

/// splitmix64: tiny, fast, and stable forever (unlike a crate's stream across versions).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn range(&mut self, min: i64, max: i64) -> i64 {
        let span = (max as i128 - min as i128 + 1) as u128;
        (min as i128 + (self.next() as u128 % span) as i128) as i64
    }

    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The cases a list of generators describes, without expected answers, one at a time: a large
/// tier is written out without being held whole.
pub fn generated(generators: &[Generator]) -> impl Iterator<Item = Result<Case>> + '_ {
    generators.iter().flat_map(|g| {
        let mut rng = Rng(g.seed);
        let mut fixed: Vec<Option<Arc<Value>>> = vec![None; g.args.len()];
        (0..g.count).map(move |_| {
            let mut args = Vec::with_capacity(g.args.len());
            for (spec, kept) in g.args.iter().zip(fixed.iter_mut()) {
                let value = match kept {
                    Some(v) => v.clone(),
                    None => {
                        let v = Arc::new(generate_value(spec, &mut rng)?);
                        if is_fixed(spec) {
                            *kept = Some(v.clone());
                        }
                        v
                    }
                };
                args.push(value);
            }
            Ok(Case { args, expected: None })
        })
    })
}

/// `{"kind": {…, "fixed": true}}`: one value for all of a generator's cases.
fn is_fixed(spec: &Value) -> bool {
    spec.as_object()
        .and_then(|o| o.iter().next())
        .is_some_and(|(kind, body)| kind != "const" && body.get("fixed").and_then(Value::as_bool) == Some(true))
}

/// `len` distinct integers in [min, max], in the generator's random order.
fn distinct_values(spec: &Value, len: usize, min: i64, max: i64, rng: &mut Rng) -> Result<Vec<i64>> {
    if max < min || ((max - min + 1) as u64) < len as u64 {
        bail!("generator spec {spec}: not enough distinct values");
    }
    let mut seen = std::collections::HashSet::with_capacity(len);
    let mut v = Vec::with_capacity(len);
    while v.len() < len {
        let x = rng.range(min, max);
        if seen.insert(x) {
            v.push(x);
        }
    }
    Ok(v)
}

fn field(spec: &Value, name: &str) -> Result<i64> {
    spec.get(name)
        .and_then(Value::as_i64)
        .with_context(|| format!("generator spec {spec} needs an integer `{name}`"))
}

fn float_field(spec: &Value, name: &str) -> Result<f64> {
    spec.get(name)
        .and_then(Value::as_f64)
        .with_context(|| format!("generator spec {spec} needs a number `{name}`"))
}

/// A grid spec's `rows`, `cols` and `fill` ([on, off] symbols).
fn grid_shape<'a>(spec: &Value, body: &'a Value) -> Result<(usize, usize, &'a Vec<Value>)> {
    let fill = body
        .get("fill")
        .and_then(Value::as_array)
        .filter(|f| f.len() == 2)
        .with_context(|| format!("generator spec {spec} needs `fill`: [on, off]"))?;
    Ok((field(body, "rows")? as usize, field(body, "cols")? as usize, fill))
}

fn generate_value(spec: &Value, rng: &mut Rng) -> Result<Value> {
    let (kind, body) = spec
        .as_object()
        .and_then(|o| o.iter().next())
        .with_context(|| format!("generator spec {spec} is not an object with one key"))?;
    Ok(match kind.as_str() {
        "const" => body.clone(),
        "int" => json!(rng.range(field(body, "min")?, field(body, "max")?)),
        "ints" => {
            let (len, min, max) = (field(body, "len")? as usize, field(body, "min")?, field(body, "max")?);
            let distinct = body.get("distinct").and_then(Value::as_bool).unwrap_or(false);
            let mut values: Vec<i64> = if distinct {
                distinct_values(spec, len, min, max, rng)?
            } else {
                (0..len).map(|_| rng.range(min, max)).collect()
            };
            match body.get("order").and_then(Value::as_str).unwrap_or("random") {
                "random" => {}
                "ascending" => values.sort_unstable(),
                "descending" => values.sort_unstable_by(|a, b| b.cmp(a)),
                "organ_pipe" => {
                    values.sort_unstable();
                    let falling: Vec<i64> = values.iter().skip(1).step_by(2).rev().copied().collect();
                    values = values.into_iter().step_by(2).chain(falling).collect();
                }
                other => bail!("generator spec {spec}: unknown order '{other}'"),
            }
            json!(values)
        }
        "floats" => {
            let (min, max) = (float_field(body, "min")?, float_field(body, "max")?);
            let scale = 10f64.powi(body.get("decimals").and_then(Value::as_i64).unwrap_or(4) as i32);
            let mut draw = || ((min + rng.unit() * (max - min)) * scale).round() / scale;
            if body.get("len").is_some() {
                let len = field(body, "len")? as usize;
                json!((0..len).map(|_| draw()).collect::<Vec<f64>>())
            } else {
                let (rows, cols) = (field(body, "rows")? as usize, field(body, "cols")? as usize);
                json!((0..rows).map(|_| (0..cols).map(|_| draw()).collect()).collect::<Vec<Vec<f64>>>())
            }
        }
        "rotated" => {
            let (len, min, max) = (field(body, "len")? as usize, field(body, "min")?, field(body, "max")?);
            let mut values = distinct_values(spec, len, min, max, rng)?;
            values.sort_unstable();
            if len > 0 {
                let k = match body.get("rotate") {
                    Some(_) => field(body, "rotate")?,
                    None => rng.range(0, len as i64 - 1),
                };
                if !(0..len as i64).contains(&k) {
                    bail!("generator spec {spec}: `rotate` must be in [0, len)");
                }
                values.rotate_left(k as usize);
            }
            json!(values)
        }
        "grid" => {
            let (rows, cols, fill) = grid_shape(spec, body)?;
            let density = body.get("density").and_then(Value::as_f64).unwrap_or(0.5);
            let grid: Vec<Vec<Value>> = (0..rows)
                .map(|_| {
                    (0..cols)
                        .map(|_| if rng.unit() < density { fill[0].clone() } else { fill[1].clone() })
                        .collect()
                })
                .collect();
            json!(grid)
        }
        "path_grid" => {
            let (rows, cols, fill) = grid_shape(spec, body)?;
            let shape = body.get("shape").and_then(Value::as_str).unwrap_or("snake");
            let land = match shape {
                "snake" => snake(rows, cols),
                "spiral" => spiral(rows, cols),
                other => bail!("generator spec {spec}: unknown shape '{other}'"),
            };
            let grid: Vec<Vec<Value>> = land
                .iter()
                .map(|row| row.iter().map(|&on| fill[usize::from(!on)].clone()).collect())
                .collect();
            json!(grid)
        }
        other => bail!("generator spec {spec}: unknown kind '{other}'"),
    })
}

/// Even rows full, odd rows joined at alternate ends: a boustrophedon path from the top left.
fn snake(rows: usize, cols: usize) -> Vec<Vec<bool>> {
    (0..rows)
        .map(|r| {
            (0..cols)
                .map(|c| r % 2 == 0 || (r % 4 == 1 && c + 1 == cols) || (r % 4 == 3 && c == 0))
                .collect()
        })
        .collect()
}

/// A clockwise spiral from the top left inwards, one water cell between its rings: it turns
/// where going on would touch the path already laid.
fn spiral(rows: usize, cols: usize) -> Vec<Vec<bool>> {
    let mut land = vec![vec![false; cols]; rows];
    if rows == 0 || cols == 0 {
        return land;
    }
    let at = |land: &Vec<Vec<bool>>, r: i64, c: i64| -> Option<bool> {
        (r >= 0 && c >= 0 && (r as usize) < rows && (c as usize) < cols).then(|| land[r as usize][c as usize])
    };
    let dirs = [(0i64, 1i64), (1, 0), (0, -1), (-1, 0)];
    let (mut r, mut c, mut d) = (0i64, 0i64, 0usize);
    land[0][0] = true;
    let mut turns_in_a_row = 0;
    while turns_in_a_row < 2 {
        let (dr, dc) = dirs[d];
        let (nr, nc) = (r + dr, c + dc);
        // The next cell is free, and so is the one after it (else the rings would touch).
        if at(&land, nr, nc) == Some(false) && at(&land, nr + dr, nc + dc) != Some(true) {
            r = nr;
            c = nc;
            land[r as usize][c as usize] = true;
            turns_in_a_row = 0;
        } else {
            d = (d + 1) % 4;
            turns_in_a_row += 1;
        }
    }
    land
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cases(generators: &[Generator]) -> Result<Vec<Case>> {
        generated(generators).collect()
    }

    fn generator(args: Value) -> Generator {
        Generator {
            seed: 7,
            count: 2,
            args: serde_json::from_value(args).unwrap(),
        }
    }

    #[test]
    fn same_seed_same_cases() {
        let g = generator(json!([{"ints": {"len": 50, "min": -5, "max": 5}}]));
        assert_eq!(cases(std::slice::from_ref(&g)).unwrap(), cases(&[g]).unwrap());
    }

    #[test]
    fn ints_respect_length_bounds_order_and_distinctness() {
        let g = generator(json!([{"ints": {"len": 100, "min": 0, "max": 1000, "order": "ascending", "distinct": true}}]));
        for case in cases(&[g]).unwrap() {
            let v: Vec<i64> = serde_json::from_value(Value::clone(&case.args[0])).unwrap();
            assert_eq!(v.len(), 100);
            assert!(v.windows(2).all(|w| w[0] < w[1]), "ascending and distinct: {v:?}");
            assert!(v.iter().all(|x| (0..=1000).contains(x)));
        }
    }

    #[test]
    fn grid_has_requested_shape_and_symbols() {
        let g = generator(json!([{"grid": {"rows": 3, "cols": 4, "fill": ["1", "0"], "density": 1.0}}]));
        let case = &cases(&[g]).unwrap()[0];
        assert_eq!(
            *case.args[0],
            json!([["1", "1", "1", "1"], ["1", "1", "1", "1"], ["1", "1", "1", "1"]])
        );
    }

    #[test]
    fn floats_have_requested_shape_range_and_decimals() {
        let g = generator(json!([
            {"floats": {"rows": 3, "cols": 5, "min": -2.5, "max": 2.5, "decimals": 2}},
            {"floats": {"len": 7, "min": 10, "max": 11}}
        ]));
        for case in cases(&[g]).unwrap() {
            let m: Vec<Vec<f64>> = serde_json::from_value(Value::clone(&case.args[0])).unwrap();
            assert_eq!((m.len(), m[0].len()), (3, 5));
            for x in m.iter().flatten() {
                assert!((-2.5..=2.5).contains(x), "{x} out of range");
                assert!(((x * 100.0).round() - x * 100.0).abs() < 1e-9, "{x} has more than 2 decimals");
            }
            let v: Vec<f64> = serde_json::from_value(Value::clone(&case.args[1])).unwrap();
            assert_eq!(v.len(), 7);
            assert!(v.iter().all(|x| (10.0..=11.0).contains(x)));
        }
    }

    #[test]
    fn organ_pipe_rises_then_falls() {
        let g = generator(json!([{"ints": {"len": 101, "min": -50, "max": 50, "order": "organ_pipe"}}]));
        let v: Vec<i64> = serde_json::from_value(Value::clone(&cases(&[g]).unwrap()[0].args[0])).unwrap();
        let peak = v.iter().position(|&x| x == *v.iter().max().unwrap()).unwrap();
        assert!(v[..=peak].windows(2).all(|w| w[0] <= w[1]), "{v:?}");
        assert!(v[peak..].windows(2).all(|w| w[0] >= w[1]), "{v:?}");
        assert_eq!(v.len(), 101);
    }

    /// Cells of the island reachable from the top left, and the longest shortest path in it.
    fn island(grid: &[Vec<bool>]) -> (usize, usize) {
        let (rows, cols) = (grid.len(), grid[0].len());
        let mut dist = vec![vec![usize::MAX; cols]; rows];
        let mut queue = std::collections::VecDeque::from([(0usize, 0usize)]);
        dist[0][0] = 0;
        let (mut seen, mut far) = (0, 0);
        while let Some((r, c)) = queue.pop_front() {
            seen += 1;
            far = far.max(dist[r][c]);
            for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                if nr < rows && nc < cols && grid[nr][nc] && dist[nr][nc] == usize::MAX {
                    dist[nr][nc] = dist[r][c] + 1;
                    queue.push_back((nr, nc));
                }
            }
        }
        (seen, far)
    }

    #[test]
    fn path_grids_are_one_long_island() {
        for (rows, cols) in [(1, 1), (1, 7), (7, 1), (2, 2), (5, 8), (40, 40), (41, 23)] {
            for grid in [snake(rows, cols), spiral(rows, cols)] {
                let land = grid.iter().flatten().filter(|&&x| x).count();
                let (reached, far) = island(&grid);
                assert_eq!(reached, land, "{rows}x{cols}: one island");
                if rows >= 5 && cols >= 5 {
                    assert!(far + 2 >= land, "{rows}x{cols}: a path, {far} deep of {land}");
                    assert!(2 * land >= rows * cols - rows - cols, "{rows}x{cols}: about half land");
                }
            }
        }
        let g = generator(json!([{"path_grid": {"rows": 3, "cols": 3, "shape": "snake", "fill": [1, 0]}}]));
        assert_eq!(*cases(&[g]).unwrap()[0].args[0], json!([[1, 1, 1], [0, 0, 1], [1, 1, 1]]));
    }

    #[test]
    fn rotated_is_a_rotation_of_distinct_ascending_values() {
        let g = Generator {
            seed: 33,
            count: 20,
            args: serde_json::from_value(json!([{"rotated": {"len": 50, "min": -100, "max": 100}}])).unwrap(),
        };
        let mut rotations = std::collections::HashSet::new();
        for case in cases(&[g]).unwrap() {
            let v: Vec<i64> = serde_json::from_value(Value::clone(&case.args[0])).unwrap();
            assert_eq!(v.len(), 50);
            assert!(v.iter().all(|x| (-100..=100).contains(x)));
            let descents = v.windows(2).filter(|w| w[0] >= w[1]).count();
            let k = v.windows(2).position(|w| w[0] > w[1]).map_or(0, |i| i + 1);
            assert!(descents == 0 || (descents == 1 && v[49] < v[0]), "one rotation point: {v:?}");
            rotations.insert(k);
        }
        assert!(rotations.len() > 5, "rotation points vary: {rotations:?}");
    }

    #[test]
    fn rotated_by_a_given_count() {
        let g = generator(json!([{"rotated": {"len": 5, "min": 1, "max": 5, "rotate": 2}}]));
        assert_eq!(*cases(&[g]).unwrap()[0].args[0], json!([3, 4, 5, 1, 2]));
        let g = generator(json!([{"rotated": {"len": 5, "min": 1, "max": 5, "rotate": 5}}]));
        assert!(cases(&[g]).is_err());
    }

    #[test]
    fn fixed_argument_is_generated_once_and_shared() {
        let g = Generator {
            seed: 9,
            count: 30,
            args: serde_json::from_value(json!([
                {"rotated": {"len": 1000, "min": 0, "max": 5000, "fixed": true}},
                {"int": {"min": 0, "max": 1000000}}
            ]))
            .unwrap(),
        };
        let cases = cases(&[g]).unwrap();
        assert_eq!(cases.len(), 30);
        assert!(cases.iter().all(|c| Arc::ptr_eq(&c.args[0], &cases[0].args[0])));
        let targets: std::collections::HashSet<String> = cases.iter().map(|c| c.args[1].to_string()).collect();
        assert!(targets.len() > 20, "the other argument still varies");
    }

    #[test]
    fn unknown_kind_is_an_error() {
        let g = generator(json!([{"tensor": {}}]));
        assert!(cases(&[g]).is_err());
    }
}
