#!/usr/bin/env bash
# The portal against nginx, in one command. Publishes the portal, generates a data set into a fresh SQLite
# database, starts the portal in Production on 127.0.0.1, serves the exact bytes of a guidance page and of the
# home page from nginx, measures each target with wrk and prints one table (requests/s, p50, p99, ratio to
# nginx, peak memory); then the mentor directory at 1,000 / 10,000 / 100,000 mentors and its p99 growth.
# Installs wrk, nginx, sqlite3 and curl from Debian if missing. Everything on 127.0.0.1; stops all it started.
#
#   bash bench/run.sh [members] [mentors] [pages]      # defaults: 2000 10000 50
#   DURATION=5s WARMUP=2s SCALES="1000 100000" bash bench/run.sh
#   MEMORY=1 bash bench/run.sh      # also what the memory consists of (bench/memory.sh)
#   PORTAL_GC="DOTNET_GCgen0size=0x4000000" bash bench/run.sh   # the portal started with other GC settings
set -euo pipefail

MEMBERS="${1:-2000}"
MENTORS="${2:-10000}"
PAGES="${3:-50}"
THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-32}"
LOGIN_CONNECTIONS="${LOGIN_CONNECTIONS:-4}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"
SCALES="${SCALES:-1000 10000 100000}"
APP_PORT="${APP_PORT:-5188}"
NGINX_PORT="${NGINX_PORT:-8090}"
PASSWORD="bench passphrase for every member"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
# shellcheck source=bench/memory.sh
source "$root/bench/memory.sh"
results="$root/bench/results"          # git-ignored: raw wrk output of the last run
mkdir -p "$results"

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

tmp="$(mktemp -d -t imgportal-bench.XXXXXX)"
app_pid=""
nginx_pid=""
stop_portal() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
    fi
    app_pid=""
}
cleanup() {
    local status=$?
    memory_stop
    stop_portal
    # A failed run says why: the end of the portal's log (the temporary folder is removed below).
    if [ "$status" -ne 0 ] && [ -s "$tmp/app.log" ]; then
        echo "--- last lines of the portal's log ---" >&2
        tail -n 60 "$tmp/app.log" >&2
    fi
    if [ -n "$nginx_pid" ] && kill -0 "$nginx_pid" 2>/dev/null; then
        kill -QUIT "$nginx_pid" 2>/dev/null || true
        wait "$nginx_pid" 2>/dev/null || true
    fi
    rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$APP_PORT" "$NGINX_PORT"; do
    if port_in_use "$port"; then
        echo "Port $port on 127.0.0.1 is already in use; stop it or set APP_PORT / NGINX_PORT." >&2
        exit 1
    fi
done

echo "Publishing Release to $tmp/app..."
dotnet publish "$root/src/ImgPortal.Web/ImgPortal.Web.csproj" --configuration Release \
    --output "$tmp/app" -p:UseAppHost=false --nologo -v quiet >"$tmp/publish.log" 2>&1 \
    || { cat "$tmp/publish.log" >&2; exit 1; }

# start_portal DB: the published portal in Production on a fresh SQLite file (migrated and seeded at start).
# Started as bench_portal_env says (lib.sh); the log-in rate limits are lifted so the log-in row measures log-ins, not 429s.
read -ra portal_gc <<<"${PORTAL_GC:-}"
start_portal() {
    local db="$1"
    (
        cd "$tmp/app"
        bench_portal_env "$db" "http://127.0.0.1:$APP_PORT" "$tmp/mail"
        exec env "${PORTAL_ENV[@]}" \
            Seed__AdminEmail=bench-admin@bench.example \
            Seed__AdminPassword="$PASSWORD" \
            Reminders__Enabled=false \
            SourceWatch__Enabled=false \
            RateLimits__LogInPerClient__PermitLimit=100000 \
            RateLimits__LogInPerAccount__PermitLimit=100000 \
            "${portal_gc[@]}" \
            dotnet ImgPortal.Web.dll
    ) >"$tmp/app.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 1 240); do
        curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/health/ready" 2>/dev/null && break
        kill -0 "$app_pid" 2>/dev/null || { echo "The portal exited during start:" >&2; cat "$tmp/app.log" >&2; exit 1; }
        sleep 0.5
    done
    grep -q "Now listening on: http://127.0.0.1:$APP_PORT" "$tmp/app.log" \
        || { echo "The portal did not start:" >&2; cat "$tmp/app.log" >&2; exit 1; }
}

# generate DB MEMBERS MENTORS PAGES
generate() {
    sqlite3 "$1" -cmd ".parameter set @members $2" -cmd ".parameter set @mentors $3" -cmd ".parameter set @pages $4" \
        <"$root/bench/generate.sql" >/dev/null
}

# measure NAME URL [LUA] [extra wrk args...]: warm-up, then the measured run; prints "rps p50 p99 errors".
raw="$results/run-$(date -u +%Y%m%dT%H%M%SZ).txt"
measure() {
    local name="$1" url="$2" lua="${3:-}" out
    local script=()
    [ -n "$lua" ] && script=(-s "$lua")
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${script[@]}" "${@:4}" "$url" >/dev/null
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${script[@]}" "${@:4}" "$url" 2>&1)" || true
    { echo; echo "## $name  $url $lua"; echo "$out"; } >>"$raw"
    if ! grep -q '^Requests/sec:' <<<"$out"; then
        # Never a silent 0 in the table: say what wrk said.
        echo "wrk measured nothing for $name: $(tail -n 3 <<<"$out" | tr '\n' ' ')" >&2
    fi
    wrk_fields "$out"
}

peak_rss_mb() { awk '/^VmHWM:/ {printf "%.0f", $2 / 1024}' "/proc/$app_pid/status"; }

stamp="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
echo "# bench/run.sh $stamp  $MEMBERS members, $MENTORS mentors, $PAGES pages; wrk -t$THREADS -c$CONNECTIONS -d$DURATION ($(nproc) CPUs, load $load)" >"$raw"

db="$tmp/main.db"
echo "Starting the portal on 127.0.0.1:$APP_PORT (Production)..."
start_portal "$db"
echo "Generating $MEMBERS members, $MENTORS mentors, $PAGES guidance pages with revisions..."
generate "$db" "$MEMBERS" "$MENTORS" "$PAGES"
stop_portal
start_portal "$db"    # a clean start on the full data set: nothing cached, statistics fresh
memory_dir="$results/memory-$(date -u +%Y%m%dT%H%M%SZ)"
if [ "${MEMORY:-0}" = 1 ]; then
    memory_tools "$root"
    memory_start "$app_pid" "$memory_dir"
fi

app="http://127.0.0.1:$APP_PORT"
echo "Copying the exact bytes of /residency and / for nginx..."
mkdir -p "$tmp/nginx/www" "$tmp/nginx/logs"
curl -fsS -o "$tmp/nginx/www/residency" "$app/residency"
curl -fsS -o "$tmp/nginx/www/index.html" "$app/"
chmod 755 "$tmp" "$tmp/nginx" "$tmp/nginx/www"    # nginx's workers run as another user
chmod 644 "$tmp/nginx/www/residency" "$tmp/nginx/www/index.html"
cat >"$tmp/nginx/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    default_type text/html;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $tmp/nginx/www;
    }
}
CONF
"$NGINX" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 20); do
    curl -fsS -o /dev/null "http://127.0.0.1:$NGINX_PORT/residency" 2>/dev/null && break
    sleep 0.25
