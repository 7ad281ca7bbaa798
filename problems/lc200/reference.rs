// BFS flood fill with an explicit queue: no recursion, so any stack size will do.
use std::collections::VecDeque;

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut islands = 0;
        let mut queue = VecDeque::new();
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] != '1' {
                    continue;
                }
                islands += 1;
                grid[i][j] = '0';
                queue.push_back((i, j));
                while let Some((r, c)) = queue.pop_front() {
                    // wrapping_sub turns -1 into usize::MAX, which the bounds check rejects.
                    for (nr, nc) in [(r.wrapping_sub(1), c), (r + 1, c), (r, c.wrapping_sub(1)), (r, c + 1)] {
                        if nr < m && nc < n && grid[nr][nc] == '1' {
                            grid[nr][nc] = '0';
                            queue.push_back((nr, nc));
                        }
                    }
                }
            }
        }
        islands
    }
}
