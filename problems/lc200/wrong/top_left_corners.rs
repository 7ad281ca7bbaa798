// verdict: Wrong Answer
// Counts land cells with no land above and none to the left, as if each island had exactly one
// top-left corner: a U shape or a staircase has several.
impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut count = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                let up = i > 0 && grid[i - 1][j] == '1';
                let left = j > 0 && grid[i][j - 1] == '1';
                if grid[i][j] == '1' && !up && !left {
                    count += 1;
                }
            }
        }
        count
    }
}
