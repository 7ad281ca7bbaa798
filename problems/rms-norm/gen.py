#!/usr/bin/env python3
"""Seeded generator of rms-norm's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/rms-norm/gen.py > problems/rms-norm/tests.json (then drill dev bless rms-norm)."""
import json, random

rng = random.Random(1910)


def vec(n, a, b, dec=4):
    return [round(rng.uniform(a, b), dec) for _ in range(n)]


def case(n, d, lo=-3.0, hi=3.0, eps=1e-6, unit_weight=False):
    x = [vec(d, lo, hi) for _ in range(n)]
    weight = [1.0] * d if unit_weight else vec(d, -2.0, 2.0)
    return [x, weight, eps]


examples = [
    [[[3.0, 4.0]], [1.0, 1.0], 1e-6],
    [[[1.0, -1.0, 1.0, -1.0], [2.0, 0.0, 0.0, 0.0]], [1.0, 2.0, 3.0, 4.0], 1e-6],
    [[[0.0, 0.0, 0.0]], [5.0, 5.0, 5.0], 1e-6],
]

hidden = [
    [[[7.0]], [1.0], 1e-6],                  # d = 1: x / |x|
    [[[-0.5], [2.0]], [3.0], 1e-6],
    [[[0.0] * 6, [1e-9] * 6], [1.0] * 6, 1e-6],  # zero row and a row far below eps
    [[[2.0] * 5], [1.0, -1.0, 2.0, 0.5, 0.0], 1e-6],
    [[[1e6, -1e6, 1e6]], [1.0, 1.0, 1.0], 1e-6],
]
hidden.append(case(1, 9))
hidden.append(case(7, 1))
for eps in (1e-12, 1e-8, 1e-5, 1e-3, 0.1, 1.0):
    hidden.append(case(4, 8, eps=eps))
hidden.append(case(4, 6, lo=-0.01, hi=0.01, eps=1e-6))   # mean square near eps
hidden.append(case(4, 6, lo=-0.001, hi=0.001, eps=1e-5))
hidden.append(case(3, 16, lo=-1e6, hi=1e6))
hidden.append(case(3, 16, lo=1e5, hi=1e5 + 1))            # large offset: unlike LayerNorm, no centring
hidden.append(case(3, 12, lo=0.0, hi=5.0))                # non-negative rows: mean far from 0
for _ in range(25):
    n, d = rng.randint(1, 10), rng.randint(2, 20)
    hidden.append(case(n, d, eps=rng.choice([1e-6, 1e-6, 1e-5, 1e-8]), unit_weight=rng.random() < 0.3))
for n, d in [(16, 64), (64, 32), (8, 256)]:
    hidden.append(case(n, d))

print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
