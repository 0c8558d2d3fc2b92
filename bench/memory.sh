#!/usr/bin/env bash
# What the portal's memory consists of under bench/run.sh's load. Sourced by run.sh when MEMORY=1; defines functions.
#
#   MEMORY=1 DURATION=20s SCALES=1000 bash bench/run.sh 200 1000 10
#   MEMORY=1 PORTAL_GC="DOTNET_GCgen0size=0x2000000" bash bench/run.sh 200 1000 10   # try a GC setting
#
# Every second while the load runs: resident memory (VmRSS, and its peak VmHWM) from /proc, and the runtime's own
# figures from dotnet-counters (GC heap, committed memory, gen 0/1/2 collections, LOH size, allocation rate). After
# the measured targets, one dotnet-gcdump: which types the live managed heap holds. Both tools are installed from
# NuGet into bench/.tools/dotnet (git-ignored), at the pinned version below.

DIAGNOSTICS_VERSION="10.0.750501"

# memory_tools ROOT: installs dotnet-counters and dotnet-gcdump once; sets DOTNET_COUNTERS and DOTNET_GCDUMP.
memory_tools() {
    local dir="$1/bench/.tools/dotnet"
    local tool
    for tool in dotnet-counters dotnet-gcdump; do
        [ -x "$dir/$tool" ] || dotnet tool install "$tool" --version "$DIAGNOSTICS_VERSION" --tool-path "$dir" >/dev/null
    done
    DOTNET_COUNTERS="$dir/dotnet-counters"
    DOTNET_GCDUMP="$dir/dotnet-gcdump"
}

# memory_start PID DIR: samples PID every second into DIR/rss.csv and DIR/counters.csv until memory_stop.
memory_start() {
    local pid="$1" dir="$2"
    mkdir -p "$dir"
    (
        echo "seconds,rss_mb,hwm_mb"
        start=$SECONDS
        while [ -r "/proc/$pid/status" ]; do
            awk -v t=$((SECONDS - start)) '/^VmRSS:/ {r = $2} /^VmHWM:/ {h = $2} END {printf "%d,%.0f,%.0f\n", t, r / 1024, h / 1024}' \
                "/proc/$pid/status" 2>/dev/null || break
            sleep 1
        done
    ) >"$dir/rss.csv" &
    memory_sampler_pid=$!
    "$DOTNET_COUNTERS" collect --process-id "$pid" --refresh-interval 1 --format csv --output "$dir/counters.csv" \
        --counters System.Runtime >"$dir/counters.log" 2>&1 &
    memory_counters_pid=$!
}

# memory_gcdump PID DIR: the live managed heap by type (a full collection first, so garbage is not counted).
memory_gcdump() {
    "$DOTNET_GCDUMP" collect --process-id "$1" --output "$2/heap.gcdump" >"$2/gcdump.log" 2>&1 \
        && "$DOTNET_GCDUMP" report "$2/heap.gcdump" >"$2/heap-types.txt" 2>&1
}

# memory_stop: stops the samplers memory_start began.
memory_stop() {
    local p
    for p in "${memory_counters_pid:-}" "${memory_sampler_pid:-}"; do
        if [ -n "$p" ] && kill -0 "$p" 2>/dev/null; then
            kill -TERM "$p" 2>/dev/null || true
            wait "$p" 2>/dev/null || true
        fi
    done
    memory_counters_pid=""
    memory_sampler_pid=""
}

# memory_report DIR: the peak resident memory and, for the second it was reached, the runtime's figures;
# then the types that held most of the live heap.
memory_report() {
    local dir="$1"
    echo
    echo "Memory over the run (samples every second: $dir):"
    awk -F, 'NR > 1 && $2 > peak {peak = $2; at = $1} END {printf "  peak resident memory %s MB at %s s\n", peak, at}' "$dir/rss.csv"
    if [ -s "$dir/counters.csv" ]; then
        # One line per counter: the highest value it reached during the run; byte counters in MB (MiB, as VmHWM above).
        awk -F, 'NR > 1 {key = $3; gsub(/"/, "", key); v = $NF + 0; if (!(key in max) || v > max[key]) max[key] = v}
            END {for (k in max) if (k ~ /\(By/) printf "  %-70s max %.1f MB\n", k, max[k] / 1048576; else printf "  %-70s max %.1f\n", k, max[k]}' \
            "$dir/counters.csv" | sort
    fi
    if [ -s "$dir/heap-types.txt" ]; then
        # Its totals only: the per-type lines of a lossy dump (dotnet-gcdump before .NET 11) are not sizes to trust.
        echo "  Live managed heap after the targets (dotnet-gcdump; types in $dir/heap-types.txt):"
        head -n 2 "$dir/heap-types.txt" | sed 's/^/    /'
    fi
}
