// verdict: Accepted
// follow-up iterative: Accepted
// Not wrong: the same DFS with an explicit Vec as its stack. It shows what the follow-up asks
// for; the recursion depth moves to the heap, so the 8 MiB stack is no longer a limit.
impl Solution {
    pub fn num_islands(mut grid: Vec<Vec<char>>) -> i32 {
        let (m, n) = (grid.len() as i32, grid[0].len() as i32);
        let mut count = 0;
        let mut stack: Vec<(i32, i32)> = Vec::new();
        for i in 0..m {
            for j in 0..n {
                if grid[i as usize][j as usize] != '1' {
                    continue;
                }
                count += 1;
                stack.push((i, j));
                while let Some((r, c)) = stack.pop() {
                    if r < 0 || c < 0 || r >= m || c >= n || grid[r as usize][c as usize] != '1' {
                        continue;
                    }
                    grid[r as usize][c as usize] = '0';
                    stack.push((r + 1, c));
                    stack.push((r - 1, c));
                    stack.push((r, c + 1));
                    stack.push((r, c - 1));
                }
            }
        }
        count
    }
}
