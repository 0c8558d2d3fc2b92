#!/usr/bin/env bash
# The LCA disclosure import on a file of DOL's size: generates a workbook of ROWS rows (default 1,000,000) in the
# disclosure file's column layout with SpreadCheetah, then imports it into a new SQLite database exactly as the
# portal's background job does (ExcelDataReader, streaming) and prints the import time and the process's peak
# resident memory. Figures, not a pass/fail test. Targets (issue 23): under 2 minutes, under 300 MB.
# See bench/README.md and docs/performance.md ("LCA import").
#
#   bash bench/lca-import.sh            # 1,000,000 rows
#   ROWS=200000 bash bench/lca-import.sh
set -euo pipefail

ROWS="${ROWS:-1000000}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
results="$root/bench/results"
mkdir -p "$results"

tmp="$(mktemp -d -t imgportal-lca.XXXXXX)"
cleanup() { rm -rf "$tmp"; }
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git -C "$root" rev-parse --short HEAD)"
dotnet build "$root/bench/lca-import/LcaImportBench.csproj" -c Release -m:1 -nologo -clp:ErrorsOnly -o "$tmp/bin" >/dev/null
tool="$tmp/bin/LcaImportBench.dll"

out="$results/lca-import-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
    dotnet "$tool" generate "$tmp/lca.xlsx" "$ROWS"
    # A separate process, so its peak memory is the import's alone.
    dotnet "$tool" import "$tmp/lca.xlsx" "$tmp/db"
} | tee "$out"
