#!/usr/bin/env python3
"""Seeded generator of lc24's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc24/gen.py > problems/lc24/tests.json (then drill dev bless lc24)."""
import json, random

rng = random.Random(24)
N, V = 100, 100

examples = [[[1, 2, 3, 4]], [[]], [[1]], [[1, 2, 3]]]
hidden = [[[]], [[0]], [[V]], [[1, 2]], [[2, 1]], [[5, 5]], [[1, 2, 3]], [[1, 2, 3, 4, 5]], [[0, V, 0, V]],
          [list(range(N))], [list(range(N - 1))], [list(range(N, 0, -1))], [[7] * N], [[7] * (N - 1)],
          [[V] * N], [[0] * N], [[i % 2 for i in range(N)]], [[V - i % 3 for i in range(N - 1)]]]
for n in list(range(2, 12)) + [20, 33, 50, 64, 98, 99, 100]:
    hidden.append([[rng.randint(0, V) for _ in range(n)]])
for _ in range(15):
    hidden.append([[rng.randint(0, V) for _ in range(rng.randint(0, N))]])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
