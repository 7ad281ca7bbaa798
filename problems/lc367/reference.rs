// Binary search for r with r * r == num, squaring in i64 so that r * r cannot overflow.
impl Solution {
    pub fn is_perfect_square(num: i32) -> bool {
        let num = num as i64;
        let (mut lo, mut hi) = (1i64, num.min(46341));
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
