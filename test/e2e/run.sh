#!/usr/bin/env bash
# `npm run test:e2e`: real servers nobody on the team wrote (Debian's Postfix, an authoritative DNS
# server), installed by the test/e2e/setup-*.sh scripts, then the *.e2e.test.ts suites against them.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
npm run build
shopt -s nullglob
for setup in test/e2e/setup-*.sh; do
  echo "== $setup"
  bash "$setup"
done
npx vitest run --config vitest.e2e.config.ts
