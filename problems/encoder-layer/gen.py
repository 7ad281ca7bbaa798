#!/usr/bin/env python3
"""Seeded generator of encoder-layer's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/encoder-layer/gen.py > problems/encoder-layer/tests.json (then drill dev bless encoder-layer)."""
import json, math, random

rng = random.Random(1762)


def mat(rows, cols, a, b, dec=4):
    return [[round(rng.uniform(a, b), dec) for _ in range(cols)] for _ in range(rows)]


def vec(n, a, b, dec=4):
    return [round(rng.uniform(a, b), dec) for _ in range(n)]


def case(n, d, heads, d_ff, qk_scale=None):
    w = round(2 / math.sqrt(d), 3)
    qk = qk_scale if qk_scale is not None else w
    f = round(2 / math.sqrt(d_ff), 3)
    return [mat(n, d, -2, 2), mat(d, d, -qk, qk), mat(d, d, -qk, qk), mat(d, d, -w, w), mat(d, d, -w, w), heads,
            mat(d, d_ff, -w, w), vec(d_ff, -0.5, 0.5), mat(d_ff, d, -f, f), vec(d, -0.5, 0.5)]


def max_abs_score(args):
    x, wq, wk, heads = args[0], args[1], args[2], args[5]
    n, d = len(x), len(x[0])
    hd = d // heads
    proj = lambda w: [[sum(x[t][k] * w[k][c] for k in range(d)) for c in range(d)] for t in range(n)]
    q, k = proj(wq), proj(wk)
    return max(abs(sum(q[t][h * hd + c] * k[j][h * hd + c] for c in range(hd))) / math.sqrt(hd)
               for h in range(heads) for t in range(n) for j in range(n))


def eye(d):
    return [[1.0 if r == c else 0.0 for c in range(d)] for r in range(d)]


examples = [
    [[[1.0, 0.0], [0.0, 1.0]], eye(2), eye(2), eye(2), eye(2), 1, eye(2), [0.0, 0.0], eye(2), [0.0, 0.0]],
    [[[1.0, 2.0, 3.0, 4.0]], eye(4), eye(4), eye(4), eye(4), 2,
     [[1.0, -1.0], [0.0, 1.0], [0.0, 0.0], [-1.0, 0.0]], [0.5, -0.5], [[1.0, 0.0, 0.0, 0.0], [0.0, 0.0, 0.0, 1.0]], [0.0, 0.1, 0.2, 0.3]],
]
hidden = [
    case(1, 1, 1, 1), case(3, 1, 1, 4),          # d_model 1: every LayerNorm output is 0
    case(1, 8, 2, 16), case(4, 4, 4, 8),          # one token; head_dim 1
    case(5, 6, 1, 12), case(4, 8, 2, 1),          # one head; d_ff 1
    case(6, 12, 12, 24),
]
for n, d, heads in [(5, 8, 2), (6, 6, 3)]:     # large logits inside the attention
    args = case(n, d, heads, 2 * d, qk_scale=12.0)
    assert max_abs_score(args) > 800, max_abs_score(args)
    hidden.append(args)
for _ in range(24):
    heads = rng.choice([1, 2, 2, 3, 4])
    d = heads * rng.randint(1, 4)
    hidden.append(case(rng.randint(2, 8), d, heads, rng.randint(1, 4 * d)))
for n, d, heads, d_ff in [(16, 16, 4, 64), (24, 32, 8, 64), (32, 32, 2, 128)]:
    hidden.append(case(n, d, heads, d_ff))
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
