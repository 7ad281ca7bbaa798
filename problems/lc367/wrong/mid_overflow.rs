// verdict: Wrong Answer
// Binary search over 1..=num, squaring mid in i32: from num = 93025 (305^2) on, the first mids
// are above 46340 and mid * mid overflows (it wraps, as in LeetCode's release build), which
// steers the search the wrong way: it answers false for squares such as 808201 = 899^2.
impl Solution {
    pub fn is_perfect_square(num: i32) -> bool {
        let (mut lo, mut hi) = (1, num);
        while lo <= hi {
            let mid = lo + (hi - lo) / 2;
            let square = mid * mid;
            if square == num {
                return true;
            } else if square < num {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        false
    }
}
