#!/usr/bin/env python3
"""Seeded generator of mha-mask's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/mha-mask/gen.py > problems/mha-mask/tests.json (then drill dev bless mha-mask)."""
import json, math, random

rng = random.Random(1706)


def mat(rows, cols, a, b, dec=4):
    return [[round(rng.uniform(a, b), dec) for _ in range(cols)] for _ in range(rows)]


def eye(d, scale=1.0):
    return [[scale if r == c else 0.0 for c in range(d)] for r in range(d)]


def random_mask(n, density):
    """Each entry true with probability `density`; a row left empty gets one random key."""
    mask = [[rng.random() < density for _ in range(n)] for _ in range(n)]
    for row in mask:
        if not any(row):
            row[rng.randrange(n)] = True
    return mask


def mask_of(n, kind):
    if kind == "all":
        return [[True] * n for _ in range(n)]
    if kind == "diagonal":
        return [[t == j for j in range(n)] for t in range(n)]
    if kind == "causal":
        return [[j <= t for j in range(n)] for t in range(n)]
    if kind == "anti-causal":
        return [[j >= t for j in range(n)] for t in range(n)]
    if kind == "padding":  # the last keys are padding, hidden from every query
        keep = rng.randint(1, n)
        return [[j < keep for j in range(n)] for t in range(n)]
    if kind == "window":  # local attention: |t - j| <= w
        w = rng.randint(0, 2)
        return [[abs(t - j) <= w for j in range(n)] for t in range(n)]
    if kind == "first-only":  # every query sees key 0 only
        return [[j == 0 for j in range(n)] for t in range(n)]
    return random_mask(n, {"sparse": 0.2, "random": 0.5, "dense": 0.85}[kind])


def case(n, d, heads, kind, x_range=2.0, w_scale=None, qk_scale=None):
    w = w_scale if w_scale is not None else round(2 / math.sqrt(d), 3)
    qk = qk_scale if qk_scale is not None else w
    return [mat(n, d, -x_range, x_range), mat(d, d, -qk, qk), mat(d, d, -qk, qk),
            mat(d, d, -w, w), mat(d, d, -w, w), heads, mask_of(n, kind)]


def scores(args):
    x, wq, wk, _, _, heads, mask = args
    n, d = len(x), len(x[0])
    hd = d // heads
    proj = lambda w: [[sum(x[t][k] * w[k][c] for k in range(d)) for c in range(d)] for t in range(n)]
    q, k = proj(wq), proj(wk)
    return [[[sum(q[t][h * hd + c] * k[j][h * hd + c] for c in range(hd)) / math.sqrt(hd) for j in range(n)]
             for t in range(n)] for h in range(heads)]


I2 = eye(2)
examples = [
    [[[1, 0], [0, 1]], I2, I2, I2, I2, 1, [[True, True], [True, True]]],
    [[[1, 0], [0, 1]], I2, I2, I2, I2, 1, [[True, False], [True, True]]],
    [[[1, 0], [0, 1], [1, 1]], I2, I2, I2, I2, 2, [[False, True, True], [True, False, False], [False, False, True]]],
]

hidden = []
# Degenerate shapes.
hidden.append(case(1, 1, 1, "all"))
hidden.append(case(1, 6, 3, "all"))
hidden.append(case(4, 1, 1, "random"))
hidden.append(case(5, 4, 4, "random"))   # head_dim 1
hidden.append(case(5, 6, 1, "sparse"))   # one head
for kind in ["diagonal", "causal", "anti-causal", "padding", "window", "first-only", "all"]:
    hidden.append(case(rng.randint(3, 7), 6, 2, kind))
# Large logits: |scores| far beyond exp's range.
for kind in ["random", "dense", "causal"]:
    args = case(6, 8, 2, kind, x_range=3.0, w_scale=0.5, qk_scale=12.0)
    assert max(abs(s) for h in scores(args) for row in h for s in row) > 800
    hidden.append(args)
# The masked-out key has by far the largest score: a max taken over all keys (masked ones too)
# makes every visible exp() underflow to 0. q = -30x, k = 30x: rows 0..n-2 have positive entries,
# the last row negative ones, so s[t][n-1] is large and positive for t < n-1 while every other
# score is large and negative.
for heads in (1, 2):
    n, d = 5, 4
    x = mat(n - 1, d, 1.0, 3.0) + mat(1, d, -3.0, -1.0)
    mask = [[j != n - 1 for j in range(n)] for t in range(n - 1)] + [[True] * n]
    args = [x, eye(d, -30.0), eye(d, 30.0), mat(d, d, -0.5, 0.5), mat(d, d, -0.5, 0.5), heads, mask]
    for h in scores(args):
        for t in range(n - 1):
            visible = max(h[t][j] for j in range(n - 1))
            assert h[t][n - 1] - visible > 800, (h[t][n - 1], visible)
    hidden.append(args)
# Random shapes and masks.
for _ in range(22):
    n = rng.randint(2, 10)
    heads = rng.choice([1, 2, 2, 3, 4])
    d = heads * rng.randint(1, 4)
    hidden.append(case(n, d, heads, rng.choice(["sparse", "random", "random", "dense", "causal", "padding", "window"])))
# Medium and max.
for n, d, heads, kind in [(16, 16, 4, "random"), (24, 32, 8, "padding"), (32, 32, 2, "sparse"), (64, 64, 8, "random")]:
    hidden.append(case(n, d, heads, kind))

print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
