#!/usr/bin/env python3
"""After umerge.py: find MISSED items of a round that some fixer's branch removed but the merge kept.

Usage (from the project's root): scripts/rounds/stalecheck.py FROM TO BRANCH...

A fixer who mends one of two MISSED items of a file leaves a one-line entry (prettier reflows it), a line
umerge.py takes as added; another fixer who mends the other item deletes the base's lines. The merge then keeps
the first fixer's one-liner with an item the second mended (stop 67, three times in four merges). Prints each
such item with the branches that no longer have it; nothing printed means none.
"""
import glob
import json
import subprocess
import sys

PATH = 'src/domain/rules/real-corpus.test.ts'


def missed(src: str) -> str:
    s = src[src.index('const MISSED'):]
    return s[: s.index('\n};')]


def main() -> None:
    lo, hi, branches = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3:]
    merged = missed(open(PATH, encoding='utf-8').read())
    theirs = {
        b: missed(subprocess.run(['git', 'show', f'{b}:{PATH}'], capture_output=True, text=True, check=True).stdout)
        for b in branches
    }
    for f in sorted(glob.glob('templates/fixtures/real/*.expected.json')):
        name = f.split('/')[-1]
        if not name[:4].isdigit() or not lo <= int(name[:4]) <= hi:
            continue
        for problem in json.load(open(f, encoding='utf-8'))['problems']:
            if problem in merged:
                gone = [b for b, s in theirs.items() if problem not in s]
                if gone:
                    print(f'STALE {name} (removed by {", ".join(gone)}): {problem}')


main()
