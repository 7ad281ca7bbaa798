#!/usr/bin/env python3
"""Seeded generator of lc3's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc3/gen.py > problems/lc3/tests.json (then drill dev bless lc3).
Alphabet as on LeetCode: English letters, digits, symbols and spaces (printable ASCII)."""
import json, random, string

rng = random.Random(3)
N = 5 * 10**4
ALL = "".join(chr(c) for c in range(32, 127))  # 95 characters, space included
assert len(ALL) == 95
examples = [["abcabcbb"], ["bbbbb"], ["pwwkew"]]
hidden = [[""], [" "], ["a"], ["au"], ["aa"], ["  "], ["a b"], ["a  b"], ["dvdf"], ["abba"], ["tmmzuxt"],
          ["abcdefg"], ["aab"], ["cdd"], ["!@#$%^&*()"], ["0123456789"], ["00"], ["1 2 3 1"], ["Aa"], ["aA!a"],
          ["\"\\'\"'"], ["{}[]<>{}"], ["~ ~"], [ALL], [ALL + ALL], [ALL[::-1] + ALL], [string.ascii_lowercase * 3],
          ["abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !?"]]
for n in [2, 3, 5, 8, 10, 20, 50, 100, 300]:
    for alphabet in ["ab", "abc", "a b", "x1!", string.ascii_lowercase, string.digits + " ", ALL]:
        hidden.append(["".join(rng.choice(alphabet) for _ in range(n))])
# Long inputs (up to the 5 * 10^4 limit).
hidden.append(["".join(rng.choice(ALL) for _ in range(N))])
hidden.append(["".join(rng.choice(string.ascii_letters) for _ in range(N))])
hidden.append(["z" * N])
hidden.append([(ALL * (N // 95 + 1))[:N]])
hidden.append([" " * (N // 2) + ALL + " " * (N // 2 - 95)])
shuffled = list(ALL)
rng.shuffle(shuffled)
hidden.append(["".join(rng.choice("ab") for _ in range(N - 95 - 10)) + "".join(shuffled) + "a" * 10])
for _ in range(3):
    hidden.append(["".join(rng.choice(string.digits + string.punctuation + " ") for _ in range(10000))])
for c in hidden:
    assert len(c[0]) <= N and all(ch in ALL for ch in c[0])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
