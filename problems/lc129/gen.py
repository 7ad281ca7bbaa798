#!/usr/bin/env python3
"""Seeded generator of lc129's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc129/gen.py > problems/lc129/tests.json (then drill dev bless lc129).
Every tree respects LeetCode's constraints: 1..1000 nodes, depth <= 10, answer < 2^31."""
import json, random
from collections import deque

rng = random.Random(129)
N, DEPTH, LIMIT = 1000, 10, 2**31 - 1


class Node:
    def __init__(self, val):
        self.val, self.left, self.right = val, None, None


def encode(root):
    out, queue = [], deque([root])
    while queue:
        node = queue.popleft()
        if node is None:
            out.append(None)
            continue
        out.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while out and out[-1] is None:
        out.pop()
    return out


def answer_and_shape(root):
    total, depth, count, stack = 0, 0, 0, [(root, root.val, 1)]
    while stack:
        node, num, d = stack.pop()
        count += 1
        depth = max(depth, d)
        if node.left is None and node.right is None:
            total += num
        for c in (node.left, node.right):
            if c:
                stack.append((c, num * 10 + c.val, d + 1))
    return total, depth, count


def chain(digits, shape):
    root = cur = Node(digits[0])
    for i, d in enumerate(digits[1:], 1):
        child = Node(d)
        if shape == "left" or (shape == "zigzag" and i % 2):
            cur.left = child
        else:
            cur.right = child
        cur = child
    return root


def full(depth, n, digit):
    """Level order nodes of a tree of the given depth: the first n slots of a complete tree."""
    nodes = [Node(digit(i)) for i in range(n)]
    for i in range(n):
        for j, side in ((2 * i + 1, "left"), (2 * i + 2, "right")):
            if j < n:
                setattr(nodes[i], side, nodes[j])
    return nodes[0]


def random_tree(n, max_depth, digit=lambda d: rng.randint(0, 9)):
    """n nodes hung under random free slots above max_depth; digit(d) for a node at depth d."""
    root = Node(digit(1))
    nodes = [(root, 1)]
    for _ in range(n - 1):
        for _ in range(1000):
            parent, d = nodes[rng.randrange(len(nodes))]
            side = rng.choice(["left", "right"])
            if d < max_depth and getattr(parent, side) is None:
                child = Node(digit(d + 1))
                setattr(parent, side, child)
                nodes.append((child, d + 1))
                break
    return root


def add(root):
    total, depth, count = answer_and_shape(root)
    assert total <= LIMIT and depth <= DEPTH and 1 <= count <= N, (total, depth, count)
    hidden.append([encode(root)])


examples = [[[1, 2, 3]], [[4, 9, 0, 5, 1]]]
hidden = []
for tree in [[0], [9], [1, 2], [1, None, 2], [0, 0, 0], [9, 9, 9], [1, 2, 3, 4], [1, 2, 3, None, 5],
             [1, 0, None, 0, None, 0], [4, 9, 0, 5, 1], [2, 1, 4, 7, 4, 8, 3], [0, 1, None, 2, 3]]:
    hidden.append([tree])
add(chain([2, 1, 4, 7, 4, 8, 3, 6, 4, 7], "left"))     # exactly i32::MAX
add(chain([2, 1, 4, 7, 4, 8, 3, 6, 4, 7], "zigzag"))
add(chain([1, 9, 9, 9, 9, 9, 9, 9, 9, 9], "right"))     # 1999999999
add(chain([0] * 9 + [7], "right"))                      # leading zeros
add(chain([9] * 9, "left"))
# full 10-level trees (up to 1000 nodes): the top digits must be small so the sum fits in i32
add(full(10, 1000, lambda i: 0 if i < 15 else rng.randint(0, 9)))
add(full(10, 1000, lambda i: 0 if i < 7 else (1 if i < 15 else 9)))
add(full(10, 1000, lambda i: 0))
add(full(10, 1000, lambda i: 9 if i >= 511 else 0))
add(full(9, 511, lambda i: 0 if i < 3 else rng.randint(0, 9)))
add(full(10, 1000, lambda i: 0 if i < 31 else 9))
for n in range(2, 9):
    for _ in range(3):
        add(random_tree(n, DEPTH))
while len(hidden) < 60:          # any digits: only shallow or small trees keep the sum in i32
    tree = random_tree(rng.randint(10, N), rng.randint(4, DEPTH))
    if answer_and_shape(tree)[0] <= LIMIT:
        add(tree)
while len(hidden) < 75:          # large deep trees: zeros on the top levels keep the sum in i32
    add(random_tree(rng.randint(300, N), DEPTH, digit=lambda d: 0 if d <= 4 else rng.randint(0, 9)))
while len(hidden) < 85:          # deep sparse trees with small top digits
    tree = random_tree(rng.randint(30, 200), DEPTH, digit=lambda d: rng.choice([0, 0, 0, 1, 2, 9]))
    if answer_and_shape(tree)[0] <= LIMIT:
        add(tree)
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
