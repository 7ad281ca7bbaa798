// verdict: Wrong Answer
// Running products from both ends, restarting after a zero, but the zero itself is never a
// candidate: [-2,0,-1] gives -1 instead of 0.
impl Solution {
    pub fn max_product(nums: Vec<i32>) -> i32 {
        let mut best = i32::MIN;
        let mut p = 1;
        for &x in nums.iter() {
            if x == 0 {
                p = 1;
                continue;
            }
            p *= x;
            best = best.max(p);
        }
        p = 1;
        for &x in nums.iter().rev() {
            if x == 0 {
                p = 1;
                continue;
            }
            p *= x;
            best = best.max(p);
        }
        best
    }
}
