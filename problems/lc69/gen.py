#!/usr/bin/env python3
"""Seeded generator of lc69's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc69/gen.py > problems/lc69/tests.json (then drill dev bless lc69)."""
import json, random

rng = random.Random(69)
MAX = 2**31 - 1
examples = [[4], [8], [0]]
xs = [1, 2, 3, 5, 9, 10, 15, 16, 17, 24, 25, 26, 99, 100, 101,
      # near i32::MAX: 46340^2 = 2147395600 is the largest square that fits
      MAX, MAX - 1, 2147395599, 2147395600, 2147395601, 2147302920, 2147302921, 2147302922,
      2147483600, 2147400000, 2147000000, 2100000000, 2000000000, 1999999999, 10**9, 10**9 + 1]
for k in range(31):
    xs += [2**k, 2**k - 1, 2**k + 1]
for k in list(range(2, 60)) + [100, 255, 256, 1000, 1023, 4096, 10000, 23170, 23171, 32767, 32768, 46339, 46340]:
    xs += [k * k - 1, k * k, k * k + 1]
for _ in range(60):
    xs.append(rng.randint(0, MAX))
for _ in range(30):
    xs.append(rng.randint(2 * 10**9, MAX))
for _ in range(30):
    xs.append(rng.randint(0, 10**6))
seen, hidden = set(examples and [4, 8, 0]), []
for x in xs:
    assert 0 <= x <= MAX, x
    if x not in seen:
        seen.add(x)
        hidden.append([x])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
