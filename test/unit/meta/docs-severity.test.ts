import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/index';

/**
 * The severity table in docs/admin/deployment.md quotes example drafts („…“) per level; this keeps
 * what administrators read true to what the engine does.
 */
const doc = readFileSync(new URL('../../../docs/admin/deployment.md', import.meta.url), 'utf8');
const examples = doc
  .split('\n')
  .map((line) => /^\|\s*`(none|notice|warn|high)`\s*\|[^|]*\|([^|]*)\|$/.exec(line))
  .filter((match): match is RegExpExecArray => match !== null)
  .flatMap(([, level, cell]) => [...cell!.matchAll(/„([^“]+)“/g)].map(([, text]) => [text!, level!] as const));

describe('docs/admin/deployment.md: the severity examples', () => {
  it('has examples for every level', () => {
    expect(new Set(examples.map(([, level]) => level))).toEqual(new Set(['none', 'notice', 'warn', 'high']));
  });

  it.each(examples)('„%s“ is %s', (text, level) => {
    expect(scan(text).severity).toBe(level);
  });
});
