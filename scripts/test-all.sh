#!/usr/bin/env bash
# The whole test suite, from a machine that has only Node 20 and npm (after `npm ci`):
# installs the Debian packages the tests need when they are missing, then runs `npm test`
# (unit, syntax against Pandoc, grammar, CLI, host, protocol), the rendered pages' screenshots, and
# `npm run test:editor` (the real VS Code).
set -euo pipefail
cd "$(dirname "$0")/.."

# Each command the tests run, and the Debian package that provides it.
declare -A provides=([pandoc]=pandoc [chromium]=chromium [rg]=ripgrep [krb5-config]=libkrb5-dev [make]=build-essential [g++]=build-essential [python3]=python3)
missing=()
for tool in "${!provides[@]}"; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("${provides[$tool]}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  packages="$(printf '%s\n' "${missing[@]}" | sort -u | tr '\n' ' ')"
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "test-all: the tests need these Debian packages: $packages; install them (apt-get install -y $packages) and run again." >&2
    exit 2
  fi
  echo "Installing $packages with apt-get..."
  apt-get update -qq
  # shellcheck disable=SC2086 # The package list is meant to split into words.
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $packages
fi

npm test
# Screenshots of `gloss render` for both samples in light and dark, for a person to look at (test-artifacts/render/).
node test/render/screenshots.mjs
npm run test:editor
