// verdict: Runtime Error
// Counts in arrays of 26 lowercase letters: an uppercase letter (b'A' - b'a' wraps around in a
// release build) indexes outside the array.
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let (sb, tb) = (s.as_bytes(), t.as_bytes());
        let mut need = [0i32; 26];
        for &c in tb {
            need[(c - b'a') as usize] += 1;
        }
        let mut missing = tb.len() as i32;
        let (mut l, mut best_l, mut best_len) = (0, 0, usize::MAX);
        for r in 0..sb.len() {
            let c = (sb[r] - b'a') as usize;
            if need[c] > 0 {
                missing -= 1;
            }
            need[c] -= 1;
            while missing == 0 {
                if r - l + 1 < best_len {
                    best_l = l;
                    best_len = r - l + 1;
                }
                let d = (sb[l] - b'a') as usize;
                need[d] += 1;
                if need[d] > 0 {
                    missing += 1;
                }
                l += 1;
            }
        }
        if best_len == usize::MAX {
            String::new()
        } else {
            s[best_l..best_l + best_len].to_string()
        }
    }
}
