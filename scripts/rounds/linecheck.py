#!/usr/bin/env python3
"""usage: linecheck.py BASE FILE BRANCH... (run in /work/main after merging the branches)
Compares the merged FILE's lines (working tree) with BASE's plus each branch's added lines minus its
deleted lines (as multisets) and prints what the merge lost (LOST) or has extra (EXTRA)."""
import subprocess, sys
from collections import Counter
base, path, branches = sys.argv[1], sys.argv[2], sys.argv[3:]
show = lambda rev: subprocess.run(['git', 'show', f'{rev}:{path}'], capture_output=True, text=True).stdout.splitlines()
B = Counter(show(base))
want = Counter(B)
for br in branches:
    X = Counter(show(br))
    want.update(X - B)
    want.subtract(B - X)
want = +want
got = Counter(open(path).read().splitlines())
for l, c in sorted((want - got).items()):
    print(f'LOST x{c}: {l}')
for l, c in sorted((got - want).items()):
    print(f'EXTRA x{c}: {l}')
