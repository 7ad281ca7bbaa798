#!/usr/bin/env python3
"""Seeded generator of swiglu's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/swiglu/gen.py > problems/swiglu/tests.json (then drill dev bless swiglu)."""
import json, math, random

rng = random.Random(2002)


def mat(rows, cols, a, b, dec=4):
    return [[round(rng.uniform(a, b), dec) for _ in range(cols)] for _ in range(rows)]


def case(n, d, h, d_out, gate_scale=None):
    g = gate_scale if gate_scale is not None else round(2 / math.sqrt(d), 3)
    w = round(2 / math.sqrt(d), 3)
    return [mat(n, d, -2, 2), mat(d, h, -g, g), mat(d, h, -w, w), mat(h, d_out, -2 / math.sqrt(h), 2 / math.sqrt(h))]


def max_gate(args):
    x, wg = args[0], args[1]
    return max(abs(sum(row[k] * wg[k][c] for k in range(len(row)))) for row in x for c in range(len(wg[0])))


examples = [
    [[[1.0, 2.0]], [[1.0, 0.0], [0.0, 1.0]], [[1.0, 0.0], [0.0, 1.0]], [[1.0, 0.0], [0.0, 1.0]]],
    [[[1.0, -1.0]], [[1.0, 0.0, 2.0], [0.0, 1.0, 0.0]], [[1.0, 2.0, 0.0], [0.0, 1.0, 1.0]], [[1.0], [1.0], [1.0]]],
    [[[0.0, 0.0], [3.0, -3.0]], [[1.0], [-1.0]], [[0.5], [-0.5]], [[2.0, -2.0]]],
]
hidden = [
    [[[0.5]], [[2.0]], [[3.0]], [[-1.0]]],                  # all sizes 1
    case(1, 1, 1, 1), case(1, 8, 16, 8), case(5, 1, 4, 1), case(4, 6, 1, 6), case(3, 4, 8, 1),
    [[[1000.0], [-1000.0]], [[1.0]], [[1.0]], [[1.0]]],    # |gate| = 1000
]
# Large gate pre-activations (|x·W_gate| far beyond exp's range) in both directions.
for n, d, h in [(4, 8, 16), (6, 4, 12), (3, 16, 8)]:
    args = case(n, d, h, d, gate_scale=200.0)
    while max_gate(args) < 800:  # redraw (deterministically) until some gate is past exp's range
        args = case(n, d, h, d, gate_scale=200.0)
    hidden.append(args)
for _ in range(24):
    d = rng.randint(1, 12)
    hidden.append(case(rng.randint(1, 8), d, rng.randint(1, 24), rng.choice([d, d, rng.randint(1, 12)])))
for n, d, h in [(16, 16, 44), (32, 32, 86), (8, 32, 128)]:
    hidden.append(case(n, d, h, d))
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
