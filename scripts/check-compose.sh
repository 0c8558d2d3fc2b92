#!/usr/bin/env bash
# Validates docker-compose.yml without a Docker engine: the file must resolve with the example
# settings, and must refuse to resolve when MSSQL_SA_PASSWORD is missing. Installs Debian's
# docker-compose if it is not there. Run from anywhere: bash scripts/check-compose.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

if ! command -v docker-compose >/dev/null 2>&1; then
    echo "Installing docker-compose from Debian..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker-compose >/dev/null
fi

echo "docker-compose config with .env.example..."
docker-compose --env-file .env.example config --quiet
echo "  ok"

echo "docker-compose config without a password must fail..."
empty_env="$(mktemp)"
trap 'rm -f "$empty_env"' EXIT
if output="$(env -u MSSQL_SA_PASSWORD docker-compose --env-file "$empty_env" config --quiet 2>&1)"; then
    echo "  FAILED: the compose file resolved without MSSQL_SA_PASSWORD" >&2
    exit 1
fi
if ! grep -q "set it in .env" <<<"$output"; then
    echo "  FAILED: expected the 'set it in .env' message, got:" >&2
    echo "$output" >&2
    exit 1
fi
echo "  ok (refused: set it in .env)"

echo "No password literal in docker-compose.yml..."
if grep -nE '(PASSWORD|Password)[=:] *[^$ ]' docker-compose.yml | grep -vE '^[0-9]+:[[:space:]]*#' | grep -vE '\$\{[A-Z_]+' ; then
    echo "  FAILED: a literal password appears above" >&2
    exit 1
fi
echo "  ok"
