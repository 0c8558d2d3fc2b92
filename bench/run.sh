#!/usr/bin/env bash
# A short, bounded load test of the published portal on loopback, with nginx serving a static file as a
# baseline. Installs wrk and nginx from Debian if missing, publishes Release to a temp folder, runs the
# app on 127.0.0.1:5098 with Production settings and a throw-away SQLite database, measures a few pages
# with wrk, prints a table, and stops everything it started. See bench/README.md.
#
#   bash bench/run.sh                 # defaults: 2 threads, 16 connections, 10 s per target
#   DURATION=30s CONNECTIONS=64 bash bench/run.sh
set -euo pipefail

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"
APP_PORT="${APP_PORT:-5098}"
NGINX_PORT="${NGINX_PORT:-}"          # default: the first free port from 18090 up

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
results="$root/bench/results"          # git-ignored: raw wrk output of the last run
mkdir -p "$results"

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
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
cleanup() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
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
if port_in_use "$APP_PORT"; then
    echo "Port $APP_PORT on 127.0.0.1 is already in use; stop it or set APP_PORT." >&2
    exit 1
fi
if [ -z "$NGINX_PORT" ]; then
    for candidate in $(seq 18090 18190); do
        if ! port_in_use "$candidate"; then NGINX_PORT="$candidate"; break; fi
    done
fi

echo "Publishing Release to $tmp/app..."
dotnet publish "$root/src/ImgPortal.Web/ImgPortal.Web.csproj" --configuration Release \
    --output "$tmp/app" -p:UseAppHost=false --nologo -v quiet >"$tmp/publish.log" 2>&1 \
    || { cat "$tmp/publish.log" >&2; exit 1; }

echo "Starting the portal on 127.0.0.1:$APP_PORT (Production, temp SQLite, pickup e-mail)..."
(
    cd "$tmp/app"   # content root and working directory: logs/ lands here, inside the temp folder
    exec env \
        ASPNETCORE_ENVIRONMENT=Production \
        ASPNETCORE_URLS="http://127.0.0.1:$APP_PORT" \
        Database__Provider=Sqlite \
        ConnectionStrings__ImgPortal="Data Source=$tmp/imgportal.db" \
        Portal__PublicBaseUrl="http://127.0.0.1:$APP_PORT" \
        Email__Delivery=Pickup \
        Email__PickupDirectory="$tmp/mail" \
        Seed__AdminEmail= \
        Seed__AdminPassword= \
        dotnet ImgPortal.Web.dll
) >"$tmp/app.log" 2>&1 &
app_pid=$!

for _ in $(seq 1 120); do
    if curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/health/live" 2>/dev/null; then
        break
    fi
    if ! kill -0 "$app_pid" 2>/dev/null; then
        echo "The portal exited during start:" >&2
        cat "$tmp/app.log" >&2
        exit 1
    fi
    sleep 0.5
done
curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/health/live" \
    || { echo "The portal did not answer /health/live within 60 s" >&2; cat "$tmp/app.log" >&2; exit 1; }
# Make sure the answer came from our process, not from something that took the port meanwhile.
kill -0 "$app_pid" 2>/dev/null && grep -q "Now listening on: http://127.0.0.1:$APP_PORT" "$tmp/app.log" \
    || { echo "Port $APP_PORT answered, but not from the portal this script started:" >&2; cat "$tmp/app.log" >&2; exit 1; }

echo "Starting nginx on 127.0.0.1:$NGINX_PORT (baseline: site.css as a static file)..."
mkdir -p "$tmp/nginx/logs"
cat >"$tmp/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    include /etc/nginx/mime.types;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $root/src/ImgPortal.Web/wwwroot;
    }
}
EOF
"$NGINX" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" &
nginx_pid=$!
for _ in $(seq 1 20); do
    curl -fsS -o /dev/null "http://127.0.0.1:$NGINX_PORT/css/site.css" 2>/dev/null && break
    sleep 0.25
done
if ! kill -0 "$nginx_pid" 2>/dev/null \
    || ! curl -fsSI "http://127.0.0.1:$NGINX_PORT/css/site.css" 2>/dev/null | grep -qi '^server: nginx'; then
    echo "nginx did not start on 127.0.0.1:$NGINX_PORT (port taken?)" >&2
    cat "$tmp/nginx/logs/error.log" >&2 2>/dev/null || true
    exit 1
fi

targets=(
    "portal /|http://127.0.0.1:$APP_PORT/"
    "portal /residency|http://127.0.0.1:$APP_PORT/residency"
    "portal /search?q=waiver|http://127.0.0.1:$APP_PORT/search?q=waiver"
    "portal /health|http://127.0.0.1:$APP_PORT/health"
    "portal /css/site.css|http://127.0.0.1:$APP_PORT/css/site.css"
    "nginx /css/site.css|http://127.0.0.1:$NGINX_PORT/css/site.css"
)


stamp="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"   # other work on the machine skews the figures: say how much
raw="$results/wrk-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
    echo "# bench/run.sh $stamp  wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency  ($(nproc) CPUs, load average $load)"
} >"$raw"

rows=()
for target in "${targets[@]}"; do
    name="${target%%|*}"
    url="${target#*|}"
    status="$(curl -s -o /dev/null -w '%{http_code}' "$url")"
    echo "Measuring $name (HTTP $status): warm-up $WARMUP, then $DURATION..."
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")"
    { echo; echo "## $name  $url"; echo "$out"; } >>"$raw"

    rows+=("$(wrk_row "$name" "$status" "$out")")
done

echo
echo "wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $(nproc) CPUs shared by wrk and the server, $stamp"
echo "load average before the run: $load (1, 5, 15 min)"
echo
print_table "${rows[@]}"
echo
echo "Raw wrk output: ${raw#"$root"/}"
