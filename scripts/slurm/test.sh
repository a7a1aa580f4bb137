#!/usr/bin/env bash
# framediff under a real engine: a single-node Slurm job array analyzes and compares a corpus of
# 50 events (BASIL's dev triplets from ../shared, 150 articles) through `--shard i/n`, and the merged
# per-event reports must equal a single-process run byte for byte. Also times the analysis of the
# corpus repeated 4 times as an array with one worker and with two (printed for docs/scale.md).
# Skips with a clear message where Slurm's packages cannot be installed or the corpus is absent.
# Usage: bash scripts/slurm/test.sh [--install]   (--install: apt-get the packages when missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CORPUS=${FRAMEDIFF_SLURM_CORPUS:-$ROOT/../shared/dev-data/basil-dev/triplets}
TASKS=4
# Copies of the corpus the timing runs analyze (CI: 4 copies of 150 articles).
REPEAT=${FRAMEDIFF_SLURM_REPEAT:-4}

if [ "${1:-}" = --install ] && ! command -v slurmctld >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge) >/dev/null 2>&1 ||
      echo "slurm test: apt-get could not install slurm-wlm and munge" >&2
  fi
fi
for tool in slurmctld slurmd munged sbatch; do
  if ! command -v "$tool" >/dev/null; then echo "slurm test: SKIPPED: $tool is not installed (Debian: slurm-wlm, munge)"; exit 0; fi
done
if [ ! -d "$CORPUS" ]; then echo "slurm test: SKIPPED: no corpus at $CORPUS"; exit 0; fi
[ -f dist/cli.js ] || npm run build >/dev/null

W=$(mktemp -d /tmp/framediff-slurm.XXXXXX)
chmod 755 "$W"
# shellcheck source=cluster.sh
source "$ROOT/scripts/slurm/cluster.sh"
trap 'slurm_down || true' EXIT
slurm_up "$W/slurm"
echo "slurm test: cluster up ($(sinfo -h -o '%N %c CPUs %t'))"

FD="node $ROOT/dist/cli.js"
# One core per task: a worker pool inside a task (where the CLI has one) would only compete.
JOBS=""; $FD analyze --help | grep -q -- '--jobs' && JOBS="--jobs 1"
# The events the corpus holds, found by framediff itself, as a manifest every task reads.
$FD events "$CORPUS" --out "$W/events.json" 2>"$W/events.err"
# Reference: one process, no shards.
$FD analyze --manifest "$W/events.json" --format jsonl --out "$W/all.jsonl" --no-progress 2>"$W/ref.err"
$FD compare "$W/all.jsonl" --format json --out "$W/ref" --no-progress 2>>"$W/ref.err"

run_array() { # $1: name; the reference check runs the array two tasks at a time
  local out=$W/$1
  mkdir -p "$out"
  cat > "$out/task.sh" <<JOB
#!/usr/bin/env bash
set -euo pipefail
i=\$SLURM_ARRAY_TASK_ID
$FD analyze --manifest "$W/events.json" --shard \$((i + 1))/$TASKS --format jsonl --out "$out/part-\$i.jsonl" --no-progress $JOBS
$FD compare "$out/part-\$i.jsonl" --format json --out "$out/reports-\$i" --no-progress
JOB
  sbatch --wait --array=0-$((TASKS - 1)) --cpus-per-task=1 -o "$out/task-%a.log" "$out/task.sh" >/dev/null
}
run_array array

# Timing: the analysis map step over the corpus repeated $REPEAT times (each copy its own bytes, so
# its own id and shard), so that each task works for longer than its start-up. One worker: each
# task takes every CPU of the node, so Slurm runs one at a time; two workers: one CPU each.
BIG=$W/big
mkdir -p "$BIG"
for r in $(seq "$REPEAT"); do
  find "$CORPUS" -type f \( -name '*.md' -o -name '*.txt' -o -name '*.html' \) | sort | while read -r f; do
    rel=${f#"$CORPUS"/}
    { cat "$f"; printf '\n\nCopy %s.\n' "$r"; } > "$BIG/$r-${rel//\//-}"
  done
done
time_array() { # $1: name, $2: CPUs per task; prints the array's wall time and its first start to last end, in ms
  local out=$W/$1
  mkdir -p "$out"
  cat > "$out/task.sh" <<JOB
#!/usr/bin/env bash
set -euo pipefail
i=\$SLURM_ARRAY_TASK_ID
echo "start \$(date +%s%N)" > "$out/time-\$i"
$FD analyze "$BIG" --shard \$((i + 1))/$TASKS --format jsonl --out "$out/part-\$i.jsonl" --no-progress $JOBS
echo "end \$(date +%s%N)" >> "$out/time-\$i"
JOB
  local t0=$(date +%s%N)
  sbatch --wait --array=0-$((TASKS - 1)) --cpus-per-task="$2" -o "$out/task-%a.log" "$out/task.sh" >/dev/null
  local wall=$(( ($(date +%s%N) - t0) / 1000000 ))
  echo "$wall $(cat "$out"/time-* | awk '/start/ && (lo == "" || $2 < lo) {lo = $2} /end/ && $2 > hi {hi = $2} END {printf "%d", (hi - lo) / 1e6}')"
}
NCPU=$(sinfo -h -o '%c' | head -1)
read -r one_wall one < <(time_array one-worker "$NCPU")
read -r two_wall two < <(time_array two-workers $(( NCPU / 2 > 0 ? NCPU / 2 : 1 )))
cmp -s <(cat "$W"/one-worker/part-*.jsonl | sort) <(cat "$W"/two-workers/part-*.jsonl | sort) ||
  { echo "slurm test: FAILED: one worker and two workers analyzed the repeated corpus differently" >&2; exit 1; }

# Every event report of the reference is in exactly one shard's output, byte for byte; none extra.
check() {
  local out=$W/$1 n=0 f name
  for f in "$W"/ref/*.json; do
    name=$(basename "$f")
    [ "$name" = index.json ] && continue
    n=$((n + 1))
    found=$(ls "$out"/reports-*/"$name" 2>/dev/null | wc -l)
    [ "$found" = 1 ] || { echo "slurm test: FAILED: $name is in $found shard outputs of $1" >&2; exit 1; }
    cmp -s "$f" "$out"/reports-*/"$name" || { echo "slurm test: FAILED: $name differs from the single-process run ($1)" >&2; exit 1; }
  done
  extra=$(ls "$out"/reports-*/*.json | grep -vc '/index.json$' || true)
  [ "$extra" = "$n" ] || { echo "slurm test: FAILED: $1 wrote $extra event reports, the reference $n" >&2; exit 1; }
  echo "$n"
}
events=$(check array)
[ "$events" -ge 40 ] || { echo "slurm test: FAILED: only $events events (need at least 40)" >&2; exit 1; }
echo "slurm test: $TASKS-task job array, $events event reports equal to the single-process run"
articles=$(ls "$BIG" | wc -l)
echo "slurm test: analysis of $articles articles in $TASKS tasks, array wall time (sbatch --wait polls the job, so this rounds up) one worker ${one_wall} ms, two workers ${two_wall} ms (speed-up $(awk "BEGIN {printf \"%.2f\", $one_wall / $two_wall}"))"
echo "slurm test: same, first task start to last task end, one worker ${one} ms, two workers ${two} ms (speed-up $(awk "BEGIN {printf \"%.2f\", $one / $two}"))"
slurm_down
trap - EXIT
rm -rf "$W"
