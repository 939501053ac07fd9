#!/usr/bin/env bash
# Installs code-server (VS Code OSS served to a browser) for the editor tests in test/editor/.
# It lives in a cache folder outside the repository's node_modules because it is large (about 300 MB)
# and only the editor tests need it; a second run finds the stamp file and does nothing.
#
# It assumes a Debian machine with Node 20 that reaches only the npm registry and Debian's packages,
# where `apt-get install -y chromium libkrb5-dev ripgrep` has been run (CI's .ci/run does it).
#
# Usage: scripts/install-code-server.sh [DIR]   (default: .vscode-test/code-server, or $GLOSS_CODE_SERVER_DIR)
set -euo pipefail

# 4.100.3 (VS Code 1.100.3) is the newest code-server that runs on Node 20.
version=4.100.3
# The @vscode/ripgrep release that code-server 4.100.3 depends on, and the ripgrep build it downloads.
ripgrep_package_version=1.15.11
ripgrep_release=v13.0.0-10

root="$(cd "$(dirname "$0")/.." && pwd)"
dir="${1:-${GLOSS_CODE_SERVER_DIR:-$root/.vscode-test/code-server}}"
bin="$dir/node_modules/.bin/code-server"
stamp="$dir/installed-version"

fail() {
  echo "install-code-server: $*" >&2
  exit 1
}

if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$version" ] && [ -x "$bin" ]; then
  echo "code-server $version is already installed in $dir"
  exit 0
fi

# Every check below names what is missing before npm spends a minute failing on it.
command -v node >/dev/null 2>&1 || fail "node is not on PATH; code-server $version needs Node 20."
node_major="$(node -p 'process.versions.node.split(".")[0]')"
[ "$node_major" = 20 ] || fail "code-server $version needs Node 20, this is Node $(node --version)."
command -v npm >/dev/null 2>&1 || fail "npm is not on PATH."
command -v rg >/dev/null 2>&1 || fail "ripgrep is missing: run apt-get install -y ripgrep (its binary replaces the download @vscode/ripgrep would make)."
command -v krb5-config >/dev/null 2>&1 || fail "the Kerberos headers are missing: run apt-get install -y libkrb5-dev (code-server's kerberos module is compiled at install)."
for tool in make g++ python3; do
  command -v "$tool" >/dev/null 2>&1 || fail "$tool is missing: node-gyp needs it to compile code-server's native modules (apt-get install -y build-essential python3)."
done

case "$(uname -m)" in
  x86_64) ripgrep_target=x86_64-unknown-linux-musl ;;
  aarch64) ripgrep_target=aarch64-unknown-linux-musl ;;
  *) fail "no ripgrep cache layout is known for $(uname -m); only x86_64 and aarch64 are handled." ;;
esac

# @vscode/ripgrep's install step downloads ripgrep from GitHub, which these machines cannot reach.
# It first looks for the archive in this cache folder, so Debian's rg is packed there under the expected name.
cache="$(node -p 'require("os").tmpdir()')/vscode-ripgrep-cache-$ripgrep_package_version"
archive="$cache/ripgrep-$ripgrep_release-$ripgrep_target.tar.gz"
if [ ! -f "$archive" ]; then
  mkdir -p "$cache/x"
  cp "$(command -v rg)" "$cache/x/rg"
  tar czf "$archive" -C "$cache/x" rg
fi

mkdir -p "$dir"
rm -f "$stamp"
# A package.json of its own keeps npm from walking up to the repository's and installing into it.
[ -f "$dir/package.json" ] || printf '{ "name": "gloss-code-server", "private": true }\n' >"$dir/package.json"

echo "Installing code-server $version into $dir (about a minute, 300 MB)..."
# node-pty's install step runs npx, which would stop to ask; --unsafe-perm lets code-server's postinstall run as root.
(cd "$dir" && npm_config_yes=true npm install --no-save --unsafe-perm --no-audit --no-fund --no-package-lock "code-server@$version") ||
  fail "npm install code-server@$version failed; see npm's output above."

[ -x "$bin" ] || fail "npm finished but $bin does not exist."
# The postinstall installs VS Code's own modules; without them the workbench cannot start.
[ -e "$dir/node_modules/code-server/lib/vscode/node_modules.asar" ] ||
  fail "code-server's postinstall did not run (lib/vscode/node_modules.asar is missing); is npm skipping install scripts?"
[ -x "$dir/node_modules/code-server/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ] ||
  fail "@vscode/ripgrep has no rg binary; the cache at $cache was not used."
reported="$("$bin" --version | head -n 1 | cut -d ' ' -f 1)"
[ "$reported" = "$version" ] || fail "expected code-server $version, the installed one reports '$reported'."

echo "$version" >"$stamp"
echo "code-server $version installed in $dir"
