#!/usr/bin/env python3
"""Seeded generator of lc25's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc25/gen.py > problems/lc25/tests.json (then drill dev bless lc25).
More random n = 5000 lists come from problem.json's `generated` at judge time."""
import json, random

rng = random.Random(25)
N, V = 5000, 1000


def rnd(n, hi=V):
    return [rng.randint(0, hi) for _ in range(n)]


examples = [[[1, 2, 3, 4, 5], 2], [[1, 2, 3, 4, 5], 3]]
hidden = [[[0], 1], [[V], 1], [[1, 2], 1], [[1, 2], 2], [[1, 2, 3], 2], [[1, 2, 3], 3], [[1, 2, 3, 4], 2],
          [[1, 2, 3, 4], 4], [[1, 2, 3, 4, 5, 6], 3], [[1, 2, 3, 4, 5, 6, 7], 3], [[1, 2, 3, 4, 5, 6, 7, 8], 4],
          [[5, 5, 5, 5, 5], 2], [[0, V, 0, V, 0], 5], [[1, 2, 3, 4, 5], 4]]
for n in range(1, 13):
    for k in range(1, n + 1):
        hidden.append([list(range(1, n + 1)), k])
for _ in range(40):
    n = rng.randint(1, 60)
    hidden.append([rnd(n), rng.randint(1, n)])
# maximum n: small values (so brute.rs cross-checks them) with every kind of k
small = rnd(N, 9)
for k in [1, 2, 3, 7, 64, 71, 2499, 2500, 2501, 4999, N]:
    hidden.append([small, k])
hidden.append([[i % 10 for i in range(N)], 10])
hidden.append([[V] * N, 3])
# Ascending / descending sawtooths within 0..V: any V + 1 consecutive values are distinct, so
# every misplaced node inside a group (or a wrongly reversed tail) changes the output.
hidden.append([[i % (V + 1) for i in range(N)], 4])           # ascending, n divisible by k
hidden.append([[i % (V + 1) for i in range(N, 0, -1)], 3])    # descending, n % k = 2
hidden.append([rnd(N), 1000])
hidden.append([rnd(N - 1), 2])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
