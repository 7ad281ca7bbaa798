// Independent check: walk r = 1, 2, … while r * r < num (at most 46 341 steps), in u64.
impl Solution {
    pub fn is_perfect_square(num: i32) -> bool {
        let num = num as u64;
        let mut r = 1u64;
        while r * r < num {
            r += 1;
        }
        r * r == num
    }
}
