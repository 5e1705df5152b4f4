/**
 * Administrator-supplied regular expressions are untrusted input. They are compiled with
 * re2js (RE2 semantics: linear time, no backreferences or lookaround), so a pattern built to
 * backtrack cannot freeze the browser. Shared by the policy validator (to report errors) and
 * the custom-pattern recognizer (to match).
 */
import { RE2JS } from 're2js';

/** Longest pattern source accepted; longer ones are reported as invalid. */
export const MAX_PATTERN_LENGTH = 500;

export interface CompiledPattern {
  /** Every non-empty match as [start, end) UTF-16 offsets into `text`. */
  matchAll(text: string): Array<[number, number]>;
}

export type CompileResult = { ok: true; pattern: CompiledPattern } | { ok: false; error: string };

const cache = new Map<string, CompileResult>();

export function compilePattern(source: string): CompileResult {
  const cached = cache.get(source);
  if (cached) return cached;
  const result = compileUncached(source);
  if (cache.size > 200) cache.clear();
  cache.set(source, result);
  return result;
}

function compileUncached(source: string): CompileResult {
  if (typeof source !== 'string' || source.length === 0) return { ok: false, error: 'empty pattern' };
  if (source.length > MAX_PATTERN_LENGTH)
    return { ok: false, error: `pattern longer than ${MAX_PATTERN_LENGTH} characters` };
  let re: RE2JS;
  try {
    re = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  if (re.matches('')) return { ok: false, error: 'pattern matches the empty string' };
  return {
    ok: true,
    pattern: {
      matchAll(text: string) {
        const spans: Array<[number, number]> = [];
        const matcher = re.matcher(text);
        while (matcher.find()) {
          const start = matcher.start();
          const end = matcher.end();
          if (end > start) spans.push([start, end]);
        }
        return spans;
      },
    },
  };
}
