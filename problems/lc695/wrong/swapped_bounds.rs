// verdict: Runtime Error
// Mixes up rows and columns in the bounds (m = rows, n = columns, but checks i < n, j < m):
// fine on square maps, out of bounds on the first map with more columns than rows.
impl Solution {
    pub fn max_area_of_island(grid: Vec<Vec<i32>>) -> i32 {
        let mut grid = grid;
        let (m, n) = (grid.len(), grid[0].len());
        let mut best = 0;
        for i in 0..m {
            for j in 0..n {
                if grid[i][j] == 1 {
                    best = best.max(Self::area(&mut grid, i as i32, j as i32, m as i32, n as i32));
                }
            }
        }
        best
    }

    fn area(grid: &mut Vec<Vec<i32>>, i: i32, j: i32, m: i32, n: i32) -> i32 {
        if i < 0 || j < 0 || i >= n || j >= m || grid[i as usize][j as usize] == 0 {
            return 0;
        }
        grid[i as usize][j as usize] = 0;
        1 + Self::area(grid, i + 1, j, m, n) + Self::area(grid, i - 1, j, m, n) + Self::area(grid, i, j + 1, m, n) + Self::area(grid, i, j - 1, m, n)
    }
}
