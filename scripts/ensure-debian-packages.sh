#!/usr/bin/env bash
# Makes sure the Debian packages that code-server and the browser tests need are there:
# ripgrep (VS Code's search), chromium (the e2e browser) and libkrb5-dev (to build one of
# code-server's native modules). Installs them as root with apt-get; otherwise says how.
set -euo pipefail

missing=()
command -v rg >/dev/null 2>&1 || missing+=(ripgrep)
[ -n "${CHROMIUM_PATH:-}" ] || command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if command -v dpkg >/dev/null 2>&1 && ! dpkg -s libkrb5-dev >/dev/null 2>&1; then missing+=(libkrb5-dev); fi
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-debian-packages: installing ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends "${missing[@]}" >&2
else
  echo "Newsroom Lens needs these Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
