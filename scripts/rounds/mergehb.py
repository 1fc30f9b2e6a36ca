#!/usr/bin/env python3
"""Merge gatherers' handbacks into the fixtures' README.

Usage (from the project's root): scripts/rounds/mergehb.py ANCHOR HANDBACK...

ANCHOR is the number of the README's last row before this round (e.g. 2755): each handback's table
rows (`| NNNN | source | agency | year | format | layout |`) go in after it, in the order given; its
paragraphs (`Taken for …` and `**The measure of …`) go at the end of the README. A `|` inside
backticks (a layout quoting a table's row) is escaped, and every row must then have seven unescaped
pipes. Prints how many rows and paragraphs went in; stops on a row number already in the README.
"""
import re
import sys

README = 'templates/fixtures/real/README.md'
ROW = re.compile(r'^\| (\d{3,4}) +\|')
PARAGRAPH = re.compile(r'^(Taken for \d|\*\*The measure of \d)')


def escape_in_backticks(row: str) -> str:
    """Escapes every `|` inside a backtick span (`本年新 | 本年新`), leaving escaped ones."""
    return re.sub(r'`[^`]*`', lambda m: re.sub(r'(?<!\\)\|', r'\\|', m.group(0)), row)


def unescaped_pipes(row: str) -> int:
    return len(re.findall(r'(?<!\\)\|', row))


def main() -> None:
    anchor, handbacks = sys.argv[1], sys.argv[2:]
    lines = open(README, encoding='utf-8').read().split('\n')
    present = {m.group(1) for l in lines for m in [ROW.match(l)] if m}
    rows, paragraphs = [], []
    for path in handbacks:
        for line in open(path, encoding='utf-8').read().split('\n'):
            m = ROW.match(line)
            if m:
                if m.group(1) in present:
                    sys.exit(f'{path}: row {m.group(1)} is in the README already')
                row = escape_in_backticks(line.rstrip())
                if unescaped_pipes(row) != 7:
                    sys.exit(f'{path}: row {m.group(1)} has {unescaped_pipes(row)} pipes, not 7')
                rows.append(row)
            elif PARAGRAPH.match(line):
                paragraphs.append(line.rstrip())
    at = next(i for i, l in enumerate(lines) if l.startswith(f'| {anchor} '))
    lines[at + 1 : at + 1] = rows
    while lines and lines[-1] == '':
        lines.pop()
    for p in paragraphs:
        lines += ['', p]
    open(README, 'w', encoding='utf-8').write('\n'.join(lines) + '\n')
    print(f'{len(rows)} rows after | {anchor} |, {len(paragraphs)} paragraphs at the end')


main()
