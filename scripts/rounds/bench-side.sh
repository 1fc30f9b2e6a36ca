#!/usr/bin/env bash
# Side-by-side engine bench of two checkouts (each with node_modules), alternating, N processes each:
#   N=8 bash scripts/rounds/bench-side.sh /work/wt-base /work/main > /tmp/side.log
# Prints each run's four engine figures as it goes, then the fastest and the median of each by build.
set -euo pipefail
base=$1 head=$2 n=${N:-8}
figures='compute all cells|every text new|keystroke in a table cell|keystroke in 总体情况'
out=$(mktemp -d)
for i in $(seq 1 "$n"); do
  for side in base head; do
    dir=$base; [ "$side" = head ] && dir=$head
    load=$(cut -d' ' -f1 /proc/loadavg)
    (cd "$dir" && npm run -s bench -- engine 2>&1) | grep -E "^engine: ($figures)" |
      sed -E "s/^engine: ([^,]*(, every text new)?)[^0-9]*([0-9.]+) ms.*/\1\t\3/" |
      sed "s/^/$side\t$i\t$load\t/" | tee -a "$out/all.tsv"
  done
done
python3 - "$out/all.tsv" <<'PY'
import sys, statistics, collections
runs = collections.defaultdict(list)
for line in open(sys.argv[1], encoding='utf-8'):
    side, _, _, figure, ms = line.rstrip('\n').split('\t')
    runs[(figure, side)].append(float(ms))
for figure in sorted({f for f, _ in runs}):
    cells = [f"{side}: fastest {min(runs[(figure, side)]):.3f}, median {statistics.median(runs[(figure, side)]):.3f}"
             for side in ('base', 'head') if runs[(figure, side)]]
    print(f"{figure}: " + '; '.join(cells))
PY
