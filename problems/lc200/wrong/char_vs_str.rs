// verdict: Compile Error
// Compares a char with the string "1" (the input looks like ["1","0"] in JSON, but each cell is
// a char in Rust): `char == &str` does not compile.
impl Solution {
    pub fn num_islands(grid: Vec<Vec<char>>) -> i32 {
        let mut grid = grid;
        let mut count = 0;
        for i in 0..grid.len() {
            for j in 0..grid[0].len() {
                if grid[i][j] == "1" {
                    count += 1;
                    Self::sink(&mut grid, i as i32, j as i32);
                }
            }
        }
        count
    }

    fn sink(grid: &mut Vec<Vec<char>>, i: i32, j: i32) {
        if i < 0 || j < 0 || i as usize >= grid.len() || j as usize >= grid[0].len() {
            return;
        }
        if grid[i as usize][j as usize] != "1" {
            return;
        }
        grid[i as usize][j as usize] = '0';
        Self::sink(grid, i + 1, j);
        Self::sink(grid, i - 1, j);
        Self::sink(grid, i, j + 1);
        Self::sink(grid, i, j - 1);
    }
}
