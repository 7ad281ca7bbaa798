// verdict: Wrong Answer
// Answers the neighbouring problem (how many islands) instead of the largest island's area.
impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let mut grid = grid;
        let mut count = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                if grid[i][j] == 1 {
                    count += 1;
                    Self::sink(&mut grid, i as i32, j as i32);
                }
            }
        }
        count
    }

    fn sink(grid: &mut Vec<Vec<i32>>, i: i32, j: i32) {
        if i < 0 || j < 0 || i as usize >= grid.len() || j as usize >= grid[0].len() || grid[i as usize][j as usize] == 0 {
            return;
        }
        grid[i as usize][j as usize] = 0;
        Self::sink(grid, i + 1, j);
        Self::sink(grid, i - 1, j);
        Self::sink(grid, i, j + 1);
        Self::sink(grid, i, j - 1);
    }
}
