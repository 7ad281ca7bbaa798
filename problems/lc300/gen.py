#!/usr/bin/env python3
"""Seeded generator of lc300's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc300/gen.py > problems/lc300/tests.json (then drill dev bless lc300)."""
import json, random

rng = random.Random(300)
N, V = 2500, 10**4
examples = [[[10, 9, 2, 5, 3, 7, 101, 18]], [[0, 1, 0, 3, 2, 3]], [[7, 7, 7, 7, 7, 7, 7]]]
hidden = [[[0]], [[-V]], [[V]], [[1, 2]], [[2, 1]], [[5, 5]], [[4, 10, 4, 3, 8, 9]], [[3, 5, 6, 2, 5, 4, 19, 5, 6, 7, 12]],
          [list(range(N))], [list(range(N, 0, -1))], [[7] * N], [list(range(-V, -V + N))],
          [[V - (i % 2) for i in range(N)]], [[(i % 50) for i in range(N)]]]
for n in [3, 5, 8, 10, 12, 15, 20, 30, 50, 100]:
    for _ in range(3):
        hidden.append([[rng.randint(-10, 10) for _ in range(n)]])
for _ in range(8):
    hidden.append([[rng.randint(-V, V) for _ in range(N)]])
for _ in range(3):
    # long increasing backbone with noise
    base = sorted(rng.randint(-V, V) for _ in range(N))
    hidden.append([[x if rng.random() < 0.7 else rng.randint(-V, V) for x in base]])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
