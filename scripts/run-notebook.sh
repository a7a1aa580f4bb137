#!/usr/bin/env bash
# Execute examples/framediff-class.ipynb for real in Jupyter with Deno's kernel (needs `npm run build`).
#   bash scripts/run-notebook.sh            execute into test-output/ and check every cell ran (CI)
#   bash scripts/run-notebook.sh --inplace  execute and write the outputs into the notebook (to commit)
# Installs Debian's jupyter-nbconvert when it is missing and we may (root), and registers Deno's
# kernel (`deno jupyter --install`) when Jupyter does not know it yet or its deno does not run.
set -euo pipefail
cd "$(dirname "$0")/.."
notebook=examples/framediff-class.ipynb
if ! command -v jupyter-nbconvert >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "framediff: installing Debian's jupyter-nbconvert for the notebook run…" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends jupyter-nbconvert jupyter-client python3-ipykernel >/dev/null
  else
    echo "framediff: the notebook run needs jupyter-nbconvert (Debian: apt-get install jupyter-nbconvert)" >&2
    exit 1
  fi
fi
deno=node_modules/.bin/deno
# A Deno kernelspec left by another checkout can point at a deno that is gone (or another version):
# register this checkout's deno whenever the registered one does not run.
spec=$(jupyter kernelspec list --json 2>/dev/null | python3 -c 'import json,sys; k=json.load(sys.stdin)["kernelspecs"].get("deno"); print(k["spec"]["argv"][0] if k else "")' 2>/dev/null || true)
if [ -z "$spec" ] || ! "$spec" --version >/dev/null 2>&1; then "$deno" jupyter --install --force >/dev/null; fi
# The kernel runs the cells from the notebook's folder, so ../dist and ../corpus resolve.
if [ "${1:-}" = --inplace ]; then
  jupyter-nbconvert --to notebook --execute --inplace --ExecutePreprocessor.kernel_name=deno --ExecutePreprocessor.record_timing=False \
    --ExecutePreprocessor.timeout=120 "$notebook"
  out="$notebook"
else
  mkdir -p test-output
  jupyter-nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name=deno \
    --ExecutePreprocessor.timeout=120 --output-dir test-output --output framediff-class.executed "$notebook"
  out=test-output/framediff-class.executed.ipynb
fi
node scripts/check-notebook.mjs "$out"
