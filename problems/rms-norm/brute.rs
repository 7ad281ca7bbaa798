// Independent check: the root mean square through hypot-style rescaling (divide by the largest
// magnitude before squaring, multiply back afterwards), then a plain division per element.
impl Solution {
    pub fn rms_norm(x: Vec<Vec<f64>>, weight: Vec<f64>, eps: f64) -> Vec<Vec<f64>> {
        let mut out = Vec::new();
        for row in &x {
            let d = row.len() as f64;
            let big = row.iter().fold(0.0f64, |m, v| m.max(v.abs()));
            let mean_square = if big == 0.0 {
                0.0
            } else {
                let mut s = 0.0;
                for v in row {
                    s += (v / big) * (v / big);
                }
                s / d * big * big
            };
            let rms = (mean_square + eps).sqrt();
            let mut y = Vec::new();
            for j in 0..row.len() {
                y.push(row[j] / rms * weight[j]);
            }
            out.push(y);
        }
        out
    }
}
