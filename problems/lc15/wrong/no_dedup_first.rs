// verdict: Wrong Answer
// Two pointers, but equal values of the first element are not skipped: [-1,-1,0,1,2] reports
// [-1,0,1] twice.
impl Solution {
    pub fn three_sum(nums: Vec<i32>) -> Vec<Vec<i32>> {
        let mut nums = nums;
        nums.sort();
        let n = nums.len();
        let mut res = Vec::new();
        for i in 0..n {
            let (mut l, mut r) = (i + 1, n - 1);
            while l < r {
                let s = nums[i] + nums[l] + nums[r];
                if s == 0 {
                    res.push(vec![nums[i], nums[l], nums[r]]);
                    l += 1;
                    while l < r && nums[l] == nums[l - 1] {
                        l += 1;
                    }
                    r -= 1;
                } else if s < 0 {
                    l += 1;
                } else {
                    r -= 1;
                }
            }
        }
        res
    }
}
