// verdict: Wrong Answer
// Counts min(m, n) / 2 full rings and forgets the middle row or column that is left when
// min(m, n) is odd: [[1,2,3],[4,5,6],[7,8,9]] loses the 5.
impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut res = Vec::new();
        for k in 0..m.min(n) / 2 {
            let (top, bottom, left, right) = (k, m - 1 - k, k, n - 1 - k);
            for j in left..right {
                res.push(matrix[top][j]);
            }
            for i in top..bottom {
                res.push(matrix[i][right]);
            }
            for j in (left + 1..=right).rev() {
                res.push(matrix[bottom][j]);
            }
            for i in (top + 1..=bottom).rev() {
                res.push(matrix[i][left]);
            }
        }
        res
    }
}
