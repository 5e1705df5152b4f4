#!/usr/bin/env bash
# Makes sure Debian's Chromium is there for the end-to-end layer. As root with apt-get it
# installs the package; otherwise it says what to do and fails (the e2e layer never passes
# silently without a browser). CHROMIUM_PATH names another binary.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] && exit 0
  echo "CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
  exit 1
fi
for candidate in /usr/bin/chromium /usr/lib/chromium/chromium; do
  [ -x "$candidate" ] && exit 0
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Chromium is missing: installing Debian's chromium package for the end-to-end tests."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is missing. Install it with 'sudo apt-get install -y chromium' (Debian/Ubuntu)," >&2
echo "or set CHROMIUM_PATH to a Chromium binary that accepts --load-extension." >&2
exit 1
