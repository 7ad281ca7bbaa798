// verdict: Wrong Answer
// Starts the answer at 1, assuming the string is never empty: "" gives 1 instead of 0.
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let b = s.as_bytes();
        let mut window = HashSet::new();
        let (mut l, mut best) = (0, 1);
        for r in 0..b.len() {
            while window.contains(&b[r]) {
                window.remove(&b[l]);
                l += 1;
            }
            window.insert(b[r]);
            best = best.max(r - l + 1);
        }
        best as i32
    }
}
