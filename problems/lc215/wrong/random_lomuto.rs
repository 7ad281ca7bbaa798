// verdict: Accepted
// follow-up O(n) average: Time Limit Exceeded
// A random pivot fixes sorted input, but a two-way Lomuto partition still puts every element
// equal to the pivot on one side: an array of one repeated value takes O(n^2).
use rand::Rng;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut nums = nums;
        let target = nums.len() - k as usize;
        let (mut lo, mut hi) = (0usize, nums.len() - 1);
        let mut rng = rand::thread_rng();
        loop {
            let p = rng.gen_range(lo..=hi);
            nums.swap(p, hi);
            let pivot = nums[hi];
            let mut store = lo;
            for i in lo..hi {
                if nums[i] < pivot {
                    nums.swap(i, store);
                    store += 1;
                }
            }
            nums.swap(store, hi);
            if store == target {
                return nums[store];
            } else if store < target {
                lo = store + 1;
            } else {
                hi = store - 1;
            }
        }
    }
}
