#!/usr/bin/env bash
# The HTML report test drives Debian's Chromium (playwright-core never downloads a browser).
# Install it when it is missing and we may (root); otherwise say what to do.
set -euo pipefail
browser="${FRAMEDIFF_CHROMIUM:-/usr/bin/chromium}"
[ -x "$browser" ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "framediff: installing Debian's chromium for the browser test…" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
  exit 0
fi
echo "framediff: the browser test needs Chromium at $browser (Debian: apt-get install chromium), or set FRAMEDIFF_CHROMIUM" >&2
exit 1
