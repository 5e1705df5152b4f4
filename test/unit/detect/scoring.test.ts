import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/detect/recognizer';
import { severityOf } from '../../../src/detect/scoring';
import type { Severity } from '../../../src/detect/types';

// Spans placed next to each other, as in a short draft.
let cursor = 0;
function at(span: Omit<Span, 'start' | 'end'>, length = 6): Span {
  const start = cursor;
  cursor += length + 1;
  return { ...span, start, end: start + length };
}
const name = (): Span => at({ category: 'name', kind: 'person', score: 0.9 });
const weakName = (): Span => at({ category: 'name', kind: 'person', score: 0.45 });
const relation = (): Span => at({ category: 'name', kind: 'person-reference', score: 0.6, signal: true });
const secondPerson = (): Span => at({ category: 'name', kind: 'second-person', score: 0.5, signal: true });
const term = (): Span => at({ category: 'health', kind: 'health-term', score: 0.85 });
const social = (): Span => at({ category: 'social', kind: 'social-term', score: 0.85 });
const institution = (): Span => at({ category: 'social', kind: 'social-term', score: 0.5 });
const topic = (): Span => at({ category: 'health', kind: 'health-term', score: 0.3 });
const id = (kind: string, score = 1): Span => at({ category: 'identifier', kind, score });
const custom = (): Span => at({ category: 'custom', kind: 'custom-term', score: 0.8 });

describe('severityOf', () => {
  it.each<[string, () => Span[], Severity]>([
    ['nothing', () => [], 'none'],
    ['a relation signal alone', () => [relation()], 'none'],
    ['a name alone', () => [name()], 'notice'],
    ['a health topic with no individual', () => [term()], 'notice'],
    ['a service mention with a name', () => [name(), topic()], 'notice'],
    ['a phone number alone', () => [id('phone')], 'notice'],
    ['two weak identifiers', () => [id('phone'), id('email')], 'notice'],
    ['an uncertain name and a term', () => [weakName(), term()], 'notice'],
    ['a term and a relation ("ihr Sohn … Depression")', () => [relation(), term()], 'warn'],
    ['a term and second person ("Ihre Therapie")', () => [secondPerson(), social()], 'warn'],
    ['a term and an age ("die 15-Jährige … schwanger")', () => [id('age', 0.85), term()], 'warn'],
    ['an institution and a name', () => [name(), institution()], 'warn'],
    ['an institution and a relation', () => [relation(), institution()], 'warn'],
    ['a birth date alone', () => [id('birth-date')], 'warn'],
    ['a validated Steuer-ID alone', () => [id('tax-id')], 'warn'],
    ['a street address alone: a place to meet', () => [id('address', 0.7)], 'notice'],
    ['a home address ("wohnt in …")', () => [{ ...id('address', 0.85), reason: 'pattern+context:wohnt' }], 'warn'],
    ['an address near a relation ("ihr Sohn … Hauptstraße 12")', () => [relation(), id('address', 0.7)], 'warn'],
    ['a name and an address', () => [name(), id('address', 0.7)], 'high'],
    ['an address and a social term', () => [id('address', 0.7), social()], 'high'],
    ['a case number alone', () => [id('case-number', 0.9)], 'warn'],
    ['an admin pattern', () => [{ ...id('Vorgang', 0.85), reason: 'custom-pattern' }], 'warn'],
    ['a name and a health term', () => [name(), term()], 'high'],
    ['a name and a custom term', () => [name(), custom()], 'high'],
    ['an identifier and a social term', () => [id('email', 0.95), social()], 'high'],
    ['a name and a birth date', () => [name(), id('birth-date')], 'high'],
    ['two strong identifiers', () => [id('tax-id'), id('health-insurance-number')], 'high'],
    ['a strong and a weak identifier', () => [id('case-number'), id('phone')], 'high'],
  ])('%s → %s', (_label, make, expected) => {
    cursor = 0;
    expect(severityOf({ spans: make() })).toBe(expected);
  });

  it('gives notice for the organisation’s own data removed by allow terms', () => {
    expect(severityOf({ spans: [], allowedSomething: true })).toBe('notice');
  });

  it('links a term and a name by sentence and pronoun, not by distance', () => {
    const spansIn = (text: string, nameWord: string, termWord: string): Span[] => [
      {
        category: 'name',
        kind: 'person',
        start: text.indexOf(nameWord),
        end: text.indexOf(nameWord) + nameWord.length,
        score: 0.9,
      },
      {
        category: 'health',
        kind: 'health-term',
        start: text.lastIndexOf(termWord),
        end: text.lastIndexOf(termWord) + termWord.length,
        score: 0.85,
      },
    ];
    const same = 'Frau Koch hat eine Depression.';
    expect(severityOf({ spans: spansIn(same, 'Koch', 'Depression'), text: same })).toBe('high');
    // A pronoun in the next sentence continues the person named before.
    const continued = 'Frau Koch war heute da. Sie hat eine Depression.';
    expect(severityOf({ spans: spansIn(continued, 'Koch', 'Depression'), text: continued })).toBe('high');
    // Near-miss: the name is a speaker in her role, the term a topic of another sentence.
    const speaker = 'Referentin ist Frau Koch. Depression ist keine Schwäche.';
    expect(severityOf({ spans: spansIn(speaker, 'Koch', 'Depression'), text: speaker })).toBe('notice');
    // Near-miss: close in characters, but a topic frame ("Aktionstag …").
    const topic = 'Flyer zum Aktionstag Depression bei Frau Koch abholen.';
    expect(severityOf({ spans: spansIn(topic, 'Koch', 'Depression'), text: topic })).toBe('notice');
  });

  it('does not throw on bad input', () => {
    expect(severityOf({ spans: null as unknown as Span[] })).toBe('none');
    expect(severityOf(undefined as unknown as { spans: Span[] })).toBe('none');
  });
});
