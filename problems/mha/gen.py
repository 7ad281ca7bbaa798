#!/usr/bin/env python3
"""Seeded generator of mha's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/mha/gen.py > problems/mha/tests.json (then drill dev bless mha)."""
import json, math, random

rng = random.Random(2017)


def mat(rows, cols, a, b, dec=4):
    return [[round(rng.uniform(a, b), dec) for _ in range(cols)] for _ in range(rows)]


def case(n, d, heads, causal, x_range=2.0, w_scale=None, qk_scale=None):
    """x uniform in ±x_range; weights uniform in ±w_scale (default 2/sqrt(d): scores of order 1–10);
    qk_scale overrides the range of w_q and w_k alone (large logits)."""
    w = w_scale if w_scale is not None else round(2 / math.sqrt(d), 3)
    qk = qk_scale if qk_scale is not None else w
    return [mat(n, d, -x_range, x_range), mat(d, d, -qk, qk), mat(d, d, -qk, qk),
            mat(d, d, -w, w), mat(d, d, -w, w), heads, causal]


def max_abs_score(args):
    """Largest |q·k| / sqrt(head_dim) over heads and (visible) pairs."""
    x, wq, wk, _, _, heads, causal = args
    n, d = len(x), len(x[0])
    hd = d // heads
    proj = lambda w: [[sum(x[t][k] * w[k][c] for k in range(d)) for c in range(d)] for t in range(n)]
    q, k = proj(wq), proj(wk)
    return max(abs(sum(q[t][h * hd + c] * k[j][h * hd + c] for c in range(hd))) / math.sqrt(hd)
               for h in range(heads) for t in range(n) for j in range(t + 1 if causal else n))


examples = [
    [[[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 0], [0, 1]], 1, False],
    [[[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 0], [0, 1]], [[1, 0], [0, 1]], 1, True],
    [[[1, 2, 0, -1], [0, 1, 1, 0], [2, 0, -1, 1]], [[1 if r == c else 0 for c in range(4)] for r in range(4)],
     [[1 if r == c else 0 for c in range(4)] for r in range(4)], [[1 if r == c else 0 for c in range(4)] for r in range(4)],
     [[1 if r == c else 0 for c in range(4)] for r in range(4)], 2, True],
]

hidden = []
# Degenerate shapes: one token, d_model 1, one head, head_dim 1.
for causal in (False, True):
    hidden.append(case(1, 1, 1, causal))
    hidden.append(case(1, 8, 2, causal))
    hidden.append(case(5, 1, 1, causal))
    hidden.append(case(4, 4, 4, causal))   # head_dim 1
    hidden.append(case(6, 6, 1, causal))   # one head
    hidden.append(case(3, 12, 12, causal))  # head_dim 1, many heads
# Large logits: scores far beyond exp's range (|s| > 709), positive and all-negative rows.
for causal in (False, True):
    for n, d, heads in [(4, 4, 2), (6, 8, 2), (5, 6, 3)]:
        args = case(n, d, heads, causal, x_range=3.0, w_scale=0.5, qk_scale=12.0)
        assert max_abs_score(args) > 800, max_abs_score(args)
        hidden.append(args)
    # q = -30·x, k = 30·x with x > 0: every score is a large negative number.
    n, d, heads = 5, 4, 2
    x = mat(n, d, 1.0, 3.0)
    eye = [[1.0 if r == c else 0.0 for c in range(d)] for r in range(d)]
    args = [x, [[-30.0 * e for e in row] for row in eye], [[30.0 * e for e in row] for row in eye],
            mat(d, d, -0.5, 0.5), mat(d, d, -0.5, 0.5), heads, causal]
    assert max_abs_score(args) > 1000
    hidden.append(args)
# Random shapes, heads dividing d_model.
for _ in range(24):
    n = rng.randint(2, 10)
    heads = rng.choice([1, 2, 2, 3, 4])
    d = heads * rng.randint(1, 4)
    hidden.append(case(n, d, heads, rng.random() < 0.5))
# Medium cases.
for n, d, heads, causal in [(16, 16, 4, True), (16, 16, 4, False), (24, 32, 8, True), (32, 32, 2, False)]:
    hidden.append(case(n, d, heads, causal))

print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
