#!/usr/bin/env bash
# framediff under a real engine: a single-node Slurm job array analyzes and compares a corpus of
# 50 events (BASIL's dev triplets from ../shared, 150 articles) through `--shard i/n`, and the merged
# per-event reports must equal a single-process run byte for byte. Also times the array with one
# worker and with two (printed for docs/scale.md).
# Skips with a clear message where Slurm's packages cannot be installed or the corpus is absent.
# Usage: bash scripts/slurm/test.sh [--install]   (--install: apt-get the packages when missing)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
CORPUS=${FRAMEDIFF_SLURM_CORPUS:-$ROOT/../shared/dev-data/basil-dev/triplets}
TASKS=4

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

run_array() { # $1: name, $2: how many tasks at once
  local out=$W/$1
  mkdir -p "$out"
  cat > "$out/task.sh" <<JOB
#!/usr/bin/env bash
set -euo pipefail
i=\$SLURM_ARRAY_TASK_ID
echo "start \$(date +%s%N)" > "$out/time-\$i"
$FD analyze --manifest "$W/events.json" --shard \$((i + 1))/$TASKS --format jsonl --out "$out/part-\$i.jsonl" --no-progress $JOBS
$FD compare "$out/part-\$i.jsonl" --format json --out "$out/reports-\$i" --no-progress
echo "end \$(date +%s%N)" >> "$out/time-\$i"
JOB
  local t0=$(date +%s%N)
  sbatch --wait --array=0-$((TASKS - 1))%"$2" --cpus-per-task=1 -o "$out/task-%a.log" "$out/task.sh" >/dev/null
  echo $(( ($(date +%s%N) - t0) / 1000000 ))
}
one_wall=$(run_array one-worker 1)
two_wall=$(run_array two-workers 2)
# Work time, free of Slurm's scheduling pauses between tasks (which dominate a small corpus): with
# one worker the tasks' own durations add up; with two, from the first start to the last end.
one=$(cat "$W"/one-worker/time-* | awk '/start/ {s += $2} /end/ {e += $2} END {printf "%d", (e - s) / 1e6}')
two=$(cat "$W"/two-workers/time-* | awk '/start/ && (lo == "" || $2 < lo) {lo = $2} /end/ && $2 > hi {hi = $2} END {printf "%d", (hi - lo) / 1e6}')

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
events=$(check one-worker)
check two-workers >/dev/null
[ "$events" -ge 40 ] || { echo "slurm test: FAILED: only $events events (need at least 40)" >&2; exit 1; }
echo "slurm test: $TASKS-task job array, $events event reports equal to the single-process run"
echo "slurm test: array wall time (with scheduling), one worker at a time ${one_wall} ms, two at a time ${two_wall} ms"
echo "slurm test: task work time, one worker ${one} ms, two workers ${two} ms (speed-up $(awk "BEGIN {printf \"%.2f\", $one / $two}"))"
slurm_down
trap - EXIT
rm -rf "$W"
