#!/usr/bin/env bash
# Lighthouse mobile performance of every public page, in one command. Installs Lighthouse (one pinned version)
# into bench/.tools/ (git-ignored), publishes the portal in Release, starts it in Production on 127.0.0.1 with a
# fresh SQLite database, reads the page list from the portal's own /sitemap.xml (plus / if absent), runs
# Lighthouse (performance only, default mobile form factor, simulated throttling, headless Debian Chromium)
# RUNS times per page, and prints one table of the median run per page: score, FCP, LCP, TBT, CLS and the
# bytes transferred; then the lowest score and how many pages are below the target.
# A measurement: exits 0 whatever the scores; non-zero only when something failed to run.
# Raw JSON reports go to bench/results/lighthouse-<time>/ (git-ignored). Stops everything it started.
#
#   bash bench/lighthouse.sh
#   RUNS=1 PATHS="/ /residency" APP_PORT=5410 bash bench/lighthouse.sh    # a quick look at two pages
set -euo pipefail

LIGHTHOUSE_VERSION=12.8.2        # the newest line that runs on Node 20 (13.x needs Node 22.19 or later)
RUNS="${RUNS:-3}"
TARGET="${TARGET:-99}"
APP_PORT="${APP_PORT:-5189}"
CHROMIUM="${CHROME_PATH:-/usr/bin/chromium}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
tools="$root/bench/.tools/lighthouse"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
results="$root/bench/results/lighthouse-$stamp"
mkdir -p "$results"

if [ ! -x "$CHROMIUM" ]; then
    echo "Installing Chromium from Debian..."
    sudo=()
    [ "$(id -u)" -ne 0 ] && sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium </dev/null >/dev/null
fi
command -v curl >/dev/null 2>&1 || { echo "curl is needed" >&2; exit 1; }

lighthouse="$tools/node_modules/.bin/lighthouse"
if [ ! -x "$lighthouse" ] || [ "$("$lighthouse" --version 2>/dev/null)" != "$LIGHTHOUSE_VERSION" ]; then
    echo "Installing Lighthouse $LIGHTHOUSE_VERSION into ${tools#"$root"/}..."
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-fund --no-audit --loglevel=error "lighthouse@$LIGHTHOUSE_VERSION" >/dev/null
fi

