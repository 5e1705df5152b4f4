import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(args: string[], input: string): { stdout: string; stderr: string } {
  const stdout = execFileSync(process.execPath, ['--no-warnings', '--import', 'tsx', 'scripts/scan.ts', ...args], {
    input,
    encoding: 'utf8',
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  return { stdout, stderr: '' };
}

describe('npm run scan', () => {
  it('prints readable findings for plain text', () => {
    const { stdout } = run([], 'Hallo Frau Becker, Ihr Termin beim Jobcenter wegen der Sanktion.');
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
});
