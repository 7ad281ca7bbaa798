// verdict: Accepted
// follow-up iterative: Runtime Error
// The textbook recursive DFS: LeetCode accepts it (its stack is large), but the follow-up's
// 1000x1000 maps (a solid block, a spiral, a snake) take it 500 000 to 1 000 000 calls deep,
// which overflows an 8 MiB stack.
impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut grid = grid;
        let mut count = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                if grid[i][j] == '1' {
                    count += 1;
                    Self::dfs(&mut grid, i, j);
                }
            }
        }
        count
    }

    fn dfs(grid: &mut Vec<Vec<char>>, i: usize, j: usize) {
        if grid[i][j] != '1' {
            return;
        }
        grid[i][j] = '0';
        if i > 0 {
            Self::dfs(grid, i - 1, j);
        }
        if i + 1 < grid.len() {
            Self::dfs(grid, i + 1, j);
        }
        if j > 0 {
            Self::dfs(grid, i, j - 1);
        }
        if j + 1 < grid[0].len() {
            Self::dfs(grid, i, j + 1);
        }
    }
}
