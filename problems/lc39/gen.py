#!/usr/bin/env python3
"""Seeded generator of lc39's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc39/gen.py > problems/lc39/tests.json (then drill dev bless lc39).
Every case keeps LeetCode's guarantee: fewer than 150 combinations."""
import json, random

rng = random.Random(39)

def count(cands, target):
    ways = [1] + [0] * target
    for c in cands:
        for s in range(c, target + 1):
            ways[s] += ways[s - c]
    return ways[target]

examples = [[[2, 3, 6, 7], 7], [[2, 3, 5], 8], [[2], 1]]
fixed = [[[2], 2], [[2], 3], [[40], 40], [[40], 39], [[39, 40], 40], [[7, 3, 2], 18], [[8, 2, 3], 5],
         [[8, 7, 4, 3], 11], [[10, 1 + 1, 5], 10], [[3, 5, 7], 1], [[5, 3], 40], [[2, 40], 40],
         [list(range(40, 1, -1))[:30], 40], [list(range(11, 41)), 40], [list(range(2, 32)), 1],
         [[2, 4, 6, 8, 10], 9], [[6, 9, 15, 21, 31, 40], 40]]
hidden = []
for cands, target in fixed:
    assert len(set(cands)) == len(cands) and 1 <= len(cands) <= 30 and 1 <= target <= 40
    if count(cands, target) < 150:
        hidden.append([cands, target])
    else:
        print("too many:", cands, target, count(cands, target), file=__import__("sys").stderr)
# Answers close to the bound (100..149 combinations).
big = 0
while big < 6:
    cands = rng.sample(range(2, 41), rng.randint(5, 30))
    target = rng.randint(25, 40)
    if 100 <= count(cands, target) < 150:
        hidden.append([cands, target])
        big += 1
tries = 0
while len(hidden) < 126:
    tries += 1
    n = rng.choice([1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 25, 30])
    cands = rng.sample(range(2, 41), n)
    target = rng.randint(1, 40)
    k = count(cands, target)
    # Keep some empty answers, prefer non-empty ones.
    if k < 150 and (k > 0 or rng.random() < 0.15):
        hidden.append([cands, target])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
