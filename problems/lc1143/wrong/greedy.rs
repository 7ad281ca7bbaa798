// verdict: Wrong Answer
// Greedy: match each character of text1 with its next occurrence in text2. An early match can
// skip a longer common subsequence: "abc" vs "bca" takes 'a' and ends with 1; the answer is 2.
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let b = text2.as_bytes();
        let mut pos = 0;
        let mut count = 0;
        for &x in text1.as_bytes() {
            if let Some(k) = b[pos..].iter().position(|&y| y == x) {
                count += 1;
                pos += k + 1;
            }
        }
        count
    }
}
