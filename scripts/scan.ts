/**
 * `npm run scan`: the detection engine on the command line, for administrators trying a
 * policy before rolling it out and for developers checking a draft.
 *
 *   echo "Hallo Frau Becker, …" | npm run scan
 *   npm run scan -- --policy policy.json < drafts.txt
 *   npm run scan -- --jsonl < drafts.jsonl      # {"id":…,"text":…} per line
 *
 * Runs locally; nothing is sent anywhere.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { scan } from '../src/detect/index';
import type { Assessment, ScanOptions } from '../src/detect/types';
import { describePolicyError, mergePolicy, parsePolicy } from '../src/policy/index';
import { unwrapPolicyFile } from '../src/policy/policy-file';
import { scanOptionsFor } from '../src/policy/scan-options';

const USAGE = `Usage: npm run scan -- [--jsonl] [--policy FILE] [--help]
  Plain text on stdin: readable findings.
  --jsonl         one JSON object per input line {"id", "text"}; one result per output line
  --policy FILE   apply a policy (plain, Chromium managed JSON or Firefox policies.json)`;

function parseArgs(argv: string[]): { jsonl: boolean; policyFile?: string } {
  const args: { jsonl: boolean; policyFile?: string } = { jsonl: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl') args.jsonl = true;
    else if (arg === '--policy') {
      const file = argv[++i];
      if (!file) fail('--policy needs a file name');
      args.policyFile = file;
    } else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else fail(`unknown argument ${arg}`);
  }
  return args;
}

function fail(message: string): never {
  console.error(`scan: ${message}\n${USAGE}`);
  process.exit(2);
}

function loadOptions(file: string | undefined): ScanOptions {
  if (!file) return {};
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`cannot read policy ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { policy: raw, wrapper } = unwrapPolicyFile(json);
  const parsed = parsePolicy(raw);
  const merged = mergePolicy(parsed.policy, {});
  console.error(
    `policy ${file}${wrapper === 'none' ? '' : ` (${wrapper} wrapper)`}: ${parsed.errors.length} problem(s)`,
  );
  for (const error of parsed.errors) console.error(`  - ${describePolicyError(error, 'de')}`);
  return scanOptionsFor(merged.policy);
}

function readable(text: string, assessment: Assessment): string {
  const lines = [`severity: ${assessment.severity}`];
  if (assessment.failed?.length) lines.push(`  CHECK FAILED in: ${assessment.failed.join(', ')}`);
  for (const f of assessment.findings)
    lines.push(
      `  ${f.category.padEnd(10)} ${f.kind.padEnd(26)} ${String(f.start).padStart(5)}-${String(f.end).padEnd(5)} ${f.score.toFixed(2)}  ${JSON.stringify(text.slice(f.start, f.end))}${f.reason ? `  (${f.reason})` : ''}`,
    );
  return lines.join('\n');
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const options = loadOptions(args.policyFile);
  if (!args.jsonl) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    console.log(readable(text, scan(text, options)));
    return;
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    let input: { id?: unknown; text?: unknown };
    try {
      input = JSON.parse(line) as typeof input;
    } catch {
      console.log(JSON.stringify({ id: null, line: lineNumber, error: 'invalid JSON' }));
      continue;
    }
    if (typeof input.text !== 'string') {
      console.log(JSON.stringify({ id: input.id ?? null, line: lineNumber, error: 'text must be a string' }));
      continue;
    }
    const assessment = scan(input.text, options);
    console.log(
      JSON.stringify({
        id: input.id ?? null,
        severity: assessment.severity,
        findings: assessment.findings,
        ...(assessment.failed?.length ? { failed: assessment.failed } : {}),
      }),
    );
  }
}

await main();
