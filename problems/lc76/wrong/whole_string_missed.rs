// verdict: Wrong Answer
// Starts the best length at s.len() and only records strictly shorter windows: when the only
// window is all of s (s = "a", t = "a"), the answer comes back empty.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let (sb, tb) = (s.as_bytes(), t.as_bytes());
        let mut need = [0i32; 128];
        for &c in tb {
            need[c as usize] += 1;
        }
        let mut missing = tb.len() as i32;
        let (mut l, mut best_l, mut best_len) = (0, 0, sb.len());
        let mut found = false;
        for r in 0..sb.len() {
            let c = sb[r] as usize;
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            while missing == 0 {
                if r - l + 1 < best_len {
                    best_l = l;
                    best_len = r - l + 1;
                    found = true;
                }
                let d = sb[l] as usize;
                need[d] += 1;
                if need[d] > 0 {
                    missing += 1;
                }
                l += 1;
            }
        }
        if found {
            s[best_l..best_l + best_len].to_string()
        } else {
            String::new()
        }
    }
}
