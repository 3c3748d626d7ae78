#!/usr/bin/env bash
# Prints the path of a Node 24 binary, the runtime action.yml declares (`using: node24`), so that
# the end-to-end tests can run dist/index.js on it (AWS_CERT_WATCH_NODE="$(.ci/node24.sh)").
exec "$(dirname "$0")/node.sh" 24
