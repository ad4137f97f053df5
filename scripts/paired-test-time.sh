#!/usr/bin/env bash
# `bash scripts/paired-test-time.sh [COMMIT] [DIR]`: how long `npm test` takes here against the suite at COMMIT
# (default d835729, the suite before issue 21), run back to back on this machine, the old one first. COMMIT is
# checked out in DIR (default ../unknot-paired-<commit>; made with npm ci and the web build the first time and kept
# for the next pairing). Prints both wall times and their ratio. Run it with nothing else busy: both suites use
# both cores, so another load is measured too.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
commit=${1:-d835729}
old=${2:-$here/../unknot-paired-$commit}
if [ ! -d "$old/node_modules" ]; then
  git clone -q "$here" "$old"
  git -C "$old" checkout -q "$commit"
  (cd "$old" && npm ci --silent && npm run build:web --silent > /dev/null)
fi
timed() { # DIR LOG: wall seconds of `npm test` in DIR, its output in LOG
  local start end
  start=$(date +%s.%N)
  (cd "$1" && npm test > "$2" 2>&1) || echo "npm test in $1 failed (exit $?): see $2" >&2
  end=$(date +%s.%N)
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f", b - a }'
}
logs=$(mktemp -d)
before=$(timed "$old" "$logs/old.log")
after=$(timed "$here" "$logs/new.log")
echo "old ($commit) ${before} s, new ($(git -C "$here" rev-parse --short HEAD)) ${after} s: $(awk -v a="$after" -v b="$before" 'BEGIN { printf "%.1f", 100 * a / b }')% (logs in $logs)"
