// Sliding window with a count of what is still missing: grow the right end until nothing is
// missing, then shrink the left end while that stays true, keeping the shortest window. O(m + n).
impl Solution {
    pub fn min_window(s: String, t: String) -> String {
        let (s_b, t_b) = (s.as_bytes(), t.as_bytes());
        let mut need = [0i32; 128];
        for &c in t_b {
            need[c as usize] += 1;
        }
        let mut missing = t_b.len();
        let (mut left, mut best) = (0usize, None::<(usize, usize)>);
        for (right, &c) in s_b.iter().enumerate() {
            if need[c as usize] > 0 {
                missing -= 1;
            }
            need[c as usize] -= 1;
            while missing == 0 {
                if best.map_or(true, |(l, r)| right + 1 - left < r - l) {
                    best = Some((left, right + 1));
                }
                let d = s_b[left] as usize;
                need[d] += 1;
                if need[d] > 0 {
                    missing += 1;
                }
                left += 1;
            }
        }
        best.map_or(String::new(), |(l, r)| s[l..r].to_string())
    }
}
