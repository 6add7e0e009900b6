#!/usr/bin/env bash
# Compiles and lints infra/ offline with the Bicep CLI from its NuGet package (no az CLI, no Azure login).
#
#   bash infra/build.sh                          # fails on any error, warning or unformatted file
#   BICEP_ALLOW_WARNINGS=1 bash infra/build.sh   # warnings are printed but do not fail
#
# The CLI comes from infra/bicep.sh, which restores it once into the NuGet global packages folder.
set -euo pipefail

log="$(mktemp)"
trap 'rm -f "$log"' EXIT

infra="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
bicep="$(bash "$infra/bicep.sh" --path)"
"$bicep" --version

cd "$infra/.."
failed=0

# Runs a Bicep command, shows its diagnostics, and records a failure on a non-zero exit or (unless allowed) a warning.
run() {
  local status=0
  "$bicep" "$@" >/dev/null 2>"$log" || status=$?
  cat "$log" >&2
  if ((status != 0)); then
    echo "FAILED: bicep $*" >&2
    failed=1
  elif grep -q ': Warning ' "$log" && [[ "${BICEP_ALLOW_WARNINGS:-0}" != 1 ]]; then
    echo "FAILED (warnings): bicep $*" >&2
    failed=1
  fi
}

mapfile -t files < <(find infra -name '*.bicep' | sort)
mapfile -t params < <(find infra -name '*.bicepparam' | sort)

echo "== build"
run build infra/main.bicep --stdout
for p in "${params[@]}"; do
  run build-params "$p" --stdout
done

echo "== lint"
for f in "${files[@]}" "${params[@]}"; do
  run lint "$f"
done

echo "== format"
for f in "${files[@]}" "${params[@]}"; do
  if ! "$bicep" format "$f" --stdout | diff -u "$f" - >&2; then
    echo "FAILED: $f is not formatted (fix: $bicep format $f)" >&2
    failed=1
  fi
done

if ((failed)); then
  echo "infra/build.sh: FAILED" >&2
  exit 1
fi
echo "infra/build.sh: OK (${#files[@]} Bicep files and ${#params[@]} parameters files build, lint and format clean)"
