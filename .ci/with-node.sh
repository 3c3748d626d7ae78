#!/usr/bin/env bash
# Runs a command with the Node that .node-version names first on PATH, so that it and every
# Node process it starts run there: `npm test` and `npm run demo` on a machine whose own `node`
# is older (the AWS SDK warns below Node 22) fetch it once through .ci/node.sh.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
node_bin="$("$root/.ci/node.sh" "$(cat "$root/.node-version")")"
PATH="$(dirname "$node_bin"):$PATH" exec "$@"
