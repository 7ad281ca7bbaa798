#!/usr/bin/env python3
"""Seeded generator of sqrt-6dp's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/sqrt-6dp/gen.py > problems/sqrt-6dp/tests.json (then drill dev bless sqrt-6dp)."""
import json, random

rng = random.Random(6)
examples = [4.0, 2.0, 0.25]
hidden = [0.0, 1.0, 1e-12, 1e-6, 0.01, 0.5, 0.999999, 1.000001, 3.0, 10.0, 144.0, 12345.6789,
          1e8, 2147395600.0, 1e10, 123456789.0, 987654321.123, 999999999999.0, 1e12]
for _ in range(25):  # log-uniform over the whole range
    hidden.append(float("%.6g" % (10 ** rng.uniform(-12, 12))))
for _ in range(10):  # perfect squares and their neighbours
    r = rng.randint(1, 10**6)
    hidden.append(float(r * r + rng.choice([-1, 0, 0, 1])))
for _ in range(10):
    hidden.append(round(rng.uniform(0, 1), 6))
print(json.dumps({"examples": [{"args": [x]} for x in examples], "hidden": [{"args": [x]} for x in hidden]}))
