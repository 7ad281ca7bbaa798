// verdict: Wrong Answer
// Walks all four sides of every layer: when the innermost layer is a single row or column it
// is walked back again, e.g. [[1,2,3]] gives [1,2,3,2,1].
impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let mut res = vec![];
        let (mut top, mut bottom) = (0i32, matrix.len() as i32 - 1);
        let (mut left, mut right) = (0i32, matrix[0].len() as i32 - 1);
        while top <= bottom && left <= right {
            for j in left..=right {
                res.push(matrix[top as usize][j as usize]);
            }
            for i in top + 1..=bottom {
                res.push(matrix[i as usize][right as usize]);
            }
            for j in (left..right).rev() {
                res.push(matrix[bottom as usize][j as usize]);
            }
            for i in (top + 1..bottom).rev() {
                res.push(matrix[i as usize][left as usize]);
            }
            top += 1;
            bottom -= 1;
            left += 1;
            right -= 1;
        }
        res
    }
}
