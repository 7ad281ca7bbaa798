// verdict: Time Limit Exceeded
// The recurrence without memoisation: every mismatch branches twice, so two different strings
// of length 1000 take exponential time.
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        fn lcs(a: &[u8], b: &[u8]) -> i32 {
            if a.is_empty() || b.is_empty() {
                return 0;
            }
            if a[0] == b[0] {
                1 + lcs(&a[1..], &b[1..])
            } else {
                lcs(&a[1..], b).max(lcs(a, &b[1..]))
            }
        }
        lcs(text1.as_bytes(), text2.as_bytes())
    }
}
