// verdict: Wrong Answer
// Tracks which characters of t are present, not how many times: t = "aa" is "covered" by a
// single "a".
use std::collections::{HashMap, HashSet};

impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let need: HashSet<u8> = t.bytes().collect();
        let b = s.as_bytes();
        let mut window: HashMap<u8, usize> = HashMap::new();
        let (mut l, mut best) = (0, (0, usize::MAX));
        for r in 0..b.len() {
            if need.contains(&b[r]) {
                *window.entry(b[r]).or_insert(0) += 1;
            }
            while window.len() == need.len() {
                if r - l + 1 < best.1 - best.0 {
                    best = (l, r + 1);
                }
                if let Some(k) = window.get_mut(&b[l]) {
                    *k -= 1;
                    if *k == 0 {
                        window.remove(&b[l]);
                    }
                }
                l += 1;
            }
        }
        if best.1 == usize::MAX {
            String::new()
        } else {
            s[best.0..best.1].to_string()
        }
    }
}
