// verdict: Wrong Answer
// Jumps the window start to just after the previous occurrence even when that occurrence is
// already outside the window: for "abba" the start moves back to index 1 and the answer is 3.
use std::collections::HashMap;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut pos: HashMap<char, usize> = HashMap::new();
        let (mut start, mut best) = (0, 0);
        for (i, c) in s.chars().enumerate() {
            if let Some(&p) = pos.get(&c) {
                start = p + 1;
            }
            pos.insert(c, i);
            best = best.max(i + 1 - start);
        }
        best as i32
    }
}
