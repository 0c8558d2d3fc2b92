#!/usr/bin/env bash
# The whole check, as CI runs it: installs Chromium, redis-server and sqlite3 if they are missing, starts Redis for the tests, restores, builds Release, verifies
# formatting, validates docker-compose.yml, runs every test project, and ends with one line: "N passed, N failed[, N skipped]".
# Needs only the .NET SDK (and apt, for Chromium, redis-server and sqlite3). Run from anywhere: bash scripts/test.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

SOLUTION=ImgPortal.sln
RESULTS=artifacts/test-results
CHROMIUM=/usr/bin/chromium

step() { printf '\n==> %s\n' "$*"; }

# Installs a Debian package when the command it provides is missing: install_debian_package COMMAND PACKAGE.
# COMMAND is a name on the PATH or an absolute path.
install_debian_package() {
    local command=$1 package=$2
    if command -v "$command" >/dev/null 2>&1; then
        return
    fi
    step "Installing $package from Debian"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo=(sudo)
        else
            echo "$package is missing ($command) and this user cannot install it (not root, no sudo)." >&2
            exit 1
        fi
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update </dev/null
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$package" </dev/null
}

# Starts a throw-away Redis on a free loopback port for the tests (IMGPORTAL_TEST_REDIS) and stops it on exit.
REDIS_PID=
start_redis() {
    local port
    port=$((20000 + RANDOM % 20000))
    while (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do
        port=$((20000 + RANDOM % 20000))
    done
    redis-server --port "$port" --bind 127.0.0.1 --save "" --appendonly no --daemonize no >/dev/null &
    REDIS_PID=$!
    trap 'if [ -n "$REDIS_PID" ]; then kill "$REDIS_PID" 2>/dev/null || true; fi' EXIT
    for _ in $(seq 1 50); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            export IMGPORTAL_TEST_REDIS="127.0.0.1:$port"
            echo "Redis for the tests on $IMGPORTAL_TEST_REDIS"
            return
        fi
        sleep 0.1
    done
    echo "redis-server did not start on port $port." >&2
    exit 1
}

# Prints the named attribute of a trx <Counters .../> element (0 when absent).
counter() {
    local value
    value=$(printf '%s\n' "$1" | sed -n "s/.* $2=\"\([0-9]*\)\".*/\1/p")
    echo "${value:-0}"
}

# The browser tests drive Debian's Chromium (Playwright's own browser download is not reachable here); the scale-out
# tests need a real Redis server, on loopback only; BackupRestoreTests run scripts/backup.sh and scripts/restore.sh,
# which use the sqlite3 command-line tool.
install_debian_package "$CHROMIUM" chromium
install_debian_package redis-server redis-server
install_debian_package sqlite3 sqlite3

step "Restoring tools and packages"
dotnet tool restore
dotnet restore "$SOLUTION"

step "Building (Release)"
dotnet build "$SOLUTION" -c Release --no-restore

step "Checking formatting"
dotnet format "$SOLUTION" --verify-no-changes --no-restore

step "Validating docker-compose.yml"
bash scripts/check-compose.sh </dev/null

step "Running tests"
start_redis
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
test_status=0
dotnet test "$SOLUTION" -c Release --no-build --results-directory "$RESULTS" --logger trx </dev/null || test_status=$?

passed=0
failed=0
skipped=0
trx_count=0
shopt -s nullglob
for trx in "$RESULTS"/*.trx "$RESULTS"/*/*.trx; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 || true)
    if [ -z "$counters" ]; then
        echo "No <Counters> in $trx: treating the run as failed." >&2
        test_status=1
        continue
    fi
    trx_count=$((trx_count + 1))
    passed=$((passed + $(counter "$counters" passed)))
    failed=$((failed + $(counter "$counters" failed) + $(counter "$counters" error) \
        + $(counter "$counters" timeout) + $(counter "$counters" aborted)))
    skipped=$((skipped + $(counter "$counters" notExecuted)))
done

if [ "$trx_count" -eq 0 ]; then
    echo "dotnet test wrote no trx results into $RESULTS." >&2
    test_status=1
fi

summary="$passed passed, $failed failed"
if [ "$skipped" -gt 0 ]; then
    summary="$summary, $skipped skipped"
fi
echo
echo "$summary"

if [ "$failed" -gt 0 ] || [ "$test_status" -ne 0 ]; then
    exit 1
fi
