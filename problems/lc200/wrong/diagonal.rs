// verdict: Wrong Answer
// Treats diagonal neighbours as connected (8 directions); islands connect only horizontally
// and vertically.
use std::collections::VecDeque;

impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut grid = grid;
        let (m, n) = (grid.len() as i32, grid[0].len() as i32);
        let mut count = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i as usize][j as usize] != '1' {
                    continue;
                }
                count += 1;
                grid[i as usize][j as usize] = '0';
                let mut queue = VecDeque::from([(i, j)]);
                while let Some((r, c)) = queue.pop_front() {
                    for dr in -1..=1 {
                        for dc in -1..=1 {
                            let (nr, nc) = (r + dr, c + dc);
                            if nr >= 0 && nc >= 0 && nr < m && nc < n && grid[nr as usize][nc as usize] == '1' {
                                grid[nr as usize][nc as usize] = '0';
                                queue.push_back((nr, nc));
                            }
                        }
                    }
                }
            }
        }
        count
    }
}
