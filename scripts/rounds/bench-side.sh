#!/usr/bin/env bash
# Side-by-side engine bench of two checkouts (each with node_modules), as docs/performance.md's stops do:
#   N=8 bash scripts/rounds/bench-side.sh /work/wt-base /work/main > /tmp/side.log
# Builds each checkout's engine bundle once (the bench's own build, `npm run bench -- engine` with one run a
# figure), then runs the four figures N times each, one Node process a run, alternating base and head, and
# prints each run with the load, then the fastest and the median of each figure by build (ms a report).
set -euo pipefail
base=$1 head=$2 n=${N:-8}
out=$(mktemp -d)
for side in base head; do
  dir=$base; [ "$side" = head ] && dir=$head
  (cd "$dir" && ENGINE_BENCH_RUNS=1 npm run -s bench -- engine > "$out/$side-build.log" 2>&1)
  cp "$dir/.tmp/bench-engine/engine.mjs" "$out/$side.mjs"
done
for i in $(seq 1 "$n"); do
  for measure in full fresh text cell; do
    for side in base head; do
      dir=$base; [ "$side" = head ] && dir=$head
      load=$(cut -d' ' -f1 /proc/loadavg)
      ms=$(cd "$dir" && node "$out/$side.mjs" "$measure" | sed -n 's/^@@engine-bench {"ms":\([0-9.e-]*\)}$/\1/p')
      printf '%s\t%s\t%s\t%s\t%s\n' "$side" "$i" "$load" "$measure" "$ms" | tee -a "$out/all.tsv"
    done
  done
done
python3 - "$out/all.tsv" <<'PY'
import sys, statistics, collections
names = {'full': 'full', 'fresh': 'every text new', 'text': 'keystroke in 总体情况', 'cell': 'keystroke in a table cell'}
runs = collections.defaultdict(list)
for line in open(sys.argv[1], encoding='utf-8'):
    side, _, _, measure, ms = line.rstrip('\n').split('\t')
    runs[(measure, side)].append(float(ms))
for measure, name in names.items():
    cells = [f"{side}: fastest {min(runs[(measure, side)]):.3f}, median {statistics.median(runs[(measure, side)]):.3f}"
             for side in ('base', 'head') if runs[(measure, side)]]
    print(f"{name}: " + '; '.join(cells))
PY
