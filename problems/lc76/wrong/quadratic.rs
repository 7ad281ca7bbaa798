// verdict: Time Limit Exceeded
// Tries every start and extends it until the window covers t, comparing 52-letter count tables
// at each step: O(m^2 * 52), hopeless at m = 10^5.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let idx = |c: u8| -> usize { if c.is_ascii_lowercase() { (c - b'a') as usize } else { (c - b'A') as usize + 26 } };
        let mut need = [0; 52];
        for c in t.bytes() {
            need[idx(c)] += 1;
        }
        let b = s.as_bytes();
        let mut best = (0, usize::MAX);
        for i in 0..b.len() {
            let mut have = [0; 52];
            for j in i..b.len() {
                have[idx(b[j])] += 1;
                if (0..52).all(|k| have[k] >= need[k]) {
                    if j - i + 1 < best.1 - best.0 {
                        best = (i, j + 1);
                    }
                    break;
                }
            }
        }
        if best.1 == usize::MAX {
            String::new()
        } else {
            s[best.0..best.1].to_string()
        }
    }
}
