// Independent check: union-find over land cells (iterative find with path halving), counting
// the number of successful unions subtracted from the number of land cells.
impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len(), grid[0].len());
        let mut parent: Vec<usize> = (0..m * n).collect();
        fn find(parent: &mut Vec<usize>, mut x: usize) -> usize {
            while parent[x] != x {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            x
        }
        let mut components = 0i32;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] == '1' {
                    components += 1;
                }
            }
        }
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != '1' {
                    continue;
                }
                let here = i * n + j;
                if i + 1 < m && grid[i + 1][j] == '1' {
                    let (a, b) = (find(&mut parent, here), find(&mut parent, here + n));
                    if a != b {
                        parent[a] = b;
                        components -= 1;
                    }
                }
                if j + 1 < n && grid[i][j + 1] == '1' {
                    let (a, b) = (find(&mut parent, here), find(&mut parent, here + 1));
                    if a != b {
                        parent[a] = b;
                        components -= 1;
                    }
                }
            }
        }
        components
    }
}