tmp="$(mktemp -d -t imgportal-lighthouse.XXXXXX)"
app_pid=""
cleanup() {
    local status=$?
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    if [ "$status" -ne 0 ] && [ -s "$tmp/app.log" ]; then
        echo "--- last lines of the portal's log ---" >&2
        tail -n 40 "$tmp/app.log" >&2
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if (exec 3<>"/dev/tcp/127.0.0.1/$APP_PORT") 2>/dev/null; then
    echo "Port $APP_PORT on 127.0.0.1 is already in use; stop it or set APP_PORT." >&2
    exit 1
fi

echo "Publishing Release to $tmp/app..."
dotnet publish "$root/src/ImgPortal.Web/ImgPortal.Web.csproj" --configuration Release \
    --output "$tmp/app" -p:UseAppHost=false --nologo -v quiet >"$tmp/publish.log" 2>&1 \
    || { cat "$tmp/publish.log" >&2; exit 1; }

# Production on a fresh SQLite file (migrated and seeded with the starter guidance at start), as bench/run.sh
# starts it: plain HTTP on loopback, so Secure-only cookies are off.
echo "Starting the portal on 127.0.0.1:$APP_PORT (Production)..."
app="http://127.0.0.1:$APP_PORT"
(
    cd "$tmp/app"
    bench_portal_env "$tmp/portal.db" "$app" "$tmp/mail"
    exec env "${PORTAL_ENV[@]}" \
        Seed__AdminEmail=lighthouse-admin@bench.example \
        Seed__AdminPassword="lighthouse passphrase for the administrator" \
        Reminders__Enabled=false \
        SourceWatch__Enabled=false \
        dotnet ImgPortal.Web.dll
) >"$tmp/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do
    curl -fsS -o /dev/null "$app/health/ready" 2>/dev/null && break
    kill -0 "$app_pid" 2>/dev/null || { echo "The portal exited during start." >&2; exit 1; }
    sleep 0.5
done
grep -q "Now listening on: $app" "$tmp/app.log" || { echo "The portal did not start." >&2; exit 1; }

if [ -n "${PATHS:-}" ]; then
    read -r -a paths <<<"$PATHS"
else
    # Every public page, as the portal lists them for search engines.
    mapfile -t paths < <(curl -fsS "$app/sitemap.xml" | grep -o '<loc>[^<]*</loc>' \
        | sed -e 's#<loc>##' -e 's#</loc>##' -e "s#^$app##" -e 's#^$#/#')
    [ "${#paths[@]}" -gt 0 ] || { echo "The sitemap listed no page." >&2; exit 1; }
    printf '%s\n' "${paths[@]}" | grep -qx '/' || paths=("/" "${paths[@]}")
fi

load="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "Lighthouse $LIGHTHOUSE_VERSION, ${#paths[@]} pages x $RUNS runs (load average $load)..."
export CHROME_PATH="$CHROMIUM"
for path in "${paths[@]}"; do
    name="$(sed -e 's#[^A-Za-z0-9]\+#_#g' -e 's#^_##' -e 's#_$##' <<<"$path")"
    name="${name:-home}"
    for run in $(seq 1 "$RUNS"); do
        # Default form factor (mobile) and throttling (simulated); performance only. On a loaded machine Chrome
        # now and then gives up on a page ("interstitial"): one more try before calling the run failed.
        for attempt in 1 2; do
            if "$lighthouse" "$app$path" --quiet --only-categories=performance \
                --chrome-flags="--headless=new --no-sandbox" \
                --output=json --output-path="$results/$name-$run.json" >"$tmp/lighthouse.log" 2>&1; then
                break
            fi
            [ "$attempt" -eq 2 ] && { echo "Lighthouse failed twice on $path:" >&2; cat "$tmp/lighthouse.log" >&2; exit 1; }
            rm -f "$results/$name-$run.json"
        done
    done
    printf '.'
done
echo

# The median run per page (by score), then the summary.
node - "$results" "$TARGET" "$LIGHTHOUSE_VERSION" "$load" "$RUNS" "${paths[@]}" <<'NODE' | tee "$results/table.md"
const fs = require('node:fs');
const path = require('node:path');
const [dir, target, version, load, runCount, ...pages] = process.argv.slice(2);
const reports = fs.readdirSync(dir).filter(f => f.endsWith('.json'));
const nameOf = p => p.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '') || 'home';
const rows = [];
for (const page of pages) {
    const runs = reports.filter(f => f.replace(/-\d+\.json$/, '') === nameOf(page))
        .map(f => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    if (runs.length === 0) throw new Error(`No report for ${page}`);
    if (runs.some(r => r.runtimeError)) throw new Error(`${page}: ${runs.find(r => r.runtimeError).runtimeError.message}`);
    runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
    const r = runs[Math.floor((runs.length - 1) / 2)];
    const a = id => r.audits[id]?.numericValue ?? NaN;
    rows.push({
        page,
        score: Math.round(r.categories.performance.score * 100),
        all: runs.map(x => Math.round(x.categories.performance.score * 100)).join('/'),
        fcp: a('first-contentful-paint'), lcp: a('largest-contentful-paint'),
        tbt: a('total-blocking-time'), cls: a('cumulative-layout-shift'), kb: a('total-byte-weight') / 1024,
    });
}
const w = Math.max(4, ...rows.map(r => r.page.length));
const rw = Math.max(4, ...rows.map(r => r.all.length));
const line = cells => `| ${cells.join(' | ')} |`;
console.log(`Lighthouse ${version}, mobile (simulated throttling), performance only; median of ${runCount} runs per page; load average ${load}; ${new Date().toISOString().slice(0, 16)}Z`);
console.log();
console.log(line(['page'.padEnd(w), 'score', 'runs'.padEnd(rw), 'FCP ms', 'LCP ms', 'TBT ms', '  CLS', '   KB']));
console.log(`|${'-'.repeat(w + 2)}|------:|${'-'.repeat(rw + 2)}|-------:|-------:|-------:|------:|------:|`);
for (const r of rows) {
    console.log(line([r.page.padEnd(w), String(r.score).padStart(5), r.all.padEnd(rw), r.fcp.toFixed(0).padStart(6),
        r.lcp.toFixed(0).padStart(6), r.tbt.toFixed(0).padStart(6), r.cls.toFixed(3), r.kb.toFixed(1).padStart(5)]));
}
const lowest = Math.min(...rows.map(r => r.score));
console.log();
console.log(`Lowest score: ${lowest}; pages below ${target}: ${rows.filter(r => r.score < Number(target)).length} of ${rows.length}`);
NODE
echo "Raw reports: ${results#"$root"/}"
