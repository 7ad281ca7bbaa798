// verdict: Rejected
// The library square root is what this problem asks you to do without.
impl Solution {
    pub fn is_perfect_square(num: i32) -> bool {
        let r = (num as f64).sqrt() as i32;
        r * r == num
    }
}
