// Sliding window: remember where each byte was last seen; when the byte at `r` already occurs in
// the window, the window restarts just after that occurrence.
impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let mut last = [usize::MAX; 256];
        let (mut start, mut best) = (0usize, 0usize);
        for (r, &b) in s.as_bytes().iter().enumerate() {
            let seen = last[b as usize];
            if seen != usize::MAX && seen >= start {
                start = seen + 1;
            }
            last[b as usize] = r;
            best = best.max(r + 1 - start);
        }
        best as i32
    }
}
