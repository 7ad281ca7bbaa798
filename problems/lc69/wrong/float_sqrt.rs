// verdict: Rejected
// The library square root: exactly what the interviewer asked you not to use.
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        (x as f64).sqrt() as i32
    }
}
