/**
 * Property tests: whatever a user (or a page) puts into a draft, scan() answers with a valid
 * Assessment, never throws, and every finding's offsets lie inside the original text.
 * Time bounds are measured by `npm run bench`, not asserted here (timed tests flake).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scan } from '../../../src/detect/index';
import { SEVERITY_ORDER, type Assessment } from '../../../src/detect/types';

function expectValid(text: string, assessment: Assessment): void {
  expect(SEVERITY_ORDER).toContain(assessment.severity);
  expect(assessment.failed ?? []).toEqual([]);
  for (const finding of assessment.findings) {
    expect(Number.isInteger(finding.start)).toBe(true);
    expect(Number.isInteger(finding.end)).toBe(true);
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeLessThanOrEqual(text.length);
    expect(finding.start).toBeLessThan(finding.end);
    expect(finding.score).toBeGreaterThan(0);
    expect(finding.score).toBeLessThanOrEqual(1);
  }
  if (assessment.findings.length === 0 && assessment.severity !== 'none') {
    // A severity needs evidence; only signals without findings cannot raise it.
    expect.fail(`severity ${assessment.severity} without findings`);
  }
}

// Pieces users and evasions actually produce, mixed with random Unicode.
const piece = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }), // includes lone surrogates
  fc.constantFrom(
    'Frau Becker',
    'Depression',
    'D e p r e s s i o n',
    'Jugend\u200bamt',
    'Dеpressiоn', // Cyrillic е and о
    'geb. 12.03.1987',
    'DE89 3704 0044 0532 0130 00',
    '\u202eamtdnegуJ\u202c',
    '🙂👍🏽👨‍👩‍👧',
    'مرحبا',
    '   \n\t ',
    'Bewährung',
    'Hr. M.',
    '+49 170 1234567',
    '65 170839 J 00 4',
  ),
);

describe('scan on arbitrary input', () => {
  it('returns a valid assessment for random Unicode, lone surrogates and evasions', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join(' ');
        expectValid(text, scan(text));
      }),
      { numRuns: 400 },
    );
  });

  // Five full scans of 100,000 characters: ~1.3 s alone, ten times that on two cores shared by
  // load 15-20, so the default 5 s would fail on load, not on behaviour. Speed: `npm run bench`.
  it('handles very long drafts (100,000 characters)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 5, maxLength: 12 }), (pieces) => {
        const unit = pieces.join(' ') + ' ';
        const text = unit.repeat(Math.ceil(100_000 / Math.max(unit.length, 1))).slice(0, 100_000);
        expectValid(text, scan(text));
      }),
      { numRuns: 5 },
    );
  });

  it.each([
    ['empty', ''],
    ['only whitespace', ' \n\t\u00a0\u2003'.repeat(1000)],
    ['only zero-width characters', '\u200b\u200c\u200d\ufeff'.repeat(5000)],
    ['one lone high surrogate', '\ud83d'],
    ['digits', '1'.repeat(100_000)],
    ['dots and digits', '1.'.repeat(50_000)],
    ['capitalised words', 'Aa '.repeat(33_000)],
    ['spaced letters', 'a '.repeat(50_000)],
  ])('handles %s', (_name, text) => {
    expectValid(text, scan(text));
  });

  it('maps offsets through zero-width characters, homoglyphs and emoji to the original text', () => {
    const text = '👨‍👩‍👧 Ihr Sohn hat eine De\u200bpressiоn';
    const assessment = scan(text);
    const health = assessment.findings.find((f) => f.category === 'health');
    expect(health).toBeDefined();
    expect(text.slice(health!.start, health!.end)).toBe('De\u200bpressiоn');
  });
});
