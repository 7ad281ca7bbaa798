#!/usr/bin/env python3
"""Seeded generator of lc152's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc152/gen.py > problems/lc152/tests.json (then drill dev bless lc152).
LeetCode's guarantee holds in every case: the product of any subarray fits in a 32-bit integer
(checked below: each zero-free stretch has |product| <= 2^31 - 1, or is exactly 31 twos' worth
with an odd number of minus signs, whose only 2^31-sized subarray is negative)."""
import json, random

rng = random.Random(152)
N = 2 * 10**4
I32_MAX = 2**31 - 1

def fits(nums):
    """Every subarray product within [-2^31, 2^31 - 1] (brute force over zero-free stretches)."""
    stretch = []
    for x in nums + [0]:
        if x != 0:
            stretch.append(x)
            continue
        prod_abs = 1
        for y in stretch:
            prod_abs *= abs(y)
        if prod_abs > I32_MAX:
            # Only allowed when no subarray reaches +2^31: check exhaustively (short stretches).
            if len(stretch) > 64:
                return False
            for i in range(len(stretch)):
                p = 1
                for j in range(i, len(stretch)):
                    p *= stretch[j]
                    if not -2**31 <= p <= I32_MAX:
                        return False
        stretch = []
    return True

def smooth_max():
    """Largest product of factors 2..10 that is <= 2^31 - 1, as a list of factors."""
    best = (1, [])
    for a in range(31):
        for b in range(20):
            for c in range(14):
                for d in range(12):
                    v = 2**a * 3**b * 5**c * 7**d
                    if v <= I32_MAX and v > best[0]:
                        best = (v, [2] * a + [3] * b + [5] * c + [7] * d)
    return best

def bounded_stretch(length, big_factors):
    """A zero-free stretch: mostly +-1, with a few factors from 2..10 while the product allows."""
    xs = [rng.choice([1, -1]) for _ in range(length)]
    prod = 1
    for _ in range(big_factors):
        f = rng.randint(2, 10)
        if prod * f > I32_MAX:
            break
        prod *= f
        xs[rng.randrange(length)] = f * rng.choice([1, -1])
    return xs

examples = [[[2, 3, -2, 4]], [[-2, 0, -1]], [[-2, 3, -4]]]
top, factors = smooth_max()
hidden = [[[0]], [[-2]], [[5]], [[-10]], [[10]], [[1]], [[-1]], [[-2, -3]], [[-2, 3]], [[3, -2]], [[0, -1]], [[-1, 0]],
          [[-3, 0, -2]], [[2, -5, -2, -4, 3]], [[3, -1, 4]], [[0, 2]], [[2, 0, 2]], [[-1, -1]], [[-1, -1, -1]],
          [[-3, -3, -3]], [[-3, 1, -3]], [[0, 0, 0]], [[-2, 0]], [[6, -3, -10, 0, 2]], [[2, -1, 1, 1]],
          [[-2, 1, 1, 1, 1, -2]], [[1, -2, -3, 0, 7, -8, -2]], [[-4, -3, -2]], [[-1, -2, -3, 0]], [[7, -2, -4]],
          [[-10] * 9], [[10] * 9], [[-10] * 9 + [0] + [-10] * 9], [[2] * 30], [[-2] * 31], [[0] + [-2] * 31 + [0]],
          [[-2] * 15 + [-1] + [-2] * 15], [factors], [[-f for f in factors]], [[-1] + factors + [-1]],
          [[rng.choice([-1, 1]) for _ in range(N)]], [[0] * N], [[-1] * N], [[1] * N], [[-1] * (N - 1) + [0]],
          [[10] * 9 + [0] * (N - 18) + [-10] * 9], [[1] * (N // 2) + [-1] + [1] * (N // 2 - 1)]]
# Small random arrays over small values (many sign flips and zeros).
for n in [2, 3, 4, 5, 6, 8, 10, 12, 15]:
    for _ in range(6):
        nums = [rng.randint(-10, 10) for _ in range(n)]
        if fits(nums):
            hidden.append([nums])
# Medium and long arrays: bounded stretches separated by zeros.
for n, zero_rate in [(100, 0.1), (1000, 0.05), (5000, 0.01), (N, 0.002), (N, 0.0), (N, 0.3)]:
    nums = []
    while len(nums) < n:
        k = max(1, int(rng.expovariate(zero_rate))) if zero_rate else n
        nums += bounded_stretch(min(k, n - len(nums)), rng.randint(0, 40))
        if len(nums) < n:
            nums.append(0)
    hidden.append([nums[:n]])
# The largest representable answer somewhere inside a long array of +-1 and zeros.
nums = [rng.choice([1, -1, 0]) for _ in range(N)]
pos = rng.randrange(N - len(factors) - 2)
nums[pos:pos + len(factors) + 2] = [0] + factors[:-1] + [-factors[-1], -1]
hidden.append([nums])
for (nums,) in hidden + examples:
    assert 1 <= len(nums) <= N and all(-10 <= x <= 10 for x in nums) and fits(nums), nums[:20]
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
