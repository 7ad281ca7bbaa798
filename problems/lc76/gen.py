#!/usr/bin/env python3
"""Seeded generator of lc76's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc76/gen.py > problems/lc76/tests.json (then drill dev bless lc76).
As on LeetCode, every case has a unique answer: one shortest window, or none."""
import json, random, string
from collections import Counter

rng = random.Random(76)
N = 10**5
LETTERS = string.ascii_letters

def minimal_windows(s, t):
    """All (start, end) of shortest windows of s covering t (with multiplicity)."""
    need = Counter(t)
    missing = len(t)
    have = Counter()
    left, best, found = 0, None, []
    for right, c in enumerate(s):
        have[c] += 1
        if have[c] <= need[c]:
            missing -= 1
        while missing == 0:
            length = right + 1 - left
            if best is None or length < best:
                best, found = length, [(left, right + 1)]
            elif length == best:
                found.append((left, right + 1))
            d = s[left]
            have[d] -= 1
            if have[d] < need[d]:
                missing += 1
            left += 1
    return found

def unique(s, t):
    return len(minimal_windows(s, t)) <= 1

examples = [["ADOBECODEBANC", "ABC"], ["a", "a"], ["a", "aa"]]
fixed = [["a", "b"], ["ab", "b"], ["ab", "a"], ["aa", "aa"], ["ab", "ba"], ["bba", "ab"], ["abc", "cba"],
         ["aA", "a"], ["aA", "A"], ["Aa", "aa"], ["b", "bb"], ["abc", "abcd"], ["zZ", "Zz"], ["bbaac", "aba"],
         ["cabwefgewcwaefgcf", "cae"], ["acbbaca", "aba"], ["aaflslflsldkalskaaa", "aaa"], ["ADOBECODEBANC", "ABBC"],
         ["xyzXYZ", "zX"], ["AAbBccAbxB", "bB"]]
hidden = [c for c in fixed if unique(*c)]
dropped = [c for c in fixed if not unique(*c)]
assert not dropped, dropped

def random_case(m, alphabet, t_len, from_s):
    for _ in range(10000):
        s = "".join(rng.choice(alphabet) for _ in range(m))
        if from_s:
            t = "".join(rng.sample(s, rng.randint(min(t_len, m), m)))
        else:
            t = "".join(rng.choice(alphabet) for _ in range(t_len))
        if unique(s, t):
            return [s, t]
    raise SystemExit(f"no unique case for m={m} alphabet={alphabet}")

for m in [1, 2, 3, 5, 8, 13, 20, 40, 100, 300, 1000]:
    for alphabet in ["ab", "abc", "aA", "xyzXYZ", LETTERS]:
        hidden.append(random_case(m, alphabet, rng.randint(1, min(m, 6)), True))
    hidden.append(random_case(m, "abcAB", rng.randint(1, m + 2), False))
# Long inputs (s and t up to 10^5; a few at 5 * 10^4 to keep the file small).
H = N // 2
big = "".join(rng.choice(LETTERS) for _ in range(N))
perm = list(big)
rng.shuffle(perm)
hidden.append([big, "".join(perm)])                      # t is a permutation of s: all of s
hidden.append(["a" * N, "b" + "a" * (H - 1)])             # no window at all
hidden.append(["a" * (H // 2) + "B" + "a" * (H - H // 2 - 1), "B"])
hidden.append(["".join(rng.choice("abc") for _ in range(H - 2)) + "XY", "aXY"])  # window at the very end
hidden.append(["QZ" + "".join(rng.choice("xyz") for _ in range(H - 2)), "zZQ"])  # window at the very start
rare = [rng.choice(string.ascii_lowercase) for _ in range(H)]
for p, c in zip(sorted(rng.sample(range(H), 3)), "KEY"):
    rare[p] = c
hidden.append(["".join(rare), "YEK"])                    # a long window between rare capitals
# Planted windows: lowercase noise, and t's capitals (plus a few lowercase letters) placed once
# inside a window of the given width.
for m, t_caps, width in [(H, 5, 40), (N, 26, 30000)]:
    s = [rng.choice(string.ascii_lowercase) for _ in range(m)]
    start = rng.randrange(m - width)
    caps = [rng.choice(string.ascii_uppercase) for _ in range(t_caps)]
    spots = sorted(rng.sample(range(start + 1, start + width - 1), t_caps - 2)) + [start, start + width - 1]
    for p, c in zip(sorted(spots), caps):
        s[p] = c
    s = "".join(s)
    t = "".join(s[p] for p in sorted(spots)) + "".join(rng.choice(s[start:start + width]) for _ in range(3) if width > 100)
    hidden.append([s, t])
for s, t in hidden:
    assert 1 <= len(s) <= N and 1 <= len(t) <= N and all(c in LETTERS for c in s + t)
    assert unique(s, t), (s[:20], t[:20])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
