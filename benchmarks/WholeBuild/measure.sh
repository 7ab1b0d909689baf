#!/usr/bin/env bash
# Interleaved A/B timing of `dotnet build` vs `techlead check` on a generated solution (see README.md).
# Usage: measure.sh SOLUTION_DIR TECHLEAD_DLL [ROUNDS]
set -euo pipefail
dir=$1; techlead=$2; rounds=${3:-3}
cd "$dir"
times=$(mktemp)
dotnet restore Big.sln > /dev/null
dotnet build Big.sln --no-restore > /dev/null   # warm the build servers once, as on a developer machine or CI after the first build
for round in $(seq 1 "$rounds"); do
  load=$(cut -d' ' -f1 /proc/loadavg)
  # Full build: every project compiled again (--no-incremental), after restore, build servers warm.
  /usr/bin/time -f "%e" -o "$times.build" dotnet build Big.sln --no-restore --no-incremental > /dev/null
  # Full check: loads the solution with MSBuildWorkspace and runs the analyzer on every project.
  /usr/bin/time -f "%e" -o "$times.check" dotnet "$techlead" check Big.sln > /dev/null 2>&1 || true  # exit 1: violations found
  b=$(tail -1 "$times.build"); c=$(tail -1 "$times.check")
  echo "round $round: load $load build ${b}s check ${c}s ratio $(echo "scale=2; $c / $b" | bc)"
done
