// verdict: Runtime Error
// Counts in an array of 26 letters: a space, a digit or a capital letter indexes outside it
// (b' ' - b'a' wraps around in a release build and the index is out of bounds).
impl Solution {
    pub fn length_of_longest_substring(s: String) -> i32 {
        let b = s.as_bytes();
        let mut cnt = [0; 26];
        let (mut l, mut best) = (0, 0);
        for r in 0..b.len() {
            let c = (b[r] - b'a') as usize;
            cnt[c] += 1;
            while cnt[c] > 1 {
                cnt[(b[l] - b'a') as usize] -= 1;
                l += 1;
            }
            best = best.max(r - l + 1);
        }
        best as i32
    }
}
