// Independent check: each pair as a complex number a + bi, multiplied t times by the unit complex
// number e^(i*theta_i) with theta_i = exp(-(2i/d) * ln base), i.e. rotated one position at a time.
impl Solution {
    pub fn rope(x: Vec<Vec<f64>>, base: f64) -> Vec<Vec<f64>> {
        let mut out = x.clone();
        for t in 0..x.len() {
            let d = x[t].len();
            for i in 0..d / 2 {
                let theta = (-((2 * i) as f64 / d as f64) * base.ln()).exp();
                let (step_re, step_im) = (theta.cos(), theta.sin());
                let (mut re, mut im) = (x[t][2 * i], x[t][2 * i + 1]);
                for _ in 0..t {
                    let next_re = re * step_re - im * step_im;
                    let next_im = re * step_im + im * step_re;
                    re = next_re;
                    im = next_im;
                }
                out[t][2 * i] = re;
                out[t][2 * i + 1] = im;
            }
        }
        out
    }
}
