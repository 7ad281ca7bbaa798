// Independent check: walk like a turtle (right, down, left, up), turning whenever the next
// cell is outside the matrix or already visited.
impl Solution {
    pub fn spiral_order(matrix: Vec<Vec<i32>>) -> Vec<i32> {
        let (m, n) = (matrix.len() as i32, matrix[0].len() as i32);
        let mut seen = vec![vec![false; n as usize]; m as usize];
        let dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)];
        let (mut r, mut c, mut d) = (0i32, 0i32, 0usize);
        let mut out = Vec::new();
        for _ in 0..m * n {
            out.push(matrix[r as usize][c as usize]);
            seen[r as usize][c as usize] = true;
            let (nr, nc) = (r + dirs[d].0, c + dirs[d].1);
            if nr < 0 || nr >= m || nc < 0 || nc >= n || seen[nr as usize][nc as usize] {
                d = (d + 1) % 4;
            }
            r += dirs[d].0;
            c += dirs[d].1;
        }
        out
    }
}
