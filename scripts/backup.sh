#!/usr/bin/env bash
# Online backup of the portal's SQLite database while the portal keeps running: SQLite's own backup
# (sqlite3 ".backup"), a consistent copy that includes what is still in the -wal file. Installs sqlite3
# from Debian if it is missing. Prints the path of the backup and checks it (PRAGMA integrity_check).
#
#   bash scripts/backup.sh [database] [backup folder]
#   defaults: src/ImgPortal.Web/App_Data/imgportal.db  backups/
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
database="${1:-$root/src/ImgPortal.Web/App_Data/imgportal.db}"
folder="${2:-$root/backups}"

if ! command -v sqlite3 >/dev/null 2>&1; then
    echo "Installing sqlite3 from Debian..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
fi
if [ ! -f "$database" ]; then
    echo "No database at $database" >&2
    exit 1
fi

mkdir -p "$folder"
target="$folder/imgportal-$(date -u +%Y%m%dT%H%M%SZ).db"
# .timeout: wait for a writer to finish rather than fail; .backup copies page by page under a read lock.
sqlite3 "$database" ".timeout 30000" ".backup '$target'"
check="$(sqlite3 "$target" "PRAGMA integrity_check;")"
if [ "$check" != "ok" ]; then
    echo "The backup failed its integrity check: $check" >&2
    exit 1
fi
echo "$target"
