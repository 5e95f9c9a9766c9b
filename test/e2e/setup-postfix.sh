#!/usr/bin/env bash
# Installs Debian's Postfix for the /probe e2e test (test/e2e/postfix-probe.e2e.test.ts), which runs its
# own instance on 127.0.0.1:$MAILMEDIC_E2E_POSTFIX_PORT (a free port run.sh picks; the test picks one
# itself when it is unset) from a private config directory. Idempotent: nothing to do when
# Postfix is installed. The stock daemon is never started: a policy-rc.d that exits 101 stops package
# scripts from starting services during the install, and no configuration is chosen.
set -euo pipefail

if [ -x /usr/sbin/postfix ] && [ -x /usr/sbin/postconf ]; then
  echo "postfix: already installed ($(/usr/sbin/postconf -d -h mail_version 2>/dev/null || echo '?'))"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

POLICY=/usr/sbin/policy-rc.d
created_policy=0
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\n# mailmedic e2e: do not start services during package installs\nexit 101\n' | $SUDO tee "$POLICY" >/dev/null
  $SUDO chmod 755 "$POLICY"
  created_policy=1
fi
cleanup() {
  if [ "$created_policy" = 1 ]; then $SUDO rm -f "$POLICY"; fi
}
trap cleanup EXIT

export DEBIAN_FRONTEND=noninteractive
echo "postfix postfix/main_mailer_type select No configuration" | $SUDO debconf-set-selections
echo "postfix postfix/mailname string e2e.test" | $SUDO debconf-set-selections
APT=(-o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
$SUDO apt-get "${APT[@]}" update -qq
$SUDO apt-get "${APT[@]}" install -y -qq --no-install-recommends postfix openssl >/dev/null
echo "postfix: installed $(/usr/sbin/postconf -d -h mail_version)"
