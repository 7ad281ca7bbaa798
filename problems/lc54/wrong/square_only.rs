// verdict: Runtime Error
// Takes the side length from the number of rows, as if every matrix were square: a wide
// matrix loses columns, a tall one indexes past the end of a row.
impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let n = matrix.len();
        let mut res = Vec::new();
        let (mut top, mut bottom, mut left, mut right) = (0i32, n as i32 - 1, 0i32, n as i32 - 1);
        while top <= bottom && left <= right {
            for j in left..=right {
                res.push(matrix[top as usize][j as usize]);
            }
            top += 1;
            for i in top..=bottom {
                res.push(matrix[i as usize][right as usize]);
            }
            right -= 1;
            if top <= bottom {
                for j in (left..=right).rev() {
                    res.push(matrix[bottom as usize][j as usize]);
                }
                bottom -= 1;
            }
            if left <= right {
                for i in (top..=bottom).rev() {
                    res.push(matrix[i as usize][left as usize]);
                }
                left += 1;
            }
        }
        res
    }
}
