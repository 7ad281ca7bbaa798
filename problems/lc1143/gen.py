#!/usr/bin/env python3
"""Seeded generator of lc1143's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc1143/gen.py > problems/lc1143/tests.json (then drill dev bless lc1143)."""
import json, random, string

rng = random.Random(1143)
N = 1000


def rand_str(n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def subsequence_of(s, keep):
    return "".join(ch for ch in s if rng.random() < keep)


examples = [["abcde", "ace"], ["abc", "abc"], ["abc", "def"]]
hidden = [
    ["a", "a"], ["a", "b"], ["z", "zzzz"], ["ab", "ba"], ["aa", "a"], ["abc", "bca"], ["abcba", "abcbcba"],
    ["ezupkr", "ubmrapg"], ["bsbininm", "jmjkbkjkv"], ["oxcpqrsvwf", "shmtulqrypy"], ["abcdefg", "gfedcba"],
    ["a" * N, "a" * N], ["a" * N, "b" * N], ["a" * N, "a"], ["z", "z" * N], ["ab" * (N // 2), "ba" * (N // 2)],
    [string.ascii_lowercase * 38, string.ascii_lowercase[::-1] * 38],
    ["a" * 500 + "b" * 500, "b" * 500 + "a" * 500], ["a" * 999 + "b", "b" + "a" * 999],
]
for n, m in [(3, 4), (5, 5), (6, 9), (8, 8), (10, 12), (15, 15), (20, 25), (30, 30), (50, 60)]:
    for alphabet in ("ab", "abcd", string.ascii_lowercase):
        hidden.append([rand_str(n, alphabet), rand_str(m, alphabet)])
for alphabet in ("ab", "abcd", "abcdefghij", string.ascii_lowercase):
    hidden.append([rand_str(N, alphabet), rand_str(N, alphabet)])
for n, m in [(1000, 10), (10, 1000), (1000, 500), (700, 1000)]:
    hidden.append([rand_str(n, string.ascii_lowercase), rand_str(m, string.ascii_lowercase)])
# one string hides inside the other (answer = its length), with noise around it
base = rand_str(N, string.ascii_lowercase)
hidden.append([base, subsequence_of(base, 0.4)])
hidden.append([subsequence_of(base, 0.7), base])
noisy = "".join(ch + rand_str(1, "xyz") for ch in rand_str(N // 2, "abc"))
hidden.append([noisy, subsequence_of(noisy, 0.5)])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
