#!/usr/bin/env python3
"""Seeded generator of lc215's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc215/gen.py > problems/lc215/tests.json (then drill dev bless lc215).
n = 10^5 cases are `generated` in problem.json; the follow-up tier holds n = 10^6 adversarial
inputs. Here: small cases, extremes, and the adversarial shapes at n <= 2000."""
import json, random

rng = random.Random(215)
V = 10**4


def organ_pipe(values):
    values = sorted(values)
    return values[0::2] + values[1::2][::-1]


examples = [[[3, 2, 1, 5, 6, 4], 2], [[3, 2, 3, 1, 2, 4, 5, 5, 6], 4]]
hidden = [
    [[1], 1], [[-V], 1], [[V], 1], [[1, 2], 1], [[1, 2], 2], [[2, 1], 1], [[5, 5], 2], [[3, 3, 2], 2],
    [[2, 1, 3, 3, 3], 3], [[-1, -1, -2], 3], [[7, 6, 5, 4, 3, 2, 1], 5], [[1, 2, 3, 4, 5, 6, 7], 3],
    [[V, -V, V, -V], 2], [[V, -V, V, -V], 3], [[0] * 10, 7],
]
for n in [3, 5, 8, 13, 20, 50, 100, 500]:
    for _ in range(3):
        nums = [rng.randint(-10, 10) if rng.random() < 0.5 else rng.randint(-V, V) for _ in range(n)]
        hidden.append([nums, rng.randint(1, n)])
for n in [1000, 2000]:
    base = [rng.randint(-V, V) for _ in range(n)]
    shapes = [sorted(base), sorted(base, reverse=True), [rng.randint(-V, V)] * n, organ_pipe(base),
              [rng.randint(-1, 1) for _ in range(n)], list(range(-V, -V + n))]
    for nums in shapes:
        for k in (1, n // 2, n):
            hidden.append([nums, k])
for _ in range(4):
    n = 5000
    hidden.append([[rng.randint(-V, V) for _ in range(n)], rng.randint(1, n)])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
