// verdict: Wrong Answer
// Prunes with `break` as if the candidates were sorted, but never sorts them: with [8,2,3],
// target 5 the loop stops at 8 and [2,3] is lost.
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
            if c[i] > remain {
                break;
            }
            path.push(c[i]);
            Self::dfs(c, i, remain - c[i], path, res);
            path.pop();
        }
    }
}
