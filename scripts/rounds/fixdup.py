#!/usr/bin/env python3
"""usage: fixdup.py FILE — after umerge: join an object's entries named twice (the second's lines into the
first; its comments above it go with it), and unwrap entries left with comments only (their comments stay,
floating, where the entry was). Run prettier after."""
import re, sys
path = sys.argv[1]
L = open(path).read().split('\n')
ENTRY = re.compile(r"^  '([^']+\.(?:txt|html))': \[(.*)$")


def parse(L):
    """(object, name, start, end, comment_start) for every entry; end inclusive."""
    out, obj = [], None
    i = 0
    while i < len(L):
        m = re.match(r'const (\w+)', L[i])
        if m:
            obj = m[1]
        m = ENTRY.match(L[i])
        if m and obj:
            j = i
            if not L[i].rstrip().endswith('],'):
                j = i + 1
                while not L[j].startswith('  ],'):
                    j += 1
            c = i
            while c > 0 and L[c - 1].lstrip().startswith('//') and L[c - 1].startswith('  //'):
                c -= 1
            out.append((obj, m[1], i, j, c))
            i = j
        i += 1
    return out


def body(L, s, e):
    if s == e:
        inner = ENTRY.match(L[s])[2].rstrip()
        inner = inner[:-2] if inner.endswith('],') else inner
        return ['    ' + inner + ','] if inner.strip() else []
    return L[s + 1:e]


changed = True
while changed:
    changed = False
    es = parse(L)
    seen = {}
    for obj, name, s, e, c in es:
        key = (obj, name)
        if key in seen:
            ps, pe = seen[key]
            add = ['    ' + x.strip() for x in L[c:s]] + body(L, s, e)
            first = body(L, ps, pe)
            have = {x.strip() for x in first if not x.strip().startswith('//')}
            add = [x for x in add if x.strip().startswith('//') or x.strip() not in have]
            head = L[ps] if ps != pe else L[ps][:L[ps].index('[') + 1]
            new = [head] + first + add + ['  ],']
            L = L[:c] + L[e + 1:]  # drop the second (with its comments)
            L = L[:ps] + new + L[pe + 1:]
            print(f'joined {obj} {name}', file=sys.stderr)
            changed = True
            break
        seen[key] = (s, e)
        if obj == 'MISSED' and s != e and all(x.strip().startswith('//') for x in L[s + 1:e]):
            L = L[:s] + ['  ' + x.strip() for x in L[s + 1:e]] + L[e + 1:]
            print(f'unwrapped {obj} {name}', file=sys.stderr)
            changed = True
            break
open(path, 'w').write('\n'.join(L))
