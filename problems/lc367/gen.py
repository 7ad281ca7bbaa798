#!/usr/bin/env python3
"""Seeded generator of lc367's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc367/gen.py > problems/lc367/tests.json (then drill dev bless lc367)."""
import json, random

rng = random.Random(367)
MAX = 2**31 - 1
R = 46340  # the largest r with r * r <= i32::MAX

examples = [16, 14]
hidden = list(range(1, 31)) + [
    49, 50, 99, 100, 101, 1024, 2025, 9999, 10000, 10001, 93024, 93025, 93026, 808201, 808200,
    2**30, 2**30 - 1, 2**30 + 1, 2**28, 2**29, 2**31 - 2, MAX,
    R * R, R * R - 1, R * R + 1, (R - 1) ** 2, (R - 1) ** 2 + 1, (R - 1) ** 2 - 1, 46339 * 46341,
    65535 ** 2 // 2, 123456789, 1000000000, 999950884, 999950883, 2000000000, 2147395599, 2147483646,
]
for _ in range(40):
    r = rng.randint(2, R)
    hidden.append(r * r)
    hidden.append(r * r + rng.choice([-1, 1]) * rng.randint(1, 2 * r - 2))
for _ in range(20):
    hidden.append(rng.randint(1, MAX))
for r in (rng.randint(305, R) for _ in range(10)):
    hidden.append(r * r)
hidden = [x for x in hidden if 1 <= x <= MAX]
print(json.dumps({"examples": [{"args": [x]} for x in examples], "hidden": [{"args": [x]} for x in hidden]}))
