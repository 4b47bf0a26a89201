#!/usr/bin/env bash
# Runs every test: lint, types, unit, contract/integration, API end-to-end and browser tests.
# Installs Debian's chromium for the browser tests when missing (as root), or says how to.
set -euo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_NO_ANALYTICS=true

chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$chrome" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing chromium for the browser tests…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "The browser tests need Chromium. Install it once with:" >&2
    echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
    echo "(or point CHROME_PATH at a Chromium/Chrome binary)" >&2
    exit 1
  fi
fi

npm run lint
npm run typecheck
npm run build
npx jest --selectProjects unit int e2e
npx jest --selectProjects browser --runInBand
