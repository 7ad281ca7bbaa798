#!/usr/bin/env python3
"""Seeded generator of lc15's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc15/gen.py > problems/lc15/tests.json (then drill dev bless lc15).
Max-size inputs with many triplets (large answers) are `generated` in problem.json instead."""
import json, random

rng = random.Random(15)
N, V = 3000, 10**5
examples = [[[-1, 0, 1, 2, -1, -4]], [[0, 1, 1]], [[0, 0, 0]]]
hidden = [[[0, 0, 0, 0]], [[1, 2, 3]], [[-1, -2, -3]], [[-1, 0, 1]], [[1, 0, -1]], [[-2, 1, 1]], [[-2, 1, 3]],
          [[-1, -1, 0, 1, 2]], [[-2, 0, 0, 2, 2]], [[-1, -1, 2]], [[-1, -1, -1, 2, 2, 2]], [[-4, 2, 2, 2, 2]],
          [[3, 0, -2, -1, 1, 2]], [[-2, 0, 1, 1, 2]], [[-1, 0, 1, 0]], [[V, -V, 0]], [[V, V, -V]], [[-V, -V, V, V, 0]],
          [[V // 2, V // 2, -V]], [[-V, V // 2, V // 2, V // 2]], [[-4, -2, -2, -2, 0, 1, 2, 2, 2, 3, 3, 4, 4, 6, 6]],
          [[0] * N], [[V] * N], [[-V] * N], [list(range(1, N + 1))], [list(range(-N, 0))],
          [[-V] * (N // 2) + [V // 2] * (N // 2)],
          [[V - i for i in range(N - 1)] + [-V]],
          [[0, 0] + [rng.randint(1, V) for _ in range(N - 2)]],
          [[rng.choice([-V, V]) for _ in range(N - 1)] + [0]]]
# Small arrays with many repeats: the deduplication traps.
for n in [3, 4, 5, 6, 8, 10, 12, 15, 20, 30]:
    for _ in range(4):
        hidden.append([[rng.randint(-3, 3) for _ in range(n)]])
    for _ in range(2):
        hidden.append([[rng.randint(-10, 10) for _ in range(n)]])
# Medium random arrays.
for n in [50, 100, 200]:
    for span in [20, 1000, V]:
        hidden.append([[rng.randint(-span, span) for _ in range(n)]])
# Max size with few triplets: almost all values on one side of zero.
for _ in range(3):
    nums = [rng.randint(1, V) for _ in range(N - 3)] + [-rng.randint(1, V) for _ in range(3)]
    rng.shuffle(nums)
    hidden.append([nums])
hidden.append([[rng.randrange(-V + 1, V, 2) for _ in range(N)]])  # all odd: no triplet
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
