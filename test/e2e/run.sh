#!/usr/bin/env bash
# `npm run test:e2e`: real servers nobody on the team wrote (Debian's Postfix, an authoritative DNS
# server), installed by the test/e2e/setup-*.sh scripts, then the *.e2e.test.ts suites against them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
npm run build
# Postfix's port: free on 127.0.0.1 now, so that two runs on one host do not clash (or as given).
MAILMEDIC_E2E_POSTFIX_PORT="${MAILMEDIC_E2E_POSTFIX_PORT:-$(node test/e2e/free-port.mjs)}"
export MAILMEDIC_E2E_POSTFIX_PORT
echo "== Postfix e2e port: 127.0.0.1:$MAILMEDIC_E2E_POSTFIX_PORT"
shopt -s nullglob
for setup in test/e2e/setup-*.sh; do
  echo "== $setup"
  bash "$setup"
done
npx vitest run --config vitest.e2e.config.ts
