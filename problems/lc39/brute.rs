// Independent check: unbounded-knapsack table of combinations. Candidates in the outer loop,
// sums in the inner one, so every combination is built in candidate order exactly once.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let t = target as usize;
        let mut ways: Vec<Vec<Vec<i32>>> = vec![Vec::new(); t + 1];
        ways[0].push(Vec::new());
        for &c in &candidates {
            let c = c as usize;
            for s in c..=t {
                let extended: Vec<Vec<i32>> = ways[s - c]
                    .iter()
                    .map(|w| {
                        let mut w = w.clone();
                        w.push(c as i32);
                        w
                    })
                    .collect();
                ways[s].extend(extended);
            }
        }
        ways[t].clone()
    }
}
