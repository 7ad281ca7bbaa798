#!/usr/bin/env python3
"""Seeded generator of lc143's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc143/gen.py > problems/lc143/tests.json (then drill dev bless lc143).
Random lists of the maximum length (5 * 10^4) come from problem.json's `generated`."""
import json, random

rng = random.Random(143)
N, V = 50000, 1000


def rnd(n, lo=1, hi=V):
    return [rng.randint(lo, hi) for _ in range(n)]


examples = [[[1, 2, 3, 4]], [[1, 2, 3, 4, 5]]]
hidden = [[[1]], [[V]], [[1, 2]], [[2, 1]], [[1, 2, 3]], [[1, 1, 1]], [[1, 2, 3, 4, 5, 6]], [[1, 2, 3, 4, 5, 6, 7]]]
for n in range(8, 30):
    hidden.append([list(range(1, n + 1))])
for _ in range(40):
    hidden.append([rnd(rng.randint(1, 100))])
for n in [999, 1000, 4000, 4001]:
    hidden.append([rnd(n, 1, 9)])                  # small values: cross-checked by brute.rs
hidden.append([[V] * 1000])
hidden.append([[1 + i % 9 for i in range(N)]])     # maximum length, checked in
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
