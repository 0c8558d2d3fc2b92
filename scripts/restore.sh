#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh as the portal's SQLite database. Stop the portal first (or
# point a fresh portal at the restored file): the restore replaces the file and removes stale -wal/-shm
# files, and keeps the replaced database beside it as <name>.replaced-<time>.
#
#   bash scripts/restore.sh BACKUP [database]
#   default database: src/ImgPortal.Web/App_Data/imgportal.db
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
backup="${1:?usage: scripts/restore.sh BACKUP [database]}"
database="${2:-$root/src/ImgPortal.Web/App_Data/imgportal.db}"

if ! command -v sqlite3 >/dev/null 2>&1; then
    echo "Installing sqlite3 from Debian..." >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
fi
check="$(sqlite3 "file:$backup?mode=ro" "PRAGMA integrity_check;")"
if [ "$check" != "ok" ]; then
    echo "The backup failed its integrity check: $check" >&2
    exit 1
fi

mkdir -p "$(dirname "$database")"
if [ -f "$database" ]; then
    mv "$database" "$database.replaced-$(date -u +%Y%m%dT%H%M%SZ)"
fi
rm -f "$database-wal" "$database-shm"
cp "$backup" "$database.restoring"
mv "$database.restoring" "$database"
echo "Restored $backup to $database"
