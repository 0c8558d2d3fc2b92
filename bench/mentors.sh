#!/usr/bin/env bash
# The mentor directory with 10,000 mentors: publishes the portal, starts it on 127.0.0.1 with a throw-away
# SQLite database (migrated at start), seeds 10,000 mentors (9,500 approved) with two languages each
# straight into that database with sqlite3, and measures filtered, deep pages of /mentoring/mentors with wrk.
# Figures, not a pass/fail test. See bench/README.md ("Mentor directory").
#
#   bash bench/mentors.sh                 # defaults: 2 threads, 16 connections, 10 s per target
#   DURATION=30s bash bench/mentors.sh
set -euo pipefail

THREADS="${THREADS:-2}"
CONNECTIONS="${CONNECTIONS:-16}"
DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"
APP_PORT="${APP_PORT:-5099}"
MENTORS="${MENTORS:-10000}"

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=bench/lib.sh
source "$root/bench/lib.sh"
results="$root/bench/results"
mkdir -p "$results"

missing=()
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
command -v sqlite3 >/dev/null 2>&1 || missing+=(sqlite3)
command -v curl >/dev/null 2>&1 || missing+=(curl)
if [ "${#missing[@]}" -gt 0 ]; then
    echo "Installing ${missing[*]} from Debian..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

tmp="$(mktemp -d -t imgportal-mentors.XXXXXX)"
app_pid=""
cleanup() {
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid" 2>/dev/null || true
        wait "$app_pid" 2>/dev/null || true
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

db="$tmp/imgportal.db"
echo "Starting the portal on 127.0.0.1:$APP_PORT (Production, temp SQLite)..."
(
    cd "$tmp/app"
    bench_portal_env "$db" "http://127.0.0.1:$APP_PORT" "$tmp/mail"
    exec env "${PORTAL_ENV[@]}" \
        Seed__AdminEmail= \
        Seed__AdminPassword= \
        dotnet ImgPortal.Web.dll
) >"$tmp/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 120); do
    curl -fsS -o /dev/null "http://127.0.0.1:$APP_PORT/health/live" 2>/dev/null && break
    kill -0 "$app_pid" 2>/dev/null || { cat "$tmp/app.log" >&2; exit 1; }
    sleep 0.5
done
grep -q "Now listening on: http://127.0.0.1:$APP_PORT" "$tmp/app.log" \
    || { echo "The portal did not start:" >&2; cat "$tmp/app.log" >&2; exit 1; }

echo "Seeding $MENTORS mentors..."
sqlite3 "$db" <<SQL
.timeout 10000
BEGIN;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $MENTORS)
INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, SecurityStamp,
    ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, CreatedAtUtc)
SELECT 'bench-' || i, 'mentor' || i || '@bench.example', 'MENTOR' || i || '@BENCH.EXAMPLE',
    'mentor' || i || '@bench.example', 'MENTOR' || i || '@BENCH.EXAMPLE', 1, hex(randomblob(16)), hex(randomblob(16)),
    0, 0, 1, 0, '2026-11-23 00:00:00' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $MENTORS)
INSERT INTO Mentors (UserId, DisplayName, Specialty, Hospital, County, State, HelpAreas, Capacity, MeetingPreference,
    Bio, ListInDirectory, ShowHospital, AgreedToTermsAtUtc, Status, StatusReason, AppliedAtUtc, Version)
SELECT 'bench-' || i, 'Dr Bench ' || printf('%05d', i),
    CASE WHEN i % 10 < 3 THEN 'Internal Medicine' ELSE
        CASE i % 7 WHEN 0 THEN 'Family Medicine' WHEN 1 THEN 'Pediatrics' WHEN 2 THEN 'Psychiatry' WHEN 3 THEN 'Neurology'
            WHEN 4 THEN 'General Surgery' WHEN 5 THEN 'Pathology' ELSE 'Radiology' END END,
    'Hospital ' || (i % 200), 'County ' || (i % 50),
    CASE i % 6 WHEN 0 THEN 'NY' WHEN 1 THEN 'NJ' WHEN 2 THEN 'CA' WHEN 3 THEN 'TX' WHEN 4 THEN 'IL' ELSE 'FL' END,
    1 + i % 31, 1 + i % 3, 'Video calls', 'A volunteer mentor.', 1, 1, '2026-11-23 00:00:00',
    CASE WHEN i % 20 = 0 THEN 'Pending' ELSE 'Approved' END, '', '2026-11-23 00:00:00', upper(hex(randomblob(16)))
FROM n;
INSERT INTO MentorLanguages (MentorId, Language) SELECT Id, 'English' FROM Mentors;
INSERT INTO MentorLanguages (MentorId, Language)
SELECT Id, CASE Id % 5 WHEN 0 THEN 'Spanish' WHEN 1 THEN 'Hindi' WHEN 2 THEN 'Arabic' WHEN 3 THEN 'Mandarin' ELSE 'Urdu' END FROM Mentors;
COMMIT;
SQL
echo "$(sqlite3 "$db" "SELECT count(*) FROM Mentors WHERE Status = 'Approved'") approved mentors."

base="http://127.0.0.1:$APP_PORT/mentoring/mentors"
targets=(
    "specialty, page 50|$base?specialty=Internal%20Medicine&page=50"
    "language+state, page 5|$base?language=Hindi&state=NY&page=5"
    "no filter, page 400|$base?page=400"
    "no filter, page 1|$base"
)


stamp="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
load="$(cut -d' ' -f1-3 /proc/loadavg)"
raw="$results/mentors-$(date -u +%Y%m%dT%H%M%SZ).txt"
echo "# bench/mentors.sh $stamp  $MENTORS mentors  wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency  ($(nproc) CPUs, load average $load)" >"$raw"

rows=()
for target in "${targets[@]}"; do
    name="${target%%|*}"
    url="${target#*|}"
    status="$(curl -s -o "$tmp/page.html" -w '%{http_code}' "$url")"
    found="$(grep -o '[0-9]* mentors found' "$tmp/page.html" | head -n 1 || true)"
    echo "Measuring $name (HTTP $status, $found): warm-up $WARMUP, then $DURATION..."
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
    out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$url")"
    { echo; echo "## $name  $url  ($found)"; echo "$out"; } >>"$raw"
    rows+=("$(wrk_row "$name" "$status" "$out")")
done

echo
echo "$MENTORS mentors; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $(nproc) CPUs shared by wrk and the server, $stamp"
echo "load average before the run: $load (1, 5, 15 min)"
echo
print_table "${rows[@]}"
echo
echo "Raw wrk output: ${raw#"$root"/}"
