/**
 * `npm run scan`: the detection engine on the command line, an administrator's test bench for a
 * policy before rolling it out, and a developer's check of a draft.
 *
 *   echo "Hallo Frau Becker, …" | npm run scan          # one draft per line
 *   npm run scan -- --whole < brief.txt                  # the whole input is one draft
 *   npm run scan -- --policy richtlinie.json < entwuerfe.txt
 *   npm run scan -- --jsonl < drafts.jsonl               # {"id":…,"text":…} per line
 *
 * `--policy` reads every form the deployment guide shows (plain, Chromium/Edge managed JSON,
 * Firefox policies.json, Firefox's managed-storage manifest, the Google Admin console form),
 * lists every problem (key, code, what is allowed) and prints the policy fingerprint that the
 * options page's diagnostics show. Exit status: 0 all good, 2 the policy has problems (the
 * drafts are still scanned, with the policy as the extension would apply it), 1 usage error.
 *
 * Runs locally; nothing is sent anywhere.
 */
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { scan } from '../src/detect/index';
import type { Assessment, ScanOptions } from '../src/detect/types';
import { computeEffectivePolicy, describePolicyError, locationLabel, type PolicyError } from '../src/policy/index';
import { unwrapPolicyFile } from '../src/policy/policy-file';
import { scanOptionsFor } from '../src/policy/scan-options';

const USAGE = `Usage: npm run scan -- [--whole | --jsonl] [--policy FILE] [--help]
  Plain text on stdin: one draft per line, each answered with a "severity: …" line and its findings.
  --whole         the whole input is one (multi-line) draft
  --jsonl         one JSON object per input line {"id", "text"}; one result per output line
  --policy FILE   apply a policy as deployed: plain, Chrome/Edge {"3rdparty":{"extensions":{id:…}}},
                  Firefox policies.json, Firefox managed-storage manifest, Google Admin {"key":{"Value":…}}
Exit status: 0 ok, 2 the policy has problems (listed on stderr), 1 usage error.`;

interface Args {
  mode: 'lines' | 'whole' | 'jsonl';
  policyFile?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { mode: 'lines' };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--jsonl' || arg === '--whole') {
      const mode = arg === '--jsonl' ? 'jsonl' : 'whole';
      if (args.mode !== 'lines' && args.mode !== mode) fail('--whole and --jsonl exclude each other');
      args.mode = mode;
    } else if (arg === '--policy') {
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
  process.exit(1);
}

/** Codes that Chromium itself drops (type check against managed_schema.json) before we see them. */
const DROPPED_BY_CHROMIUM = new Set(['wrong-type', 'unknown-key']);

/** "allowed: notice, warn, high, off", "allowed: 1–3650", "at most 100 characters", … */
export function allowedText(error: PolicyError): string {
  if (error.allowed?.length) return `allowed: ${error.allowed.join(', ')}`;
  if (error.min !== undefined && error.max !== undefined) return `allowed: ${error.min}–${error.max}`;
  if (error.code === 'too-short') return `at least ${error.limit} characters`;
  if (error.code === 'too-many-items') return `at most ${error.limit} entries`;
  if (error.limit !== undefined) return `at most ${error.limit} characters`;
  return '';
}

function problemLine(error: PolicyError): string {
  const top = !error.path.includes('.') && !error.path.includes('[');
  const parts = [`  - ${error.path || '(policy)'}: ${error.code}`];
  const allowed = allowedText(error);
  if (allowed) parts.push(` (${allowed})`);
  // The message without its "Title (path): " prefix, which the line already starts with.
  const where = locationLabel(error.path, 'en');
  const message = describePolicyError(error, 'en');
  parts.push(` — ${where && message.startsWith(`${where}: `) ? message.slice(where.length + 2) : message}`);
  if (top && DROPPED_BY_CHROMIUM.has(error.code))
    parts.push(' Chrome/Edge drop this silently (chrome://policy shows it as not set or not at all).');
  return parts.join('');
}

function loadPolicy(file: string | undefined): { options: ScanOptions; problems: number } {
  if (!file) return { options: {}, problems: 0 };
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`scan: cannot read policy ${file}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  }
  const unwrapped = unwrapPolicyFile(json);
  // Exactly what the extension computes from storage.managed, without any user settings.
  const effective = computeEffectivePolicy(unwrapped.policy, {}, 'managed');
  const problems = [...unwrapped.problems, ...effective.errors.filter((error) => error.source === 'admin')];
  const form = unwrapped.wrapper === 'none' ? 'plain policy' : `${unwrapped.wrapper} form`;
  console.error(`policy ${file} (${form}): ${problems.length} problem(s)`);
  for (const problem of problems) console.error(problemLine(problem));
  console.error(`policy fingerprint: ${effective.fingerprint}  (options page › Diagnose/Diagnostics)`);
  if (effective.managed) {
    const open = effective.policy.userMayChange.filter((key) => !effective.locked.includes(key as never));
    console.error(
      open.length
        ? `locked for users: everything except ${open.join(', ')} (custom terms may always be added)`
        : 'locked for users: everything (custom terms may always be added)',
    );
  }
  return { options: scanOptionsFor(effective.policy), problems: problems.length };
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

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const { options, problems } = loadPolicy(args.policyFile);
  const status = problems > 0 ? 2 : 0;
  if (args.mode === 'whole') {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    console.log(readable(text, scan(text, options)));
    return status;
  }
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    if (args.mode === 'lines') {
      console.log(readable(line, scan(line, options)));
      continue;
    }
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
  return status;
}

process.exitCode = await main();
