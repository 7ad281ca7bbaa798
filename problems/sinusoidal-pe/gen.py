#!/usr/bin/env python3
"""Hidden cases of sinusoidal-pe (arguments only; `drill dev bless` adds answers). The shapes are
chosen by hand; the larger ones are `generated` in problem.json, since their answers alone would
be megabytes.
Run: python3 problems/sinusoidal-pe/gen.py > problems/sinusoidal-pe/tests.json (then drill dev bless sinusoidal-pe)."""
import json, random

rng = random.Random(1706)
examples = [[1, 4], [3, 4], [2, 6]]
hidden = [[1, 2], [1, 512], [2, 2], [4, 2], [2048, 2], [5, 4], [10, 6], [7, 10], [16, 8], [50, 16],
          [64, 64], [40, 32], [3, 512], [300, 12]]
for _ in range(15):
    hidden.append([rng.randint(1, 40), 2 * rng.randint(1, 20)])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
