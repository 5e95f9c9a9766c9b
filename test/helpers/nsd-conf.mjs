// NSD's configuration for zones served on loopback. Plain JavaScript so that bench/dns.mjs can import
// it too; types in nsd-conf.d.mts.

/** The nsd.conf that serves `zones` (written to `dir` as `<apex>.zone`) on 127.0.0.1:`port` only. */
export function nsdConf(zones, dir, port) {
  const server = [
    'server:',
    `  ip-address: 127.0.0.1@${port}`,
    `  port: ${port}`,
    '  server-count: 1',
    '  do-ip6: no',
    `  zonesdir: "${dir}"`,
    `  zonelistfile: "${dir}/zone.list"`,
    `  pidfile: "${dir}/nsd.pid"`,
    `  xfrdfile: "${dir}/xfrd.state"`,
    `  xfrdir: "${dir}"`,
    `  logfile: "${dir}/nsd.log"`,
    '  database: ""',
    '  username: ""',
    '  chroot: ""',
    '  verbosity: 1',
    '  hide-version: yes',
    'remote-control:',
    '  control-enable: no',
  ];
  const blocks = zones.map((z) =>
    [
      'zone:',
      `  name: "${z.apex}"`,
      // A missing file: NSD logs the failure and answers SERVFAIL for the zone.
      `  zonefile: "${z.text === null ? `${z.apex}.missing` : zoneFileName(z.apex)}"`,
      ...(z.refused ? ['  allow-query: 0.0.0.0/0 BLOCKED'] : []),
    ].join('\n'),
  );
  return `${[server.join('\n'), ...blocks].join('\n')}\n`;
}

/** The file name a zone's text is written to in NSD's directory. */
export function zoneFileName(apex) {
  return `${apex.replace(/[^a-z0-9._-]/gi, '_')}.zone`;
}
