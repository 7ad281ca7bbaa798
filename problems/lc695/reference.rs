// DFS with an explicit stack: sink each island as it is measured.
impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut best = 0;
        let mut stack = Vec::new();
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != 1 {
                    continue;
                }
                grid[i][j] = 0;
                stack.push((i, j));
                let mut area = 0;
                while let Some((r, c)) = stack.pop() {
                    area += 1;
                    for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                        if nr < m && nc < n && grid[nr][nc] == 1 {
                            grid[nr][nc] = 0;
                            stack.push((nr, nc));
                        }
                    }
                }
                best = best.max(area);
            }
        }
        best
    }
}
