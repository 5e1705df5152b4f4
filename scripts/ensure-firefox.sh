#!/usr/bin/env bash
# Makes sure Debian's Firefox ESR is there for the Firefox end-to-end layer. As root with apt-get
# it installs the package; otherwise it says what to do and fails (the layer never passes
# silently without a browser). FIREFOX_PATH names another binary.
set -euo pipefail
if [ -n "${FIREFOX_PATH:-}" ]; then
  [ -x "$FIREFOX_PATH" ] && exit 0
  echo "FIREFOX_PATH=$FIREFOX_PATH is not an executable file." >&2
  exit 1
fi
for candidate in /usr/bin/firefox-esr /usr/lib/firefox-esr/firefox-esr; do
  [ -x "$candidate" ] && exit 0
done
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Firefox ESR is missing: installing Debian's firefox-esr package for the end-to-end tests."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq firefox-esr >/dev/null
  exit 0
fi
echo "Firefox ESR is missing. Install it with 'sudo apt-get install -y firefox-esr' (Debian/Ubuntu)," >&2
echo "or set FIREFOX_PATH to a Firefox (ESR 140 or newer) binary." >&2
exit 1
