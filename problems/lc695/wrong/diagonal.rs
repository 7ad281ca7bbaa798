// verdict: Wrong Answer
// Joins diagonal neighbours into one island (8 directions); only edges connect.
impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let mut grid = grid;
        let mut best = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                if grid[i][j] == 1 {
                    best = best.max(Self::area(&mut grid, i as i32, j as i32));
                }
            }
        }
        best
    }

    fn area(grid: &mut Vec<Vec<i32>>, i: i32, j: i32) -> i32 {
        if i < 0 || j < 0 || i as usize >= grid.len() || j as usize >= grid[0].len() || grid[i as usize][j as usize] == 0 {
            return 0;
        }
        grid[i as usize][j as usize] = 0;
        let mut total = 1;
        for di in -1..=1 {
            for dj in -1..=1 {
                if di != 0 || dj != 0 {
                    total += Self::area(grid, i + di, j + dj);
                }
            }
        }
        total
    }
}
