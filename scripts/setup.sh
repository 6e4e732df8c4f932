#!/usr/bin/env bash
# Installs what CĐS Explorer needs and is missing; skips everything already present.
#   scripts/setup.sh             build tools: wasm32 target, Trunk, wasm-bindgen, npm packages
#   scripts/setup.sh --browsers  and Debian's Chromium + ChromeDriver for the browser tests
# Source it (`. scripts/setup.sh`) to get the tools on PATH in the calling shell.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

TRUNK_VERSION=0.21.14
WASM_BINDGEN_VERSION=0.2.130
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"

say() { printf '==> %s\n' "$*"; }
missing() { ! command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_install() {
  say "installing Debian packages: $*"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "$@" >/dev/null
}

if missing cargo || missing rustup; then
  echo "Rust (rustup, cargo) is required: https://rustup.rs" >&2
  exit 1
fi
if missing cc; then
  apt_install build-essential  # a C linker and compiler, which some crates need
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q "$TRUNK_VERSION"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q "$WASM_BINDGEN_VERSION"; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi
if missing npm; then
  apt_install nodejs npm
fi
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 20 ]; then
  echo "Node.js 20 or newer is required (found $(node --version 2>/dev/null || echo none))" >&2
  exit 1
fi
if ! npm ls --depth=0 >/dev/null 2>&1; then
  say "installing npm packages from package-lock.json (binaryen for wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi
if [ "${1:-}" = "--browsers" ]; then
  if missing chromium || missing chromedriver; then
    apt_install chromium chromium-driver
  fi
  if missing python3; then
    apt_install python3  # the end-to-end tests read the downloaded CSV with Python's csv module
  fi
fi
say "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
