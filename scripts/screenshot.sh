#!/usr/bin/env bash
# Takes the README screenshot: starts the portal on a throwaway SQLite database, captures / at 1280x900
# with headless Chromium into docs/images/home.png, and stops the portal.
# Usage: bash scripts/screenshot.sh [output.png]
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

URL=http://127.0.0.1:5099
OUTPUT=${1:-docs/images/home.png}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}

for tool in "$CHROMIUM" curl setsid; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "screenshot.sh needs $tool (Chromium: apt-get install -y chromium)." >&2
        exit 1
    fi
done

work=$(mktemp -d)
portal_pid=

stop_portal() {
    if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
        # dotnet run starts the app as a child: stop the whole process group it leads.
        kill -TERM -- "-$portal_pid" 2>/dev/null || true
        for _ in $(seq 20); do
            kill -0 "$portal_pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -KILL -- "-$portal_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap stop_portal EXIT

echo "Starting the portal on $URL (log: $work/portal.log)"
# Development: static assets are served from the build output, as dotnet run expects.
ASPNETCORE_ENVIRONMENT=Development \
ConnectionStrings__ImgPortal="Data Source=$work/portal.db" \
    setsid dotnet run --project src/ImgPortal.Web --no-launch-profile --urls "$URL" \
    </dev/null >"$work/portal.log" 2>&1 &
portal_pid=$!

for _ in $(seq 180); do
    if curl -fsS "$URL/health/live" >/dev/null 2>&1; then
        break
    fi
    if ! kill -0 "$portal_pid" 2>/dev/null; then
        echo "The portal stopped before it was ready:" >&2
        tail -n 40 "$work/portal.log" >&2
        exit 1
    fi
    sleep 1
done
if ! curl -fsS "$URL/health/live" >/dev/null 2>&1; then
    echo "The portal did not answer $URL/health/live within 3 minutes:" >&2
    tail -n 40 "$work/portal.log" >&2
    exit 1
fi

mkdir -p "$(dirname "$OUTPUT")"
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --user-data-dir="$work/chromium" \
    --screenshot="$OUTPUT" --window-size=1280,900 "$URL/" \
    </dev/null >"$work/chromium.log" 2>&1 || { cat "$work/chromium.log" >&2; exit 1; }

if [ ! -s "$OUTPUT" ]; then
    echo "Chromium wrote no screenshot:" >&2
    cat "$work/chromium.log" >&2
    exit 1
fi
echo "Wrote $OUTPUT"
