// Independent check: from every start, extend while the next character is new (a set of the
// characters so far); at most 96 distinct characters exist, so each start stops quickly.
use std::collections::HashSet;

impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let chars: Vec<char> = s.chars().collect();
        let mut best = 0;
        for i in 0..chars.len() {
            let mut seen = HashSet::new();
            for &c in &chars[i..] {
                if !seen.insert(c) {
                    break;
                }
            }
            best = best.max(seen.len());
        }
        best as i32
    }
}
