#!/usr/bin/env bash
# Runs the Firefox end-to-end layer (vitest.e2e.firefox.config.ts) after building the MV2 add-on.
#
# Firefox reads the system policy file /etc/firefox/policies/policies.json, shared by every
# Firefox on the machine. As root, the layer runs in a private mount namespace (unshare -m) with
# an empty tmpfs over that directory (and over the install's distribution/ directory, the other
# place Firefox looks), so the tests can write policies.json without touching, or being touched
# by, the machine's own policy; VERTRAULICH_FIREFOX_POLICY_DIR tells them where to write. Without
# root (or where unshare is refused), the policies.json tests are skipped with a note and the per-user form
# ($HOME/.mozilla/managed-storage/, a private HOME per launch) is tested alone.
set -euo pipefail
cd "$(dirname "$0")/.."

# A container without CAP_SYS_ADMIN refuses unshare even to root: then run as a normal user would.
if [ -z "${VERTRAULICH_FIREFOX_POLICY_DIR:-}" ] && [ "$(id -u)" = 0 ] && unshare -m true 2>/dev/null; then
  bash scripts/ensure-firefox.sh
  npm run build:firefox
  mkdir -p /etc/firefox/policies
  exec unshare -m bash -c '
    set -e
    mount -t tmpfs tmpfs /etc/firefox/policies
    if [ -d /usr/lib/firefox-esr/distribution ]; then mount -t tmpfs tmpfs /usr/lib/firefox-esr/distribution; fi
    export VERTRAULICH_FIREFOX_POLICY_DIR=/etc/firefox/policies
    exec npx vitest run --config vitest.e2e.firefox.config.ts "$@"
  ' bash "$@"
fi

bash scripts/ensure-firefox.sh
npm run build:firefox
if [ -z "${VERTRAULICH_FIREFOX_POLICY_DIR:-}" ]; then
  echo "Not root, or unshare -m refused: the policies.json tests are skipped; the per-user policy form is tested." >&2
fi
exec npx vitest run --config vitest.e2e.firefox.config.ts "$@"
