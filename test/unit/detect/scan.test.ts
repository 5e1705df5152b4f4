import { describe, expect, it } from 'vitest';
import { numberKey, scan, scanWith } from '../../../src/detect/index';
import type { Recognizer, Span } from '../../../src/detect/recognizer';
import { recognizers } from '../../../src/detect/registry';

/** A recognizer that reports every occurrence of `needle` in the normalised text. */
function literal(id: string, needle: string, span: Omit<Span, 'start' | 'end'>): Recognizer {
  return {
    id,
    kinds: [span.kind],
    recognize(ctx) {
      const out: Span[] = [];
      for (let at = ctx.text.indexOf(needle); at >= 0; at = ctx.text.indexOf(needle, at + 1)) {
        out.push({ ...span, start: at, end: at + needle.length });
      }
      return out;
    },
  };
}

const throwing: Recognizer = {
  id: 'broken',
  kinds: [],
  recognize() {
    throw new Error('secret draft text must not leak');
  },
};

describe('scan', () => {
  it('maps finding offsets to the original text after zero-width chars, homoglyphs and emoji', () => {
    const cases: Array<[string, string]> = [
      ['😀😀 Er hat De\u200bpres\u200dsionen', 'De\u200bpres\u200dsionen'],
      ['👨‍👩‍👧 Sie ist schwаnger', 'schwаnger'], // Cyrillic а
      ['🙈 D e p r e s s i o n e n seit Mai', 'D e p r e s s i o n e n'],
      ['ＦＲＡＵ hat ＡＩＤＳ', 'ＡＩＤＳ'],
      ['\u202eSuizid\u202c', 'Suizid'],
      ['مرحبا Kindeswohlgefaehrdung', 'Kindeswohlgefaehrdung'],
    ];
    for (const [text, expected] of cases) {
      const { findings } = scan(text);
      const terms = findings.filter((f) => f.category === 'health' || f.category === 'social');
      expect(terms.map((f) => text.slice(f.start, f.end))).toEqual([expected]);
    }
  });

  it('reports a throwing recognizer in failed, by id only, and still runs the others', () => {
    const ok = literal('ok', 'Becker', { category: 'name', kind: 'person', score: 0.9 });
    const result = scanWith([throwing, ok], 'Frau Becker');
    expect(result.failed).toEqual(['broken']);
    expect(result.findings).toHaveLength(1);
    expect(JSON.stringify(result)).not.toContain('secret');
  });

  it('drops invalid spans from a recognizer instead of trusting them', () => {
    const bad: Recognizer = {
      id: 'bad',
      kinds: [],
      recognize: () =>
        [
          { category: 'name', kind: 'person', start: -1, end: 3, score: 1 },
          { category: 'name', kind: 'person', start: 2, end: 2, score: 1 },
          { category: 'name', kind: 'person', start: 0, end: 999, score: 1 },
          { category: 'nope', kind: 'x', start: 0, end: 1, score: 1 },
          null,
          { category: 'name', kind: 'person', start: 0, end: 3, score: 7 },
        ] as unknown as Span[],
    };
    const result = scanWith([bad], 'abcdef');
    expect(result.findings).toEqual([{ category: 'name', kind: 'person', start: 0, end: 3, score: 1 }]);
    expect(result.failed).toBeUndefined();
  });

  it('resolves overlaps: a phone pattern inside an IBAN is not a phone number', () => {
    const iban = literal('iban', 'DE89 3704 0044 0532 0130 00', { category: 'identifier', kind: 'iban', score: 1 });
    const phone = literal('phone', '3704 0044 0532', { category: 'identifier', kind: 'phone', score: 0.7 });
    const result = scanWith([phone, iban], 'IBAN DE89 3704 0044 0532 0130 00');
    expect(result.findings.map((f) => f.kind)).toEqual(['iban']);
  });

  it('keeps an identical span from two recognizers once, the earlier one on a tie', () => {
    const a = literal('a', 'Koch', { category: 'name', kind: 'person', score: 0.8 });
    const b = literal('b', 'Koch', { category: 'name', kind: 'person', score: 0.8, reason: 'second' });
    const result = scanWith([a, b], 'Frau Koch');
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.reason).toBeUndefined();
  });

  it('prefers the more specific category on equal scores and keeps disjoint spans', () => {
    const name = literal('name', 'Rose', { category: 'name', kind: 'person', score: 0.8 });
    const term = literal('term', 'Rose', { category: 'health', kind: 'health-term', score: 0.8 });
    const result = scanWith([term, name], 'Rose und Rose');
    expect(result.findings.map((f) => f.kind)).toEqual(['person', 'person']);
  });

  it('does not return signals as findings but lets them raise the severity', () => {
    const signal = literal('ref', 'meine Klientin', {
      category: 'name',
      kind: 'person-reference',
      score: 0.6,
      signal: true,
    });
    const term = literal('term', 'Depression', { category: 'health', kind: 'health-term', score: 0.85 });
    const result = scanWith([signal, term], 'meine Klientin: Depression');
    expect(result.severity).toBe('warn');
    expect(result.findings.map((f) => f.kind)).toEqual(['health-term']);
    expect(scanWith([term], 'meine Klientin: Depression').severity).toBe('notice');
  });

  describe('allow terms', () => {
    const phone = literal('phone', '030 1234567', { category: 'identifier', kind: 'phone', score: 0.8 });
    const intl = literal('phone', '+49 (0)30 123 45 67', { category: 'identifier', kind: 'phone', score: 0.8 });
    const name = literal('name', 'Lena Berg', { category: 'name', kind: 'person', score: 0.9 });

    it.each([
      ['Ruf uns an: 030 1234567', ['030 1234567'], 'notice', 0],
      ['Ruf uns an: 030 1234567', ['+49 30 1234567'], 'notice', 0], // digits compared, +49 = 0
      ['Ruf uns an: +49 (0)30 123 45 67', ['030/1234567'], 'notice', 0],
      ['Ruf uns an: 030 1234567', ['030 7654321'], 'notice', 1], // a different number stays
      ['Ruf uns an: 030 1234567', [], 'notice', 1],
      ['Grüße von Lena Berg', ['lena berg'], 'notice', 0], // staff name, any case
      ['Grüße von Lena Bergmann', ['Lena Berg'], 'notice', 1], // word boundary: not a prefix
    ])('%j with %j', (text, allowTerms, severity, count) => {
      const result = scanWith([phone, intl, name], text, { allowTerms });
      expect(result.severity).toBe(severity);
      expect(result.findings).toHaveLength(count);
    });

    it('matches allow terms on the normalised text', () => {
      const result = scanWith([name], 'Grüße von Lena\u200b Berg', { allowTerms: ['Lena Berg'] });
      expect(result.findings).toHaveLength(0);
    });

    it('ignores junk allow terms', () => {
      const result = scanWith([phone], 'Ruf uns an: 030 1234567', {
        allowTerms: [null, 5, '', 'x', {}] as unknown as string[],
      });
      expect(result.findings).toHaveLength(1);
    });
  });

  // A street address is a place to meet (logistics) until a person or a home word ties it to someone.
  it.each([
    ['Treffpunkt morgen um 10 Uhr: Bahnhofstraße 3, vor dem Bäcker.', 'notice'],
    ['Die Kleiderkammer ist umgezogen: neu in der Lindenallee 12, 45127 Essen, Di und Do 14–17 Uhr.', 'notice'],
    ['Sie wohnt jetzt im Lindenweg 4, 12345 Musterstadt', 'warn'],
    ['Ihr Sohn ist oft in der Hauptstraße 12 anzutreffen', 'warn'],
    ['Das Sommerfest ist in 10115 Berlin, alle sind eingeladen.', 'notice'],
    ['Sie wohnt in 10115 Berlin.', 'warn'],
    ['Frau Becker kommt aus 50667 Köln.', 'high'],
    ['Frau Okafor wohnt jetzt in der Lindenstraße 8, 2. OG links', 'high'],
    ['Hallo Herr Petrović, die neue Adresse: Gartenweg 17, 50667 Köln', 'high'],
  ] as const)('addresses: %s → %s', (text, severity) => {
    expect(scan(text).severity).toBe(severity);
  });

  it.each([
    ['+49 30 1234567', '0301234567'],
    ['0049 30 1234567', '0301234567'],
    ['+49 (0)30 1234567', '0301234567'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['12345', null],
  ])('numberKey(%j) = %j', (input, key) => {
    expect(numberKey(input)).toBe(key);
  });

  it.each([undefined, null, 42, {}, [], '', '   ', '\ud800', 'x'.repeat(100_000)])(
    'never throws on odd input #%#',
    (input) => {
      const result = scan(input as unknown as string, 'nonsense' as never);
      expect(['none', 'notice', 'warn', 'high']).toContain(result.severity);
      expect(result.failed).toBeUndefined();
    },
  );

  it('registers every lexicon and custom recognizer in order after identifiers and names', () => {
    const ids = recognizers.map((r) => r.id);
    const lexicons = ['health-terms', 'special-terms', 'social-terms', 'custom-terms', 'custom-patterns'];
    for (const id of lexicons) expect(ids).toContain(id);
    expect(ids.indexOf('health-terms')).toBeGreaterThan(ids.indexOf('iban'));
    expect(ids.indexOf('custom-terms')).toBeGreaterThan(ids.indexOf('social-terms'));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('scans 100,000 characters without trouble', () => {
    const text = 'Frau Becker hat Depressionen, Tel. 030 1234567. '.repeat(2100).slice(0, 100_000);
    const result = scan(text);
    expect(result.severity).not.toBe('none');
    for (const f of result.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
  });
});
