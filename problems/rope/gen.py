#!/usr/bin/env python3
"""Seeded generator of rope's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/rope/gen.py > problems/rope/tests.json (then drill dev bless rope)."""
import json, random

rng = random.Random(2104)


def mat(rows, cols, a=-3.0, b=3.0, dec=4):
    return [[round(rng.uniform(a, b), dec) for _ in range(cols)] for _ in range(rows)]


examples = [
    [[[1.0, 0.0], [1.0, 0.0], [1.0, 0.0]], 10000.0],
    [[[1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0]], 100.0],
    [[[0.5, -0.5, 2.0, 1.0]], 10000.0],
]
hidden = [
    [[[3.0, -4.0]], 10000.0],                       # one token: position 0 is the identity
    [mat(1, 16), 10000.0],
    [mat(6, 2), 10000.0],                           # one pair: angle t
    [[[1.0, 0.0, 1.0, 0.0, 1.0, 0.0, 1.0, 0.0]] * 5, 10000.0],
    [[[0.0, 1.0] * 4] * 5, 10.0],
    [[[2.0] * 6] * 7, 2.0],                         # small base: fast rotations in every pair
]
for base in (10000.0, 500000.0, 1000000.0, 100.0, 2.0):
    hidden.append([mat(8, 8), base])
for _ in range(20):
    hidden.append([mat(rng.randint(1, 12), 2 * rng.randint(1, 10)), rng.choice([10000.0, 10000.0, 500000.0, 1000.0])])
hidden.append([mat(1024, 2), 10000.0])              # large positions
for n, d in [(64, 64), (128, 16), (16, 128)]:
    hidden.append([mat(n, d), 10000.0])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
