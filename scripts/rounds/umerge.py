#!/usr/bin/env python3
"""usage: umerge.py BASE PATH BRANCH... > merged
Line-union merge: a base line stays unless some branch deleted it; every branch's added lines go in at
their place (branches in the order given). Prints to stderr a LOOK line for each base place two
branches both edited (read those by hand)."""
import re, subprocess, sys
base, path, branches = sys.argv[1], sys.argv[2], sys.argv[3:]
B = subprocess.run(['git', 'show', f'{base}:{path}'], capture_output=True, text=True, check=True).stdout.splitlines()
deleted = {}
inserts = {}  # base index (0-based, before which) -> list of (branch, lines)
touched = {}
for br in branches:
    d = subprocess.run(['git', 'diff', '--histogram', '-U0', base, br, '--', path], capture_output=True,
                       text=True, check=True).stdout.splitlines()
    i = 0
    while i < len(d):
        m = re.match(r'@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@', d[i])
        i += 1
        if not m:
            continue
        a, b = int(m[1]), int(m[2] if m[2] is not None else 1)
        new = []
        while i < len(d) and not d[i].startswith('@@'):
            if d[i].startswith('+'):
                new.append(d[i][1:])
            i += 1
        start = a - 1 if b > 0 else a  # 0-based index of first deleted line / insertion point
        for k in range(start, start + b):
            deleted.setdefault(k, set()).add(br)
        if new:
            inserts.setdefault(start, []).append((br, new))
        for k in range(start - 1, start + max(b, 1) + 1):
            touched.setdefault(k, set()).add(br)
out = []
for k in range(len(B) + 1):
    for br, lines in inserts.get(k, []):
        out.extend(lines)
    if k < len(B) and k not in deleted:
        out.append(B[k])
looked = set()
for k, brs in sorted(touched.items()):
    if len(brs) > 1 and k not in looked:
        looked.update(range(k, k + 3))
        print(f'LOOK base line {k + 1}: {sorted(brs)}: {B[k] if k < len(B) else "<end>"}', file=sys.stderr)
print('\n'.join(out))
# Entries named twice in one object, and entries left with no item (only comments).
seen = {}
obj = None
for n, line in enumerate(out, 1):
    m = re.match(r'const (\w+)', line)
    if m:
        obj, seen = m[1], {}
    m = re.match(r"  '([^']+\.(?:txt|html))': \[", line)
    if m and obj:
        if m[1] in seen:
            print(f'TWICE {obj} {m[1]} lines {seen[m[1]]} and {n}', file=sys.stderr)
        seen[m[1]] = n
        if not line.rstrip().endswith('],'):
            j = n
            items = 0
            while not out[j].startswith('  ],'):
                if not out[j].strip().startswith('//'):
                    items += 1
                j += 1
            if items == 0:
                print(f'EMPTY {obj} {m[1]} line {n}', file=sys.stderr)
