#!/usr/bin/env python3
"""Seeded generator of lc102's hidden cases (arguments only; `drill dev bless` adds answers).
Run: python3 problems/lc102/gen.py > problems/lc102/tests.json (then drill dev bless lc102)."""
import json, random
from collections import deque

rng = random.Random(102)
N, V = 2000, 1000


class Node:
    def __init__(self, val):
        self.val, self.left, self.right = val, None, None


def encode(root):
    """LeetCode's level order with nulls, trailing nulls dropped."""
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


def val():
    return rng.randint(-V, V)


def chain(n, shape):
    """A path of n nodes: 'left', 'right' or 'zigzag'."""
    root = cur = Node(val())
    for i in range(1, n):
        child = Node(val())
        go_left = shape == "left" or (shape == "zigzag" and i % 2 == 1)
        if go_left:
            cur.left = child
        else:
            cur.right = child
        cur = child
    return root


def complete(n):
    nodes = [Node(val()) for _ in range(n)]
    for i in range(n):
        if 2 * i + 1 < n:
            nodes[i].left = nodes[2 * i + 1]
        if 2 * i + 2 < n:
            nodes[i].right = nodes[2 * i + 2]
    return nodes[0]


def random_tree(n, p_left=0.5):
    """Each new node hangs under a random free slot (bushy), or under a recent node (deep)."""
    root = Node(val())
    nodes = [root]
    for _ in range(n - 1):
        while True:
            parent = nodes[rng.randrange(len(nodes))] if rng.random() < 0.7 else nodes[-1 - rng.randrange(min(5, len(nodes)))]
            side = "left" if rng.random() < p_left else "right"
            if getattr(parent, side) is None:
                break
        child = Node(val())
        setattr(parent, side, child)
        nodes.append(child)
    return root


examples = [[[3, 9, 20, None, None, 15, 7]], [[1]], [[]]]
hidden = [[[]], [[0]], [[-V]], [[V]], [[1, 2]], [[1, None, 2]], [[1, 2, 3]], [[1, 2, None, 3]],
          [[1, None, 2, None, 3]], [[3, 9, 20, None, None, 15, 7]], [[1, 2, 3, 4, None, None, 5]],
          [[1, 2, 3, None, 4, 5, None, None, 6, 7]]]
for n in range(2, 9):
    for _ in range(3):
        hidden.append([encode(random_tree(n))])
for n in [20, 50, 100, 300]:
    hidden.append([encode(random_tree(n))])
for shape in ["left", "right", "zigzag"]:
    hidden.append([encode(chain(N, shape))])
hidden.append([encode(complete(N))])
hidden.append([encode(complete(1023))])
hidden.append([encode(complete(1024))])
for p in [0.5, 0.5, 0.9, 0.1]:
    hidden.append([encode(random_tree(N, p))])
allsame = complete(N)
stack = [allsame]
while stack:
    node = stack.pop()
    node.val = -V
    stack += [c for c in (node.left, node.right) if c]
hidden.append([encode(allsame)])
print(json.dumps({"examples": [{"args": a} for a in examples], "hidden": [{"args": a} for a in hidden]}))
