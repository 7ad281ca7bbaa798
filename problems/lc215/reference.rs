// Quickselect with a random pivot and a three-way (Dutch national flag) partition: expected
// O(n) on every input, including sorted arrays and arrays of one repeated value.
use rand::Rng;

impl Solution {
    pub fn find_kth_largest(nums: Vec<i32>, k: i32) -> i32 {
        let mut nums = nums;
        let target = nums.len() - k as usize; // its index once sorted ascending
        let (mut lo, mut hi) = (0, nums.len()); // the answer's index lies in lo..hi
        let mut rng = rand::thread_rng();
        loop {
            let pivot = nums[rng.gen_range(lo..hi)];
            // lo..lt < pivot, lt..i == pivot, gt..hi > pivot; i..gt not yet seen.
            let (mut lt, mut i, mut gt) = (lo, lo, hi);
            while i < gt {
                if nums[i] < pivot {
                    nums.swap(lt, i);
                    lt += 1;
                    i += 1;
                } else if nums[i] > pivot {
                    gt -= 1;
                    nums.swap(i, gt);
                } else {
                    i += 1;
                }
            }
            if target < lt {
                hi = lt;
            } else if target >= gt {
                lo = gt;
            } else {
                return pivot;
            }
        }
    }
}