done
curl -fsSI "http://127.0.0.1:$NGINX_PORT/residency" | grep -qi '^server: nginx' \
    || { echo "nginx did not start on 127.0.0.1:$NGINX_PORT" >&2; cat "$tmp/nginx/logs/error.log" >&2; exit 1; }

echo "Logging in a member for the roadmap, and preparing the log-in form..."
login_page="$(curl -fsS -c "$tmp/login.cookies" "$app/Identity/Account/Login")"
token="$(grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' <<<"$login_page" | head -n 1 | sed 's/.*value="\([^"]*\)"/\1/')"
antiforgery="$(awk '$6 ~ /^\.AspNetCore\.Antiforgery/ {print $6 "=" $7}' "$tmp/login.cookies")"
body="Input.Email=member1%40bench.example&Input.Password=$(sed 's/ /+/g' <<<"$PASSWORD")&__RequestVerificationToken=$token"
curl -fsS -o /dev/null -b "$tmp/login.cookies" -c "$tmp/member.cookies" -d "$body" "$app/Identity/Account/Login"
auth="$(awk '$6 == "ImgPortal.Auth" {print $6 "=" $7}' "$tmp/member.cookies")"
[ -n "$auth" ] || { echo "Logging in the bench member failed" >&2; exit 1; }
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $auth" "$app/roadmap")" = 200 ] \
    || { echo "The signed-in roadmap did not answer 200" >&2; exit 1; }

echo "Measuring (warm-up $WARMUP, then $DURATION each)..."
nginx_page="$(measure "nginx /residency" "http://127.0.0.1:$NGINX_PORT/residency")"
nginx_home="$(measure "nginx /" "http://127.0.0.1:$NGINX_PORT/")"
page="$(measure "portal /residency" "$app/residency")"
home="$(measure "portal /" "$app/")"
search="$(measure "portal search" "$app/" "$root/bench/search.lua")"
directory="$(measure "portal directory" "$app/" "$root/bench/directory.lua")"
roadmap="$(measure "portal roadmap" "$app/roadmap" "" -H "Cookie: $auth")"
# Each log-in hashes the password (PBKDF2, about 0.1-0.2 s of CPU here): at $CONNECTIONS connections on 2 CPUs every
# answer takes longer than wrk's 2 s timeout and the run counted nothing. Fewer connections, a longer timeout.
login="$(BENCH_LOGIN_BODY="$body" BENCH_LOGIN_COOKIE="$antiforgery" measure "portal log-in" "$app/Identity/Account/Login" "$root/bench/login.lua" -c "$LOGIN_CONNECTIONS" --timeout 10s)"
peak="$(peak_rss_mb)"
if [ "${MEMORY:-0}" = 1 ]; then
    memory_stop    # before the dump, whose full collection and own memory are not the load's
    memory_gcdump "$app_pid" "$memory_dir" || echo "dotnet-gcdump failed: see $memory_dir/gcdump.log" >&2
fi

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }
row() {
    local name="$1" fields="$2" reference="$3" rps p50 p99 errors
    read -r rps p50 p99 errors <<<"$fields"
    printf '| %-36s | %10s | %8s | %8s | %6s | %7s |\n' "$name" "$rps" "$p50" "$p99" "$errors" "$(ratio "$rps" "${reference%% *}")"
}

