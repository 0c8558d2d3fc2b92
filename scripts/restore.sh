#!/usr/bin/env bash
# Restores a backup made by scripts/backup.sh as the portal's SQLite database. Stop the portal first (or
# point a fresh portal at the restored file). Before anything is replaced, the current database is copied
# with SQLite's own backup (sqlite3 ".backup", which includes the writes still only in its -wal file) to
# <name>.replaced-<time> and that copy is checked; only then are the old file and its -wal/-shm removed.
# A -wal or -shm left without its database is never deleted: it is kept as <name>-wal.orphaned-<time>.
#
#   bash scripts/restore.sh BACKUP [database]
#   default database: src/ImgPortal.Web/App_Data/imgportal.db
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
backup="${1:?usage: scripts/restore.sh BACKUP [database]}"
database="${2:-$root/src/ImgPortal.Web/App_Data/imgportal.db}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"

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
    # The safety copy: a plain copy or move of the .db file alone would miss every write still in the -wal.
    safety="$database.replaced-$stamp"
    if ! sqlite3 "$database" ".timeout 30000" ".backup '$safety'"; then
        echo "Could not copy the current database $database; nothing was replaced." >&2
        exit 1
    fi
    check="$(sqlite3 "$safety" "PRAGMA integrity_check;")"
    if [ "$check" != "ok" ]; then
        echo "The copy of the current database ($safety) failed its integrity check: $check; nothing was replaced." >&2
        exit 1
    fi
    echo "Kept the replaced database as $safety"
    # Everything in the old file and its -wal is in the checked copy: now they may go.
    rm -f "$database" "$database-wal" "$database-shm"
else
    # No database, but a -wal or -shm of one: it may hold committed data, so it is kept, not deleted. It must
    # not stay beside the restored file either (SQLite would replay it into the restored database).
    for suffix in -wal -shm; do
        if [ -f "$database$suffix" ]; then
            mv "$database$suffix" "$database$suffix.orphaned-$stamp"
            echo "Kept a left-over $database$suffix as $database$suffix.orphaned-$stamp" >&2
        fi
    done
fi
cp "$backup" "$database.restoring"
mv "$database.restoring" "$database"
echo "Restored $backup to $database"
