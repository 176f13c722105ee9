#!/usr/bin/env bash
# Installs everything the build and the tests need, skipping whatever is
# already present at the right version. Safe to run any number of times.
# Called by `make setup` (which `make demo`, `make test` and `make bench` use).
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf 'setup: %s\n' "$*" >&2; }
export PATH="$HOME/.cargo/bin:$PATH"

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock exactly.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
[ -n "$bindgen_version" ] || { log "cannot read the wasm-bindgen version from Cargo.lock"; exit 1; }

for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    log "adding the $component component"
    rustup component add "$component"
  fi
done

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$bindgen_version" ]; then
  log "installing wasm-bindgen-cli $bindgen_version (a few minutes)"
  # No --locked: the registry mirror can lack an exact locked transitive version.
  cargo install --force wasm-bindgen-cli --version "$bindgen_version"
fi

if ! command -v wasm-pack >/dev/null; then
  log "installing wasm-pack (a few minutes)"
  cargo install wasm-pack
fi

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  log "installing Debian chromium and chromium-driver"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium chromium-driver
fi

# Unicode's emoji-data.txt, which scripts/gen_emoji.py reads and a test
# compares the checked-in emoji table with (a build-time input, not shipped).
if [ ! -f /usr/share/unicode/emoji/emoji-data.txt ]; then
  log "installing Debian unicode-data"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq unicode-data
fi

# npm dev tools (wasm-opt from binaryen, playwright-core, benchmark peers).
# Reinstall only when package-lock.json changed since the last install.
stamp=www/node_modules/.arah-installed
if [ ! -f "$stamp" ] || [ www/package-lock.json -nt "$stamp" ]; then
  log "installing npm dev tools"
  (cd www && npm ci --no-audit --no-fund --loglevel=error)
  touch "$stamp"
fi

log "ready: $(wasm-bindgen --version), $(wasm-pack --version), $(/usr/bin/chromium --version 2>/dev/null | head -1)"
