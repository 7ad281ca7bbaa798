// Peel the matrix layer by layer with four shrinking bounds; the bottom row and the left
// column of a layer are walked only if the layer still has more than one row / column.
impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let (m, n) = (matrix.len(), matrix[0].len());
        let mut out = Vec::with_capacity(m * n);
        let (mut top, mut bottom, mut left, mut right) = (0usize, m, 0usize, n); // half-open
        while top < bottom && left < right {
            for j in left..right {
                out.push(matrix[top][j]);
            }
            for i in top + 1..bottom {
                out.push(matrix[i][right - 1]);
            }
            if bottom - top > 1 && right - left > 1 {
                for j in (left..right - 1).rev() {
                    out.push(matrix[bottom - 1][j]);
                }
                for i in (top + 1..bottom - 1).rev() {
                    out.push(matrix[i][left]);
                }
            }
            top += 1;
            bottom -= 1;
            left += 1;
            right -= 1;
        }
        out
    }
}
