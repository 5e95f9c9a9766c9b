#!/usr/bin/env bash
# Installs Debian's NSD (an authoritative DNS server nobody on the team wrote) for the DNS e2e tests.
# The tests start their own nsd on a loopback high port with their own config; the stock service must
# never start, so a policy-rc.d that exits 101 stops the package scripts from starting it.
set -euo pipefail
if command -v nsd >/dev/null 2>&1 || [ -x /usr/sbin/nsd ]; then
  echo "nsd already installed: $(/usr/sbin/nsd -v 2>&1 | head -n 1)"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "setup-dns.sh: installing nsd needs root (or install the nsd package yourself)" >&2
  exit 1
fi
policy=/usr/sbin/policy-rc.d
had_policy=0
if [ -e "$policy" ]; then had_policy=1; cp -p "$policy" "$policy.mailmedic-bak"; fi
restore() {
  if [ "$had_policy" -eq 1 ]; then mv -f "$policy.mailmedic-bak" "$policy"; else rm -f "$policy"; fi
}
trap restore EXIT
printf '#!/bin/sh\nexit 101\n' >"$policy"
chmod 755 "$policy"
export DEBIAN_FRONTEND=noninteractive
timeout 300 apt-get update -qq
timeout 300 apt-get install -y -qq --no-install-recommends nsd >/dev/null
# Belt and braces: no stock nsd left running on port 53.
if command -v systemctl >/dev/null 2>&1; then systemctl stop nsd >/dev/null 2>&1 || true; fi
echo "nsd installed: $(/usr/sbin/nsd -v 2>&1 | head -n 1)"
