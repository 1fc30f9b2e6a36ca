#!/usr/bin/env python3
"""Record a held-out measure into src/domain/rules/real-corpus.test.ts.

usage (from the project root): python3 scripts/rounds/record.py MEASURE.json CFG.py
(the measure from `npm run measure -- FROM TO --messages --out MEASURE.json`; CFG like cfg-2441-2485.py)
CFG defines: RANGE='2441–2485', STOP=60, SETS=[(2441,2455),...],
  MEANING={file_number: [(issue_key, problem_index), ...]}   near-key hits (the problem counted by meaning)
  ALSO={file_number: [(issue_key, problem_index), ...]}      a near key told of a problem already counted
  FALSE={file_number: [(issue_key, comment), ...]}           false warnings after reading
  DECIDED={file_number: [(issue_key, comment), ...]}         unwritten warnings decided real
  MERGED={file_number: [(problem_index, comment)]}           a problem sharing another's only issue
  NOT_HIT={file_number: [problem_index, ...]}                 a problem the measure counts as hit because
                                                              another problem's finding has its key (read
                                                              the finding's words: it is the other's); a
                                                              finding that tells an unwritten slip is then
                                                              DECIDED (or FALSE) under its written key
Every unwritten issue must be in MEANING, ALSO, FALSE or DECIDED (else the script stops). It appends the
entries to EXPECTED_MEASURED, MISSED and FALSE_WARNINGS and a MEASURES entry per set, and prints the
figures by set; run `npx prettier --write` on the test file after it.
"""
import json, re, sys, textwrap
from collections import Counter

TEST = 'src/domain/rules/real-corpus.test.ts'  # run from the project's root
m = json.load(open(sys.argv[1]))
cfg = {}
exec(open(sys.argv[2]).read(), cfg)
RANGE, STOP = cfg['RANGE'], cfg['STOP']
MEANING, FALSE, DECIDED = cfg.get('MEANING', {}), cfg.get('FALSE', {}), cfg.get('DECIDED', {})
MERGED = cfg.get('MERGED', {})
for f in m:
    for pi in cfg.get('NOT_HIT', {}).get(int(f['name'].split('-')[0]), []):
        f['hit'][pi] = False


def comment(text, indent):
    pre = ' ' * indent + '// '
    return textwrap.wrap(text, width=110, initial_indent=pre, subsequent_indent=pre,
                         break_long_words=False, break_on_hyphens=False)


def q(s):
    return "'" + s.replace('\\', '\\\\').replace("'", "\\'") + "'"


def alts(k):
    return [s.strip() for s in k.split(',')] if k else []


em, missed, fw = [], [], []
stats = {}
problems_left = []
for f in m:
    name = f['name']
    n = int(name.split('-')[0])
    issues = Counter(i['key'] for i in f['issues'])
    written = set(k for key in f['keys'] for k in alts(key))
    unwritten = [i for i in f['issues'] if i['key'] not in written]
    meaning = MEANING.get(n, [])
    false = FALSE.get(n, [])
    decided = DECIDED.get(n, [])
    merged = dict(MERGED.get(n, []))
    # A decided issue may carry a written key when NOT_HIT freed it (the finding tells another slip).
    told = Counter([k for k, _ in meaning] + [k for k, _ in cfg.get('ALSO', {}).get(n, [])] + [k for k, _ in false] + [k for k, _ in decided if k not in written])
    if told != Counter(i['key'] for i in unwritten):
        sys.exit(f'{name}: unwritten {sorted(i["key"] for i in unwritten)} told {sorted(told)}')
    used = Counter()
    entry, miss = [], []
    also = cfg.get('ALSO', {}).get(n, [])
    near = {}
    for k, pi in meaning + also:
        near.setdefault(pi, []).append(k)
    covered = {pi for _, pi in meaning}
    for pi, (p, key, hit) in enumerate(zip(f['problems'], f['keys'], f['hit'])):
        if pi in merged:
            entry += comment(f'{RANGE}: {merged[pi]}', 4)
            continue
        ks = []
        if hit:
            ks = [k for k in alts(key) if issues[k] - used[k] > 0]
            if not ks:
                sys.exit(f'{name}: problem {pi} hit but its keys used up; put it in MERGED')
        if pi in near:
            if pi in covered:
                entry += comment(f'{RANGE}: flagged at the measure under a near key (counted by meaning).', 4)
            else:
                entry += comment(f'{RANGE}: its gatherer\'s one problem, also told under a near key.', 4)
            ks += near[pi]
        if ks:
            for k in ks:
                used[k] += 1
            entry.append('    ' + (q(ks[0]) if len(ks) == 1 else '[' + ', '.join(map(q, ks)) + ']') + ',')
        elif pi not in covered:
            miss.append('    ' + q(p) + ',')
    for k, why in decided:
        entry += comment(f'{RANGE}: not written down by its gatherer; decided real: {why}', 4)
        entry.append(f'    {q(k)},')
        used[k] += 1
    leftover = (Counter({k: v for k, v in issues.items() if k in written}) - used)
    if leftover:
        sys.exit(f'{name}: written keys found but used by no problem: {dict(leftover)}; add to MERGED or check')
    if entry:
        em.append(f'  {q(name)}: [\n' + '\n'.join(entry) + '\n  ],')
    if miss:
        missed.append(f'  {q(name)}: [\n' + '\n'.join(miss) + '\n  ],')
    for k, why in false:
        fw.extend(comment(f'{RANGE}: {why}', 2))
    if false:
        fw.append(f'  {q(name)}: [' + ', '.join(q(k) for k, _ in false) + '],')
    stats[n] = dict(key=sum(f['hit']), total=len(f['problems']),
                    meaning=sum(f['hit']) + len(meaning) + len(decided) - len(merged),
                    visible=len(f['problems']) + len(decided) - len(merged),
                    false=len(false), errors=sum(1 for i in unwritten if i['severity'] == 'error'),
                    refused=f['refused'])

src = open(TEST).read()


def insert_before_close(src, const, text):
    start = src.index(f'const {const}')
    close = src.index('\n};\n', start)
    return src[:close] + '\n' + text + src[close:]


# A new round's files have no entry yet: each list gets its entries appended at its end.
for const, items in (('EXPECTED_MEASURED', em), ('MISSED', missed), ('FALSE_WARNINGS', fw)):
    if items:
        src = insert_before_close(src, const, '\n'.join(items))
measures = []
for a, b in cfg['SETS']:
    measures.append(f"  {{\n    label: '{a}–{b}, held out, measured once before the fixes of stop {STOP}',\n"
                    f"    from: {a},\n    to: {b},\n    ext: 'txt',\n  }},")
start = src.index('const MEASURES')
close = src.index('\n];\n', start)
src = src[:close] + '\n' + '\n'.join(measures) + src[close:]
open(TEST, 'w').write(src)

for a, b in cfg['SETS']:
    rows = [s for n, s in stats.items() if a <= n <= b]
    t = lambda k: sum(r[k] for r in rows)
    print(f"{a}–{b}: by key {t('key')}/{t('total')}, by meaning {t('meaning')}/{t('visible')}, "
          f"false errors {t('errors')}, false warnings {t('false')}, refused {sum(r['refused'] for r in rows)}")
t = lambda k: sum(r[k] for r in stats.values())
print(f"ALL: by key {t('key')}/{t('total')}, by meaning {t('meaning')}/{t('visible')} "
      f"({100*t('meaning')/max(1,t('visible')):.0f} %), false warnings {t('false')}")
