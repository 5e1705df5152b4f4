import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../../src/extension-id';
import { computeEffectivePolicy } from '../../../src/policy/effective';
import { unwrapPolicyFile } from '../../../src/policy/policy-file';

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function run(args: string[], input: string): Run {
  const result = spawnSync(process.execPath, ['--no-warnings', '--import', 'tsx', 'scripts/scan.ts', ...args], {
    input,
    encoding: 'utf8',
  });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

function policyFile(content: unknown): string {
  const dir = mkdtempSync(join(tmpdir(), 'vertraulich-cli-'));
  const file = join(dir, 'policy.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

// Each case starts Node with tsx (~1–3 s on a busy machine); the default 5 s is too tight for two.
describe('npm run scan', { timeout: 30_000 }, () => {
  it('prints readable findings for plain text', () => {
    const { stdout, status } = run([], 'Hallo Frau Becker, Ihr Termin beim Jobcenter wegen der Sanktion.');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^severity: (warn|high)/);
    expect(stdout).toMatch(/name\s+person/);
    expect(stdout).toContain('"Becker"');
  });

  it('reads and writes JSON Lines, reporting bad lines without stopping', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Treffen wir uns morgen um 10 Uhr?' }),
      'not json',
      JSON.stringify({ id: 'b', text: 'Ihr Sohn ist seit der Inobhutnahme beim Jugendamt gemeldet, geb. 12.03.2015.' }),
      JSON.stringify({ id: 'c', text: 42 }),
    ].join('\n');
    const lines = run(['--jsonl'], input)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatchObject({ id: 'a', severity: 'none', findings: [] });
    expect(lines[1]).toMatchObject({ line: 2, error: 'invalid JSON' });
    expect(['warn', 'high']).toContain(lines[2]!.severity);
    expect(lines[3]).toMatchObject({ id: 'c', error: 'text must be a string' });
  });

  it('applies a policy file: custom term detected, allow term not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vertraulich-cli-'));
    const file = join(dir, 'policy.json');
    writeFileSync(
      file,
      JSON.stringify({
        '3rdparty': {
          extensions: {
            hkmkfckehpokhhcfnhlalajlgbiojhcl: {
              customTerms: [{ term: 'Wohngruppe Lindenhof', category: 'social' }],
              allowTerms: ['Frau Sonnenschein'],
            },
          },
        },
      }),
    );
    const input = [
      JSON.stringify({ id: 'custom', text: 'Er wohnt jetzt in der Wohngruppe Lindenhof.' }),
      JSON.stringify({ id: 'allowed', text: 'Liebe Grüße, Frau Sonnenschein' }),
    ].join('\n');
    const [custom, allowed] = run(['--jsonl', '--policy', file], input)
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { findings: { category: string; kind: string }[] });
    expect(custom!.findings.some((f) => f.category === 'social')).toBe(true);
    expect(allowed!.findings.filter((f) => f.category === 'name')).toEqual([]);
  });

  it('plain text is one draft per line: one severity line each, blank lines skipped', () => {
    const input = 'Treffen wir uns morgen um 10 Uhr?\n\nIhr Sohn ist beim Jugendamt, geb. 12.03.2015.\nBis dann!\n';
    const severities = run([], input)
      .stdout.split('\n')
      .filter((line) => line.startsWith('severity:'));
    expect(severities).toEqual(['severity: none', expect.stringMatching(/^severity: (warn|high)$/), 'severity: none']);
  });

  it('--whole scans the input as one multi-line draft', () => {
    const input = 'Hallo,\nihr Sohn ist beim Jugendamt,\ngeb. 12.03.2015.\n';
    const severities = run(['--whole'], input)
      .stdout.split('\n')
      .filter((line) => line.startsWith('severity:'));
    expect(severities).toHaveLength(1);
    expect(severities[0]).toMatch(/warn|high/);
  });

  it.each(readdirSync('docs/admin/samples').filter((name) => name.endsWith('.json')))(
    'sample %s: no problems, exit 0, the fingerprint the options page shows',
    (name) => {
      const file = `docs/admin/samples/${name}`;
      const { stderr, status } = run(['--policy', file], 'Hallo\n');
      expect(stderr).toContain('0 problem(s)');
      expect(status).toBe(0);
      const inner = unwrapPolicyFile(JSON.parse(readFileSync(file, 'utf8'))).policy;
      expect(stderr).toContain(`policy fingerprint: ${computeEffectivePolicy(inner, {}, 'managed').fingerprint}`);
    },
  );

  it.each([
    // [policy file, what must be listed]
    [{ blockAt: 'hoch' }, ['blockAt: unknown-value (allowed: notice, warn, high, off)']],
    [
      { monitorOnly: 'false', acknowledgeAt: 2, blokAt: 'high' },
      ['monitorOnly: wrong-type', 'acknowledgeAt: wrong-type', 'blokAt: unknown-key', 'drop this silently'],
    ],
    [{ logRetentionDays: 0 }, ['logRetentionDays: out-of-range (allowed: 1–3650)']],
    [{ userMayChange: ['monitorOnly'] }, ['userMayChange[0]: unknown-value (allowed: sites, warnAt']],
    [
      { '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: { blockAt: 'high' } } } },
      [`wrong-extension-id (allowed: ${CHROME_EXTENSION_ID})`],
    ],
    [
      { policies: { '3rdparty': { Extensions: { 'other@example': { blockAt: 'high' } } } } },
      [`wrong-extension-id (allowed: ${GECKO_ID})`],
    ],
    [{ name: 'other@example', type: 'storage', data: { blockAt: 'high' } }, ['name: wrong-extension-id']],
  ])('a policy with problems %j: lists them and exits 2', (content, expected) => {
    const { stderr, status, stdout } = run(['--policy', policyFile(content)], 'Hallo\n');
    expect(status).toBe(2);
    for (const text of expected) expect(stderr).toContain(text);
    // The drafts are still scanned, as the extension would with this policy.
    expect(stdout).toContain('severity: none');
    // Never a refused value.
    expect(stderr).not.toContain('hoch');
  });

  it('a usage error exits 1, not 2 (2 means: the policy has problems)', () => {
    expect(run(['--bogus'], '').status).toBe(1);
    expect(run(['--whole', '--jsonl'], '').status).toBe(1);
  });
});
