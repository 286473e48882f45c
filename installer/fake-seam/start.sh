#!/bin/sh
# Start Seam's fake server with FrontDesk's hotel-shaped state on 127.0.0.1:PORT (PORT 0 = any free port).
# Installs the pinned package from package-lock.json first if node_modules is missing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
port=${1:?usage: start.sh PORT}
if [ ! -d "$here/node_modules/@seamapi/fake-seam-connect" ]; then
  (cd "$here" && npm ci --no-audit --no-fund)
fi
PORT=$port exec node "$here/custom-fake.mjs"
