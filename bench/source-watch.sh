#!/usr/bin/env bash
# The source watch on 1,000 local sources: the real runner, fetcher and SQLite database against a Kestrel site on
# 127.0.0.1 .. 127.0.0.$HOSTS (one port), two runs (the second finds 1 in 10 pages changed). Prints each run's
# duration and the peak memory. Settings: SOURCES (1000), HOSTS (50), PARALLEL_HOSTS (50), PORT (18724).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p bench/results
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg); commit $(git rev-parse --short HEAD)"
dotnet build bench/SourceWatchBench -c Release -m:1 -nologo -clp:ErrorsOnly -v:q
/usr/bin/time -v dotnet bench/SourceWatchBench/bin/Release/net10.0/SourceWatchBench.dll 2> >(tee bench/results/source-watch-time.txt | grep -E "Maximum resident|Elapsed" >&2) \
    | tee bench/results/source-watch.txt
