#!/usr/bin/env bash
# Builds src/ImgPortal.Web/wwwroot/css/bootstrap-portal.min.css: Bootstrap 5.3.3 (wwwroot/lib/bootstrap, the
# untouched copy) without the selectors no view, C# file or portal script can emit (see ADR 0061).
# Installs PurgeCSS (one pinned version) into .tools/ (git-ignored). Run it after adding a Bootstrap class to a
# view, and commit its output: PageLoad/Layout browser tests show a page that lost a rule.
#   bash scripts/build-css.sh
set -euo pipefail

PURGECSS_VERSION=8.0.0

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tools="$root/.tools/purgecss"
purgecss="$tools/node_modules/.bin/purgecss"
out="$root/src/ImgPortal.Web/wwwroot/css/bootstrap-portal.min.css"

if [ ! -x "$purgecss" ] || [ "$("$purgecss" --version 2>/dev/null)" != "$PURGECSS_VERSION" ]; then
    echo "Installing PurgeCSS $PURGECSS_VERSION into ${tools#"$root"/}..."
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-save --no-fund --no-audit --loglevel=error "purgecss@$PURGECSS_VERSION" >/dev/null
fi

cd "$root"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# The account-management pages come compiled inside the Identity UI package, not as views in the repo: their
# markup is in the assembly as UTF-16 strings. Decoded to text (at both byte offsets), PurgeCSS reads it too.
version="$(sed -n 's#.*<AspNetCoreVersion>\(.*\)</AspNetCoreVersion>.*#\1#p' Directory.Packages.props)"
identity_ui="${NUGET_PACKAGES:-$HOME/.nuget/packages}/microsoft.aspnetcore.identity.ui/$version/lib/net10.0/Microsoft.AspNetCore.Identity.UI.dll"
[ -f "$identity_ui" ] || { echo "Missing $identity_ui: run dotnet restore first." >&2; exit 1; }
node -e 'const b = require("fs").readFileSync(process.argv[1]); process.stdout.write(b.toString("utf16le") + b.subarray(1).toString("utf16le"));' \
    "$identity_ui" >.tools/identity-ui-views.txt
"$purgecss" --config scripts/purgecss.config.cjs --output "$tmp"
# PurgeCSS keeps Bootstrap's license comment and minified rules; one file, named for the portal.
mv "$tmp/bootstrap.min.css" "$out"
echo "$(wc -c <src/ImgPortal.Web/wwwroot/lib/bootstrap/dist/css/bootstrap.min.css) -> $(wc -c <"$out") bytes: ${out#"$root"/}"
