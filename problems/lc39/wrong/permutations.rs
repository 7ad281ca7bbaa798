// verdict: Wrong Answer
// Restarts every level from the first candidate, so one multiset comes out in every order:
// [2,2,3], [2,3,2] and [3,2,2] for candidates [2,3,6,7], target 7.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        let mut res = Vec::new();
        let mut path = Vec::new();
        Self::dfs(&candidates, target, &mut path, &mut res);
        res
    }

    fn dfs(candidates: &Vec<i32>, remain: i32, path: &mut Vec<i32>, res: &mut Vec<Vec<i32>>) {
        if remain == 0 {
            res.push(path.clone());
            return;
        }
        for &c in candidates {
            if c <= remain {
                path.push(c);
                Self::dfs(candidates, remain - c, path, res);
                path.pop();
            }
        }
    }
}
