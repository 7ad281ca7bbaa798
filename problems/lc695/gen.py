#!/usr/bin/env python3
"""Seeded generator of lc695's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc695/gen.py > problems/lc695/tests.json (then drill dev bless lc695)."""
import json, random

rng = random.Random(695)


def g(rows):
    return [[int(ch) for ch in r] for r in rows]


def rand_grid(m, n, density):
    return [[1 if rng.random() < density else 0 for _ in range(n)] for _ in range(m)]


def snake(m, n):
    return [[1 if i % 2 == 0 or (i % 4 == 1 and j == n - 1) or (i % 4 == 3 and j == 0) else 0
             for j in range(n)] for i in range(m)]


def spiral(m, n):
    land = [[0] * n for _ in range(m)]
    at = lambda r, c: land[r][c] if 0 <= r < m and 0 <= c < n else None
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = turns = 0
    land[0][0] = 1
    while turns < 2:
        dr, dc = dirs[d]
        if at(r + dr, c + dc) == 0 and at(r + 2 * dr, c + 2 * dc) != 1:
            r, c, turns = r + dr, c + dc, 0
            land[r][c] = 1
        else:
            d, turns = (d + 1) % 4, turns + 1
    return land


examples = [
    g(["0010000000100", "0000000001110", "0110100000000", "0100110010100", "0100110011100",
       "0000000000100", "0000000111000", "0000000110000"]),
    g(["00000000"]),
]
hidden = [
    g(["0"]), g(["1"]), g(["10"]), g(["11"]), g(["0", "1"]), g(["1", "1"]), g(["01", "10"]), g(["11", "11"]),
    # many small islands vs one diagonal chain: corners do not connect
    g(["100", "010", "001"]), g(["1010", "0101", "1010", "0101"]), g(["110", "011", "001"]),
    # the largest island is not the first one found
    g(["10011", "00011", "11011"]), g(["1000", "0111", "0111"]),
    # a ring around a lake with an island in it
    g(["11111", "10001", "10101", "10001", "11111"]), g(["0000000", "0111110", "0100010", "0101010", "0100010", "0111110", "0000000"]),
    g(["1111111111"]), [[1] for _ in range(10)], g(["1011101111"]), [[x] for x in [1, 1, 0, 1, 1, 1, 0, 1]],
    [[1] * 50 for _ in range(50)], [[0] * 50 for _ in range(50)], [[1] * 50], [[1] for _ in range(50)],
    [[1] * 50 for _ in range(7)], [[1] * 3 for _ in range(50)],
    [[1 if (i + j) % 2 == 0 else 0 for j in range(50)] for i in range(50)],
    [[1 if i % 2 == 0 else 0 for j in range(50)] for i in range(49)],
    snake(50, 50), snake(49, 33), spiral(50, 50), spiral(23, 50),
]
for m, n in [(2, 2), (2, 5), (3, 3), (4, 6), (5, 5), (6, 3), (7, 7), (8, 13), (10, 10), (13, 8), (20, 20), (30, 17), (17, 30)]:
    for density in (0.3, 0.5, 0.65):
        hidden.append(rand_grid(m, n, density))
for m, n, density in [(50, 50, 0.4), (50, 50, 0.55), (50, 50, 0.6), (40, 50, 0.5), (50, 40, 0.7), (50, 50, 0.2)]:
    hidden.append(rand_grid(m, n, density))
print(json.dumps({"examples": [{"args": [a]} for a in examples], "hidden": [{"args": [a]} for a in hidden]}))
