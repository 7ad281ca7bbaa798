#!/usr/bin/env python3
"""Seeded generator of layer-norm's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/layer-norm/gen.py > problems/layer-norm/tests.json (then drill dev bless layer-norm)."""
import json, random

rng = random.Random(1607)


def vec(n, a, b, dec=4):
    return [round(rng.uniform(a, b), dec) for _ in range(n)]


def case(n, d, lo=-3.0, hi=3.0, eps=1e-5, affine=True):
    x = [vec(d, lo, hi) for _ in range(n)]
    gamma = vec(d, -2.0, 2.0) if affine else [1.0] * d
    beta = vec(d, -1.0, 1.0) if affine else [0.0] * d
    return [x, gamma, beta, eps]


examples = [
    [[[1.0, 2.0, 3.0]], [1.0, 1.0, 1.0], [0.0, 0.0, 0.0], 1e-5],
    [[[1.0, 2.0, 3.0, 4.0], [2.0, 2.0, 2.0, 2.0]], [1.0, 2.0, 1.0, 2.0], [0.0, 0.0, 1.0, 1.0], 0.01],
    [[[5.0], [-7.0]], [3.0], [0.5], 1e-5],
]

hidden = [
    [[[42.0]], [1.5], [-0.25], 1e-5],                       # d = 1: variance 0, output = beta
    [[[1.0], [2.0], [3.0]], [1.0], [0.0], 1e-5],
    [[[3.5] * 8, [-2.0] * 8], [1.0] * 8, [0.0] * 8, 1e-5],   # constant rows
    [[[1e6] * 5], vec(5, -2, 2), vec(5, -1, 1), 1e-5],
    [[[0.0, 1.0]], [1.0, 1.0], [0.0, 0.0], 1e-5],
    [[[-1.0, 1.0], [10.0, -10.0]], [2.0, -3.0], [0.5, 0.5], 1.0],
]
hidden.append(case(1, 7))
hidden.append(case(6, 1))
for eps in (1e-12, 1e-6, 1e-3, 0.1, 1.0):
    hidden.append(case(4, 8, eps=eps))
hidden.append(case(5, 6, lo=-0.01, hi=0.01, eps=1e-5))      # variance far below eps
hidden.append(case(5, 6, lo=-0.01, hi=0.01, eps=1e-12))
hidden.append(case(3, 16, lo=-1e6, hi=1e6))                # wide range
# Large common offset, small spread: E[x²] − E[x]² cancels catastrophically. The offset is
# 10^6 − 0.5 so that offset ± 0.5 stays within the statement's |x[i][j]| <= 10^6.
BIG = 1e6 - 0.5
for offset, d in [(BIG, 16), (-BIG, 32), (BIG, 64), (5e5, 48)]:
    hidden.append([[[round(offset + rng.uniform(-0.5, 0.5), 4) for _ in range(d)] for _ in range(3)],
                   vec(d, -2, 2), vec(d, -1, 1), 1e-5])
for _ in range(25):
    n, d = rng.randint(1, 10), rng.randint(2, 20)
    hidden.append(case(n, d, affine=rng.random() < 0.7, eps=rng.choice([1e-5, 1e-5, 1e-6, 1e-3])))
for n, d in [(16, 64), (64, 32), (8, 256)]:
    hidden.append(case(n, d))

print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
