// Backtracking over the sorted candidates: a combination is built in non-decreasing index
// order (the same index may repeat), so each multiset is produced once; stop early once a
// candidate exceeds what is left.
impl Solution {
    pub fn combination_sum(candidates: Vec<i32>, target: i32) -> Vec<Vec<i32>> {
        fn go(c: &[i32], start: usize, left: i32, path: &mut Vec<i32>, out: &mut Vec<Vec<i32>>) {
            if left == 0 {
                out.push(path.clone());
                return;
            }
            for i in start..c.len() {
                if c[i] > left {
                    break;
                }
                path.push(c[i]);
                go(c, i, left - c[i], path, out);
                path.pop();
            }
        }
        let mut c = candidates;
        c.sort_unstable();
        let mut out = Vec::new();
        go(&c, 0, target, &mut Vec::new(), &mut out);
        out
    }
}
