#!/bin/sh
# Makes sure Debian's Chromium is at /usr/bin/chromium, for the HTML report's browser check
# (test/browser/html-report.check.ts) and its benchmark (bench/html.ts). Installs it with apt-get when
# it is missing; needs root for that, and says so otherwise. SWAPLEDGER_CHROMIUM names another
# binary to use instead (then nothing is installed).
set -eu

chromium="${SWAPLEDGER_CHROMIUM:-/usr/bin/chromium}"

if [ -x "$chromium" ]; then
  echo "chromium: $chromium is present ($("$chromium" --version 2>/dev/null || echo 'version unknown'))"
  exit 0
fi

if [ -n "${SWAPLEDGER_CHROMIUM:-}" ]; then
  echo "chromium: SWAPLEDGER_CHROMIUM=$chromium is not an executable file" >&2
  exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "chromium: $chromium is missing and apt-get is not available; install Chromium by hand," >&2
  echo "  or point SWAPLEDGER_CHROMIUM at a Chromium or Chrome binary" >&2
  exit 1
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "chromium: $chromium is missing; installing it needs root. Run as root:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends chromium" >&2
  echo "  (or point SWAPLEDGER_CHROMIUM at a Chromium or Chrome binary)" >&2
  exit 1
fi

echo "chromium: $chromium is missing; installing Debian's chromium package"
export DEBIAN_FRONTEND=noninteractive
apt-get update
apt-get install -y --no-install-recommends chromium

if [ ! -x "$chromium" ]; then
  echo "chromium: apt-get finished but $chromium is still missing" >&2
  exit 1
fi
echo "chromium: installed ($("$chromium" --version 2>/dev/null || echo 'version unknown'))"
