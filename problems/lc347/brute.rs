// Independent check: count with a BTreeMap, sort the (count, value) pairs by count, take k.
use std::collections::BTreeMap;

impl Solution {
    pub fn top_k_frequent(nums: Vec<i32>, k: i32) -> Vec<i32> {
        let mut count = BTreeMap::new();
        for x in nums {
            *count.entry(x).or_insert(0usize) += 1;
        }
        let mut pairs: Vec<(usize, i32)> = count.into_iter().map(|(v, c)| (c, v)).collect();
        pairs.sort_by(|a, b| b.0.cmp(&a.0));
        pairs.into_iter().take(k as usize).map(|(_, v)| v).collect()
    }
}