{
    echo
    echo "$MEMBERS members, $MENTORS mentors, $PAGES guidance pages; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency;"
    echo "$(nproc) CPUs shared by wrk, nginx and the portal; load average before the run: $load; $stamp"
    echo
    printf '| %-36s | %10s | %8s | %8s | %6s | %7s |\n' "target" "requests/s" "p50 ms" "p99 ms" "errors" "x nginx"
    printf '|%s|%s|%s|%s|%s|%s|\n' "--------------------------------------" "-----------:" "---------:" "---------:" "-------:" "--------:"
    row "nginx, bytes of /residency" "$nginx_page" "$nginx_page"
    row "nginx, bytes of /" "$nginx_home" "$nginx_home"
    row "guidance page /residency" "$page" "$nginx_page"
    row "home page /" "$home" "$nginx_home"
    row "search, 20 terms varied" "$search" "$nginx_page"
    row "directory, filters varied ($MENTORS)" "$directory" "$nginx_page"
    row "signed-in member's /roadmap" "$roadmap" "$nginx_page"
    row "log-in (POST, hashed, -c$LOGIN_CONNECTIONS)" "$login" "$nginx_page"
    echo
    echo "Portal peak memory (VmHWM) over the run: $peak MB${PORTAL_GC:+ (started with $PORTAL_GC)}"
    if [ "${MEMORY:-0}" = 1 ]; then memory_report "$memory_dir"; fi
} | tee "$tmp/table.txt"
stop_portal

echo
echo "The directory at each size (filters varied per request)..."
scale_rows=()
first_p99=""
for size in $SCALES; do
    sdb="$tmp/scale-$size.db"
    start_portal "$sdb"
    generate "$sdb" 0 "$size" 0
    fields="$(measure "directory $size" "$app/" "$root/bench/directory.lua")"
    peak_scale="$(peak_rss_mb)"
    stop_portal
    read -r rps p50 p99 errors <<<"$fields"
    [ -z "$first_p99" ] && first_p99="$p99"
    scale_rows+=("$(printf '| %9s | %10s | %8s | %8s | %6s | %6s | %8s |' "$size" "$rps" "$p50" "$p99" "$errors" \
        "$(awk -v a="$p99" -v b="$first_p99" 'BEGIN { printf "%.2f", a / b }')" "$peak_scale")")
done
{
    echo
    printf '| %9s | %10s | %8s | %8s | %6s | %6s | %8s |\n' "mentors" "requests/s" "p50 ms" "p99 ms" "errors" "p99 x" "peak MB"
    printf '|%s|%s|%s|%s|%s|%s|%s|\n' "----------:" "-----------:" "---------:" "---------:" "-------:" "-------:" "---------:"
    printf '%s\n' "${scale_rows[@]}"
    echo
    echo "p99 x: the p99 latency as a multiple of the first size's. Raw wrk output: ${raw#"$root"/}"
} | tee -a "$tmp/table.txt"
cp "$tmp/table.txt" "$results/last-table.md"
