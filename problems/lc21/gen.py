#!/usr/bin/env python3
"""Seeded generator of lc21's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc21/gen.py > problems/lc21/tests.json (then drill dev bless lc21)."""
import json, random

rng = random.Random(21)
N, V = 50, 100


def srt(n, lo=-V, hi=V):
    return sorted(rng.randint(lo, hi) for _ in range(n))


examples = [[[1, 2, 4], [1, 3, 4]], [[], []], [[], [0]]]
hidden = [
    [[], []], [[0], []], [[], [-V]], [[V], [-V]], [[-V], [V]], [[1], [1]], [[5], [1, 2, 3]], [[1, 2, 3], [5]],
    [[2], [1, 3]], [[1, 3], [2]], [[1, 1, 1], [1, 1]], [[-V] * N, [V] * N], [[V] * N, [-V] * N],
    [[7] * N, [7] * N], [[7] * N, []], [[], [7] * N],
    [list(range(-V, -V + 2 * N, 2)), list(range(-V + 1, -V + 2 * N, 2))],   # perfect interleave
    [list(range(0, N)), list(range(N - 1, 2 * N - 1))],                     # overlap at one value
    [srt(N), srt(N)], [srt(N, -V, -V + 3), srt(N, -V, -V + 3)],            # many duplicates
    [srt(1), srt(N)], [srt(N), srt(1)], [srt(N, 0, 0), srt(N, -1, 1)],
]
for _ in range(25):
    hidden.append([srt(rng.randint(0, N)), srt(rng.randint(0, N))])
for _ in range(10):
    hidden.append([srt(rng.randint(0, 6), -3, 3), srt(rng.randint(0, 6), -3, 3)])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
