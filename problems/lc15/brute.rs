// Independent check: count each value, then try every pair of distinct values a <= b with
// c = -(a + b) >= b, and keep the triplet when the counts allow using a, b and c together.
use std::collections::BTreeMap;

impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut count: BTreeMap<i32, usize> = BTreeMap::new();
        for &x in &nums {
            *count.entry(x).or_insert(0) += 1;
        }
        let values: Vec<i32> = count.keys().copied().collect();
        let mut out = Vec::new();
        for (ia, &a) in values.iter().enumerate() {
            for &b in &values[ia..] {
                let c = -(a + b);
                if c < b || !count.contains_key(&c) {
                    continue;
                }
                let mut need: BTreeMap<i32, usize> = BTreeMap::new();
                for v in [a, b, c] {
                    *need.entry(v).or_insert(0) += 1;
                }
                if need.iter().all(|(v, k)| count[v] >= *k) {
                    out.push(vec![a, b, c]);
                }
            }
        }
        out
    }
}
