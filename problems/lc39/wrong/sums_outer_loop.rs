// verdict: Wrong Answer
// Table of combinations with the sums in the outer loop and the candidates inside: that counts
// orderings, so [2,2,3] and [2,3,2] are both in the table for target 7.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let t = target as usize;
        let mut dp: Vec<Vec<Vec<i32>>> = vec![vec![]; t + 1];
        dp[0].push(vec![]);
        for s in 1..=t {
            for &c in &candidates {
                let c = c as usize;
                if c <= s {
                    let prev = dp[s - c].clone();
                    for mut p in prev {
                        p.push(c as i32);
                        dp[s].push(p);
                    }
                }
            }
        }
        dp[t].clone()
    }
}
