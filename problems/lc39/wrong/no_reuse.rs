// verdict: Wrong Answer
// Recurses with `i + 1`, as in Combination Sum II: a candidate can no longer be used twice, so
// [2,2,3] is missing for candidates [2,3,6,7], target 7.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut path = Vec::new();
        Self::dfs(&candidates, 0, target, &mut path, &mut res);
        res
    }

    fn dfs(c: &Vec<i32>, start: usize, remain: i32, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if remain == 0 {
            res.push(path.clone());
            return;
        }
        for i in start..c.len() {
            if c[i] <= remain {
                path.push(c[i]);
                Self::dfs(c, i + 1, remain - c[i], path, res);
                path.pop();
            }
        }
    }
}
