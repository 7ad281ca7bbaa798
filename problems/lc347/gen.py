#!/usr/bin/env python3
"""Seeded generator of lc347's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc347/gen.py > problems/lc347/tests.json (then drill dev bless lc347).
Every case has a unique answer: the k-th highest count is strictly above the (k+1)-th."""
import json, random

rng = random.Random(347)
V = 10**4


def unique_answer(nums, k):
    counts = {}
    for x in nums:
        counts[x] = counts.get(x, 0) + 1
    c = sorted(counts.values(), reverse=True)
    return 1 <= k <= len(c) and (k == len(c) or c[k - 1] > c[k])


def build(values, counts, order="shuffle"):
    nums = [v for v, c in zip(values, counts) for _ in range(c)]
    if order == "shuffle":
        rng.shuffle(nums)
    return nums


def designed(d, lo, hi, max_count, total=None):
    """d distinct values from [lo, hi] with random counts; k chosen where the answer is unique."""
    values = rng.sample(range(lo, hi + 1), d)
    counts = [rng.randint(1, max_count) for _ in range(d)]
    nums = build(values, counts)
    ks = [k for k in range(1, d + 1) if unique_answer(nums, k)]
    return [nums, rng.choice(ks)]


examples = [[[1, 1, 1, 2, 2, 3], 2], [[1], 1], [[1, 2, 1, 2, 1, 2, 3, 1, 3, 2], 2]]
hidden = [
    [[-1], 1], [[V], 1], [[-V, -V, V], 1], [[-V, V], 2], [[1, 2], 2], [[3, 0, 1, 0], 1], [[4, 1, -1, 2, -1, 2, 3], 2],
    [[5, 3, 1, 1, 1, 3, 73, 1], 2], [[1, 1, 1, 2, 2, 3], 3], [[6, 0, 1, 4, 9, 7, -3, 1, -4, -8, 4, -7, -3, 3, 2, -3, 9, 5, -4, 0], 6],
    [[7] * 1000, 1], [list(range(-500, 500)), 1000], [[-V] * 3 + [V] * 2 + [0], 2],
    # sorted input, so the values' order tells nothing
    [build([-3, 9, 4, 0], [5, 4, 3, 1], order="keep"), 3], [sorted(build([2, -2, 8], [1, 7, 4])), 2],
]
for d in [2, 3, 5, 8, 12, 20, 30, 50]:
    for _ in range(3):
        hidden.append(designed(d, -20, 20, 6) if d <= 41 else designed(d, -V, V, 6))
for d, max_count in [(100, 30), (300, 10), (1000, 5), (2000, 3)]:
    for _ in range(2):
        hidden.append(designed(d, -V, V, max_count))
# one value far ahead, the rest tied: only k = 1 has a unique answer
hidden.append([build([rng.randint(-V, V)] + rng.sample(range(-V, V), 500), [40] + [3] * 500), 1])
# the largest: n = 10^5 from a small value range (short JSON), and 20 001 distinct values
values = list(range(-50, 50))
counts = rng.sample(range(600, 1400), 100)
counts[0] += 100000 - sum(counts)
nums = build(values, counts)
assert len(nums) == 100000 and unique_answer(nums, 10)
hidden.append([nums, 10])
values = list(range(-V, V + 1))
counts = [1] * len(values)
for i, v in enumerate(rng.sample(range(len(values)), 7)):
    counts[v] = 2 + 3 * i
nums = build(values, counts)
assert unique_answer(nums, 7)
hidden.append([nums, 7])
for nums, k in hidden + examples:
    assert unique_answer(nums, k), (nums[:20], k)
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
