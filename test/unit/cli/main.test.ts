import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const COMMANDS = ['diagnose', 'mx', 'blacklist', 'probe', 'auth'];

describe('mailmedic CLI: help, version, usage', () => {
  it('prints program help with --help and -h, listing every command', async () => {
    for (const flag of ['--help', '-h']) {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^mailmedic: /);
      for (const c of COMMANDS) expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
      expect(r.stdout).toContain('--resolver HOST[:PORT]');
    }
  });

  it.each(COMMANDS)('prints help for %s, as a flag and through "help"', async (command) => {
    const a = await runCli([command, '--help']);
    const b = await runCli(['help', command]);
    const c = await runCli(['-h', command]);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(new RegExp(`^Usage: mailmedic ${command} `));
    expect(b.stdout).toBe(a.stdout);
    expect(c.stdout).toBe(a.stdout);
    if (['mx', 'blacklist', 'auth', 'probe'].includes(command))
      expect(a.stdout).toContain('Exit code 0 when the check ran');
  });

  it('documents --jsonl, the file field and mbox numbering in diagnose --help', async () => {
    const r = await runCli(['diagnose', '--help']);
    expect(r.stdout).toContain('--jsonl');
    expect(r.stdout).toContain('"PATH#N"');
  });

  it('prints the version from package.json', async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    const r = await runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${pkg.version}\n` });
  });

  it('exits 2 on no command, an unknown command, an unknown option, a missing value', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: mailmedic COMMAND');
    const unknown = await runCli(['frobnicate']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('unknown command "frobnicate"');
    const option = await runCli(['diagnose', '--bogus']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('unknown option --bogus');
    const missing = await runCli(['blacklist', '192.0.2.1', '--zone']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--zone needs a value');
    const wrong = await runCli(['mx', 'example.com', '--zone', 'x.org']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toContain('mx has no option --zone');
    const help = await runCli(['help', 'nope']);
    expect(help.code).toBe(2);
  });

  it('exits 2 on a bad flag value or environment variable, naming it', async () => {
    const flag = await runCli(['mx', 'example.com', '--smtp-port', '99999']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('--smtp-port: expected a port number');
    const resolver = await runCli(['mx', 'example.com', '--resolver', 'dns.example']);
    expect(resolver.stderr).toContain('--resolver');
    const env = await runCli(['mx', 'example.com'], { env: { MAILMEDIC_ALLOW_PRIVATE: 'perhaps' } });
    expect(env.code).toBe(2);
    expect(env.stderr).toContain('MAILMEDIC_ALLOW_PRIVATE: expected true or false');
  });
});

describe('mailmedic CLI: live commands', () => {
  it('validates arguments like the chat commands and exits 2', async () => {
    const cases: [string[], RegExp][] = [
      [['mx'], /needs an argument/],
      [['mx', '192.0.2.1'], /IP address; a domain is expected/],
      [['blacklist', 'nope'], /neither an IP address nor a domain/],
      [['probe', 'bob@'], /not an email address/],
      [['auth', 'example.com', '--ip', '1.2.3'], /IPv4 or IPv6/],
      [['mx', 'a.example', 'b.example'], /too many arguments/],
    ];
    for (const [argv, problem] of cases) {
      const r = await runCli(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toMatch(problem);
      expect(r.stderr).toContain(`run "mailmedic ${argv[0]} --help"`);
    }
  });
});
