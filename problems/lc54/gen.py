#!/usr/bin/env python3
"""Seeded generator of lc54's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc54/gen.py > problems/lc54/tests.json (then drill dev bless lc54)."""
import json, random

rng = random.Random(54)
V = 100
examples = [[[[1, 2, 3], [4, 5, 6], [7, 8, 9]]], [[[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]], [[[7]]]]

def numbered(m, n):
    return [[i * n + j + 1 for j in range(n)] for i in range(m)]

def rand(m, n, lo=-V, hi=V):
    return [[rng.randint(lo, hi) for _ in range(n)] for _ in range(m)]

hidden = [[[[1]]], [[[1], [2]]], [[[1, 2]]], [[[-V]]], [[[V]]],
          [numbered(1, 10)], [numbered(10, 1)], [numbered(2, 2)], [numbered(10, 10)],
          [[[V] * 10 for _ in range(10)]], [[[-V] * 10 for _ in range(10)]],
          [[[0] * 7 for _ in range(3)]], [[[V if (i + j) % 2 else -V for j in range(10)] for i in range(10)]]]
# Every shape from 1x1 to 10x10, once numbered in row-major order and once random.
for m in range(1, 11):
    for n in range(1, 11):
        hidden.append([numbered(m, n)])
        hidden.append([rand(m, n)])
for _ in range(10):
    hidden.append([rand(10, 10)])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
