// verdict: Time Limit Exceeded
// Counts r up while r * r < num, in i32: for num above 46340^2 the square 46341^2 wraps to a
// negative number, still "less than num", and the loop never ends.
impl Solution {
    pub fn is_perfect_square(num: i32) -> bool {
        let mut r: i32 = 1;
        while r * r < num {
            r += 1;
        }
        r * r == num
    }
}
