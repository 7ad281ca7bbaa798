// verdict: Rejected
// The integer square root from the standard library (stable since Rust 1.84): a library
// square root all the same.
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        (x as u32).isqrt() as i32
    }
}
