// Independent check: from every start, extend to the right until every character of t is
// covered (counts kept in a map), and keep the shortest such window. O(m^2).
use std::collections::HashMap;

impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let s: Vec<char> = s.chars().collect();
        let mut need: HashMap<char, usize> = HashMap::new();
        for c in t.chars() {
            *need.entry(c).or_insert(0) += 1;
        }
        let mut best: Option<(usize, usize)> = None;
        for i in 0..s.len() {
            let mut have: HashMap<char, usize> = HashMap::new();
            let mut covered = 0; // distinct characters of t with enough copies
            for j in i..s.len() {
                if let Some(&k) = need.get(&s[j]) {
                    let h = have.entry(s[j]).or_insert(0);
                    *h += 1;
                    if *h == k {
                        covered += 1;
                    }
                }
                if covered == need.len() {
                    if best.map_or(true, |(a, b)| j + 1 - i < b - a) {
                        best = Some((i, j + 1));
                    }
                    break;
                }
            }
        }
        best.map_or(String::new(), |(a, b)| s[a..b].iter().collect())
    }
}
