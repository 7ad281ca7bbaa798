#!/usr/bin/env python3
"""Seeded generator of lc141's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc141/gen.py > problems/lc141/tests.json (then drill dev bless lc141).
Each case is [values, pos] as on LeetCode; the harness (driver.rs) builds the real cycle and
passes only the head. Random 10^4-node lists come from problem.json's `generated`."""
import json, random

rng = random.Random(141)
N, V = 10**4, 10**5


def rnd(n, lo=-V, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


examples = [[[3, 2, 0, -4], 1], [[1, 2], 0], [[1], -1]]
hidden = [[[], -1], [[0], -1], [[0], 0], [[V], 0], [[-V], -1], [[1, 2], -1], [[1, 2], 0], [[1, 2], 1],
          [[1, 1], -1], [[1, 1], 0], [[1, 1], 1], [[5, 5, 5, 5], -1], [[5, 5, 5, 5], 3], [[1, 2, 3], 2],
          [[1, 2, 3], -1], [[1, 2, 3, 1, 2, 3], -1], [[1, 2, 3, 4], 0], [[1, 2, 3, 4], -1], [[3, 2, 0, -4], 1],
          [[3, 2, 0, -4], -1], [[-V, V, -V, V], 2]]
for n in range(3, 12):
    for pos in [-1, 0, n // 2, n - 1]:
        hidden.append([rnd(n, -3, 3), pos])
for _ in range(40):
    n = rng.randint(1, 200)
    hidden.append([rnd(n), rng.choice([-1, rng.randrange(n)])])
hidden.append([[7] * N, -1])                 # repeated values, no cycle, exactly 10^4 nodes
hidden.append([[7] * N, 0])
hidden.append([[i % 10 for i in range(N)], N - 1])
hidden.append([[i % 10 for i in range(N)], -1])
hidden.append([[i % 10 for i in range(N - 1)], -1])
hidden.append([[(i * 7) % 10 for i in range(N)], N // 2])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
