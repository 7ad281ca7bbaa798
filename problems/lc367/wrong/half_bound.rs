// verdict: Wrong Answer
// Searches 1..=num / 2 since "a square root is at most half the number" — except for num = 1,
// whose root 1 is more than 1 / 2 = 0.
impl Solution {
    pub fn is_perfect_square(num: i32) -> bool {
        let (mut lo, mut hi) = (1i64, num as i64 / 2);
        while lo <= hi {
            let mid = (lo + hi) / 2;
            if mid * mid == num as i64 {
                return true;
            } else if mid * mid < num as i64 {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        false
    }
}
