#!/usr/bin/env python3
"""Seeded generator of lc200's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc200/gen.py > problems/lc200/tests.json (then drill dev bless lc200).
300x300 cases (all land, all water, snake, spiral, random) are `generated` in problem.json."""
import json, random

rng = random.Random(200)


def g(rows):
    """A grid from strings of 1/0."""
    return [list(r) for r in rows]


def rand_grid(m, n, density):
    return [["1" if rng.random() < density else "0" for _ in range(n)] for _ in range(m)]


def snake(m, n):
    return [["1" if i % 2 == 0 or (i % 4 == 1 and j == n - 1) or (i % 4 == 3 and j == 0) else "0"
             for j in range(n)] for i in range(m)]


def spiral(m, n):
    land = [[False] * n for _ in range(m)]
    at = lambda r, c: land[r][c] if 0 <= r < m and 0 <= c < n else None
    dirs = [(0, 1), (1, 0), (0, -1), (-1, 0)]
    r = c = d = turns = 0
    land[0][0] = True
    while turns < 2:
        dr, dc = dirs[d]
        if at(r + dr, c + dc) is False and at(r + 2 * dr, c + 2 * dc) is not True:
            r, c, turns = r + dr, c + dc, 0
            land[r][c] = True
        else:
            d, turns = (d + 1) % 4, turns + 1
    return [["1" if x else "0" for x in row] for row in land]


examples = [
    g(["11110", "11010", "11000", "00000"]),
    g(["11000", "11000", "00100", "00011"]),
    g(["101", "010", "101"]),
]
hidden = [
    g(["1"]), g(["0"]), g(["11"]), g(["10"]), g(["0", "1"]), g(["01", "10"]), g(["11", "11"]),
    g(["1011010011"]), [["1"], ["0"], ["1"], ["1"], ["0"], ["1"]],
    # U shapes and staircases: several "top-left corners", one island
    g(["101", "101", "111"]), g(["10001", "10101", "11111"]), g(["001", "011", "110"]),
    g(["0001", "0011", "0110", "1100"]), g(["111", "001", "111", "100", "111"]),
    # touching only at corners: separate islands
    g(["1010", "0101", "1010", "0101"]), g(["1100", "1100", "0011", "0011"]),
    # an island inside a lake inside an island
    g(["1111111", "1000001", "1011101", "1010101", "1011101", "1000001", "1111111"]),
    g(["0000000", "0111110", "0100010", "0101010", "0100010", "0111110", "0000000"]),
    [["1"] * 50 for _ in range(50)], [["0"] * 50 for _ in range(50)],
    [["1" if (i + j) % 2 == 0 else "0" for j in range(20)] for i in range(20)],
    [["1" if (i + j) % 2 == 0 else "0" for j in range(100)] for i in range(100)],
    [["1" if i % 2 == 0 else "0" for j in range(60)] for i in range(59)],
    [["1" if j % 2 == 0 else "0" for j in range(59)] for i in range(60)],
    snake(50, 50), snake(37, 64), spiral(50, 50), spiral(41, 77),
    [["1"] * 300], [["1"] for _ in range(300)], [["0"] * 300], [["1" if j % 2 else "0" for j in range(300)]],
]
for m, n in [(2, 2), (2, 3), (3, 3), (3, 5), (4, 4), (5, 5), (6, 4), (7, 7), (8, 10), (10, 10), (12, 15), (20, 20), (30, 30)]:
    for density in (0.3, 0.5, 0.7):
        hidden.append(rand_grid(m, n, density))
for m, n, density in [(100, 100, 0.5), (100, 100, 0.6), (80, 120, 0.45), (150, 40, 0.55), (200, 50, 0.35)]:
    hidden.append(rand_grid(m, n, density))
print(json.dumps({"examples": [{"args": [a]} for a in examples], "hidden": [{"args": [a]} for a in hidden]}))
