// verdict: Wrong Answer
// On a repeated character, throws the whole window away and starts again at that character:
// "dvdf" gives 2 (it restarts at the second "d" and loses "vdf").
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut seen = HashSet::new();
        let mut best = 0;
        for c in s.chars() {
            if seen.contains(&c) {
                seen.clear();
            }
            seen.insert(c);
            best = best.max(seen.len());
        }
        best as i32
    }
}
