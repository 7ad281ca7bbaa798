// Independent check: union-find with component sizes; the answer is the largest size.
impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut parent: Vec<usize> = (0..m * n).collect();
        let mut size = vec![1i32; m * n];
        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                x = parent[x];
            }
            x
        }
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != 1 {
                    continue;
                }
                let mut neighbours = Vec::new();
                if i + 1 < m && grid[i + 1][j] == 1 {
                    neighbours.push((i + 1) * n + j);
                }
                if j + 1 < n && grid[i][j + 1] == 1 {
                    neighbours.push(i * n + j + 1);
                }
                for other in neighbours {
                    let (a, b) = (find(&mut parent, i * n + j), find(&mut parent, other));
                    if a != b {
                        parent[a] = b;
                        size[b] += size[a];
                    }
                }
            }
        }
        let mut best = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] == 1 {
                    let root = find(&mut parent, i * n + j);
                    best = best.max(size[root]);
                }
            }
        }
        best
    }
}
