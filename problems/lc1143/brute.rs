// Independent check: top-down recursion on suffixes with a memo table.
impl Solution {
    pub fn longest_common_subsequence(text1: String, text2: String) -> i32 {
        let (a, b): (Vec<char>, Vec<char>) = (text1.chars().collect(), text2.chars().collect());
        let mut memo = vec![vec![-1i32; b.len() + 1]; a.len() + 1];
        fn go(a: &[char], b: &[char], i: usize, j: usize, memo: &mut Vec<Vec<i32>>) -> i32 {
            if i == a.len() || j == b.len() {
                return 0;
            }
            if memo[i][j] >= 0 {
                return memo[i][j];
            }
            let best = if a[i] == b[j] {
                1 + go(a, b, i + 1, j + 1, memo)
            } else {
                go(a, b, i + 1, j, memo).max(go(a, b, i, j + 1, memo))
            };
            memo[i][j] = best;
            best
        }
        go(&a, &b, 0, 0, &mut memo)
    }
}
