// verdict: Runtime Error
// Forgets to mark a cell as visited before recursing: two neighbouring land cells call each
// other forever until the stack overflows.
impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let mut best = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                if grid[i][j] == 1 {
                    best = best.max(Self::area(&grid, i as i32, j as i32));
                }
            }
        }
        best
    }

    fn area(grid: &Vec<Vec<i32>>, i: i32, j: i32) -> i32 {
        if i < 0 || j < 0 || i as usize >= grid.len() || j as usize >= grid[0].len() || grid[i as usize][j as usize] == 0 {
            return 0;
        }
        1 + Self::area(grid, i + 1, j) + Self::area(grid, i - 1, j) + Self::area(grid, i, j + 1) + Self::area(grid, i, j - 1)
    }
}
