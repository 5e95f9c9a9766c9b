import { generateKeyPairSync } from 'node:crypto';
import { reverseName } from '../../../../src/dns/reverse-name.js';
import { a, cname, mx, ptr, txt, type Zone } from '../../helpers/dns-server.js';

const rev = (ip: string) => reverseName(ip) as string;

/** A DKIM key record: `v=DKIM1; k=rsa; p=<base64 SPKI>` for a fresh RSA key of `bits`. */
export function dkimRecord(bits: number): string {
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: bits });
  const der = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
  return `v=DKIM1; k=rsa; p=${der}`;
}

const includeChain: Zone = {};
for (let i = 1; i <= 10; i++) {
  includeChain[`c${i}.lookups.test`] = [
    txt(i < 10 ? `v=spf1 include:c${i + 1}.lookups.test -all` : 'v=spf1 a:mx.good.test -all'),
  ];
}

/** One zone with a domain for every /auth finding; documentation addresses, nothing connects to them. */
export function authZone(): Zone {
  const rsa2048 = dkimRecord(2048);
  return {
    // A good setup: SPF with an include, DMARC reject with sp, two DKIM keys, MTA-STS, TLS-RPT, MX+PTR.
    'good.test': [
      txt('v=spf1 ip4:192.0.2.0/24 include:_spf.good.test -all'),
      txt('google-site-verification=abc'),
      mx(10, 'mx.good.test'),
    ],
    '_spf.good.test': [txt('v=spf1 ip4:198.51.100.0/24 ~all')],
    '_dmarc.good.test': [txt('v=DMARC1; p=reject; sp=reject; adkim=s; rua=mailto:dmarc@good.test')],
    'selector1._domainkey.good.test': [txt(rsa2048)],
    'mykey._domainkey.good.test': [txt(rsa2048)],
    '_mta-sts.good.test': [txt('v=STSv1; id=20240101T000000')],
    '_smtp._tls.good.test': [txt('v=TLSRPTv1; rua=mailto:tls@good.test')],
    'mx.good.test': [a('5.6.7.8')],
    [rev('5.6.7.8')]: [ptr('mx.good.test')],
    // SPF problems.
    'nospf.test': [txt('google-site-verification=abc')],
    'twospf.test': [txt('v=spf1 mx -all'), txt('v=spf1 ip4:192.0.2.1 -all')],
    'lookups.test': [txt('v=spf1 include:c1.lookups.test -all')],
    ...includeChain,
    'void.test': [txt('v=spf1 a:gone1.void.test a:gone2.void.test mx:gone3.void.test -all')],
    'plusall.test': [txt('v=spf1 ip4:192.0.2.1 +all')],
    'neutral.test': [txt('v=spf1 ip4:192.0.2.1 ?all')],
    'noall.test': [txt('v=spf1 ip4:192.0.2.1')],
    'afterall.test': [txt('v=spf1 ip4:192.0.2.1 -all include:_spf.good.test')],
    'syntax.test': [txt('v=spf1 ip4:192.0.2.1 foo:bar.test -all')],
    'badip.test': [txt('v=spf1 ip4:192.0.2.300 -all')],
    // DMARC.
    'none.test': [txt('v=spf1 -all')],
    '_dmarc.none.test': [txt('v=DMARC1; p=none')],
    'ext.test': [txt('v=spf1 -all')],
    '_dmarc.ext.test': [txt('v=DMARC1; p=quarantine; rua=mailto:agg@reports.test; ruf=mailto:f@ext.test')],
    'extok.test': [txt('v=spf1 -all')],
    '_dmarc.extok.test': [txt('v=DMARC1; p=reject; rua=mailto:agg@reports.test')],
    'extok.test._report._dmarc.reports.test': [txt('v=DMARC1')],
    'pct.test': [txt('v=spf1 -all')],
    '_dmarc.pct.test': [txt('v=DMARC1; p=quarantine; pct=50; ri=3600; rua=mailto:d@pct.test')],
    'weaksp.test': [txt('v=spf1 -all')],
    '_dmarc.weaksp.test': [txt('v=DMARC1; p=reject; sp=none; np=reject; rua=mailto:d@weaksp.test')],
    'testing.test': [txt('v=spf1 -all')],
    '_dmarc.testing.test': [txt('v=DMARC1; p=reject; t=y; rua=mailto:d@testing.test')],
    'badp.test': [txt('v=spf1 -all')],
    '_dmarc.badp.test': [txt('v=DMARC1; p=block')],
    'sub.org.test': [txt('v=spf1 -all')],
    // RFC 9989 tree walk: a deep name is shortened to 4 labels first; a public suffix policy (psd=y).
    'a.b.c.d.e.deep.test': [txt('v=spf1 -all')],
    '_dmarc.deep.test': [txt('v=DMARC1; p=quarantine; rua=mailto:d@deep.test')],
    'shop.psd.test': [txt('v=spf1 -all')],
    '_dmarc.psd.test': [txt('v=DMARC1; p=reject; psd=y; rua=mailto:d@psd.test')],
    'org.test': [txt('v=spf1 -all')],
    '_dmarc.org.test': [txt('v=DMARC1; p=reject; rua=mailto:d@org.test')],
    // DKIM keys of every kind.
    'keys.test': [txt('v=spf1 -all')],
    'k2048._domainkey.keys.test': [txt(rsa2048)],
    'k1024._domainkey.keys.test': [txt(dkimRecord(1024))],
    'k512._domainkey.keys.test': [txt(dkimRecord(512))],
    'old._domainkey.keys.test': [txt('v=DKIM1; k=rsa; p=')],
    'junk._domainkey.keys.test': [txt('v=DKIM1; k=rsa; p=bm90IGEga2V5')],
    // MTA-STS and TLS-RPT malformed.
    'tlsbad.test': [txt('v=spf1 -all')],
    '_mta-sts.tlsbad.test': [txt('v=STSv1; id=not-valid!')],
    '_smtp._tls.tlsbad.test': [txt('v=TLSRPTv1; rua=reports@tlsbad.test')],
    // Name servers that fail for part of a domain: SERVFAIL, REFUSED, no answer; SPF temperror.
    'broken.test': [txt('v=spf1 -all')],
    '_dmarc.broken.test': 'servfail',
    'refusing.test': [txt('v=spf1 -all')],
    '_dmarc.refusing.test': 'refused',
    'slowdmarc.test': [txt('v=spf1 -all')],
    '_dmarc.slowdmarc.test': 'drop',
    'tempspf.test': [txt('v=spf1 include:_spf.tempspf.test -all')],
    '_spf.tempspf.test': 'refused',
    // More SPF verdicts for an IP, two DMARC records, a null MX, an implicit MX without PTR.
    'soft.test': [txt('v=spf1 ip4:192.0.2.1 ~all')],
    'twodmarc.test': [txt('v=spf1 -all')],
    '_dmarc.twodmarc.test': [txt('v=DMARC1; p=none'), txt('v=DMARC1; p=reject')],
    'nullmx.test': [mx(0, '.'), txt('v=spf1 -all')],
    'implicit.test': [a('5.6.7.20'), txt('v=spf1 -all')],
    // An apex TXT set bigger than a UDP answer may be (1,232 bytes with EDNS): SPF among site verifications,
    // and a DKIM selector CNAMEd to a sending service's 3072-bit key.
    'bigtxt.test': [
      txt('v=spf1 include:_spf.good.test ip4:192.0.2.0/24 -all'),
      ...Array.from({ length: 6 }, (_, i) => txt(`site-verification-${i}=${'x'.repeat(200 + i)}`)),
    ],
    'esp._domainkey.bigtxt.test': [cname('k3072._domainkey.esp.test')],
    'k3072._domainkey.esp.test': [txt(dkimRecord(3072))],
    // BIMI: a full record on the good setup's DMARC reject; the others each with one problem.
    'default._bimi.good.test': [
      txt('v=BIMI1; l=https://good.test/brand/logo.svg; a=https://good.test/brand/vmc.pem'),
    ],
    'default._bimi.none.test': [txt('v=BIMI1; l=http://none.test/logo.png;')],
    'default._bimi.soft.test': [txt('v=BIMI1; l=; a=;')],
    'default._bimi.ext.test': [txt('v=BIMI1; l=https://ext.test/logo.png; a=https://ext.test/vmc.pem')],
    'bimiorg.test': [txt('v=spf1 -all')],
    '_dmarc.bimiorg.test': [txt('v=DMARC1; p=quarantine')],
    'default._bimi.bimiorg.test': [txt('v=BIMI1; l=https://bimiorg.test/logo.svg')],
    'mail.bimiorg.test': [a('5.6.7.30'), txt('v=spf1 -all')],
  };
}
