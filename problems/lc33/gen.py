#!/usr/bin/env python3
"""Seeded generator of lc33's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc33/gen.py > problems/lc33/tests.json (then drill dev bless lc33)."""
import json, random

rng = random.Random(33)
V, N = 10**4, 5000
examples = [[[4, 5, 6, 7, 0, 1, 2], 0], [[4, 5, 6, 7, 0, 1, 2], 3], [[1], 0]]
hidden = []

def rotated(values, k):
    values = sorted(values)
    return values[k:] + values[:k]

# Every rotation of small arrays, every present target and the gaps around them.
for n in range(1, 6):
    base = [2 * i for i in range(n)]
    for k in range(n):
        arr = rotated(base, k)
        for t in range(-1, 2 * n):
            hidden.append([arr, t])
# Extremes of the value range.
hidden += [[[V], V], [[-V], -V], [[V], -V], [[-V, V], V], [[V, -V], -V], [[V, -V], V], [[V, -V], 0],
           [[0, V, -V], -V], [[V, -V, 0], 0], [[5, 1, 3], 3], [[3, 1], 1], [[3, 1], 3], [[1, 3], 3], [[4, 5, 6, 7, 8, 1, 2, 3], 8]]
# Random medium arrays: targets present (at the pivot, the ends, anywhere) and absent.
for n in [6, 7, 8, 10, 13, 16, 31, 50, 100, 257, 500]:
    for _ in range(4):
        arr = rotated(rng.sample(range(-V, V + 1), n), rng.randrange(n))
        pivot = arr.index(min(arr))
        for t in [arr[0], arr[-1], arr[pivot], arr[pivot - 1], rng.choice(arr), rng.randint(-V, V)]:
            hidden.append([arr, t])
# Max size: one array, several queries (each stored; consecutive equal arrays are sent once).
for k in [0, 1, N - 1, rng.randrange(N)]:
    arr = rotated(rng.sample(range(-V, V + 1), N), k)
    absent = next(x for x in [V, -V] + list(range(-V, V + 1)) if x not in set(arr))
    for t in [arr[-1], rng.choice(arr), absent]:
        hidden.append([arr, t])
# Max size with every value of a dense range (no gaps), targets at both extremes.
arr = rotated(range(-V, -V + N), N // 3)
hidden += [[arr, -V], [arr, -V + N - 1], [arr, 0]]
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
