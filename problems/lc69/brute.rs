// Independent check: Newton's iteration on integers (u64), from above, until it stops falling.
impl Solution {
    pub fn my_sqrt(x: i32) -> i32 {
        let x = x as u64;
        if x < 2 {
            return x as i32;
        }
        let mut r = x;
        loop {
            let next = (r + x / r) / 2;
            if next >= r {
                break;
            }
            r = next;
        }
        assert!(r * r <= x && (r + 1) * (r + 1) > x);
        r as i32
    }
}
