#!/usr/bin/env bash
# Installs code-server (a real VS Code that runs on Node, from the npm registry) into a
# git-ignored cache folder, once. Its own postinstall downloads ripgrep from outside the
# npm registry, which fails on machines that reach only npm and Debian, so every step that
# would download is skipped and Debian's ripgrep is linked in instead.
set -euo pipefail

version=4.100.3
root="$(cd "$(dirname "$0")/.." && pwd)"
cache="$root/.vscode-test/code-server"
stamp="$cache/.installed-$version"
bin="$cache/node_modules/.bin/code-server"

bash "$root/scripts/ensure-debian-packages.sh"

if [ -f "$stamp" ] && [ -x "$bin" ]; then
  echo "$bin"
  exit 0
fi

rg_path="$(command -v rg)"
log() { echo "ensure-code-server: $*" >&2; }
mkdir -p "$cache"
cd "$cache"
[ -f package.json ] || echo '{"name":"code-server-cache","private":true}' > package.json
log "installing code-server@$version (one time, a few minutes)"
npm install --no-audit --no-fund --ignore-scripts "code-server@$version" >&2

cd "$cache/node_modules/code-server/lib/vscode"
log "installing VS Code's own dependencies"
npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$rg_path" node_modules/@vscode/ripgrep/bin/rg
log "building native modules"
npm_config_yes=true npm rebuild >&2
ln -sfn node_modules node_modules.asar
cd extensions
npm install --no-audit --no-fund --omit=dev >&2

cd "$cache"
npm rebuild argon2 >&2
touch "$stamp"
echo "$bin"
