/**
 * The labelled corpus (test/fixtures/corpus/*.jsonl) holds the engine to the floors of
 * issue 3. When this fails, tune lexicons and scoring, never the labels; see
 * `node --import tsx scripts/report-corpus.ts --verbose` for the misclassified ids.
 */
import { describe, expect, it } from 'vitest';
import { evaluateCorpus, loadCorpus, rates } from '../../../scripts/report-corpus';

const entries = loadCorpus();
const results = evaluateCorpus(entries);

describe('labelled corpus', () => {
  it('is large, German first, and well-formed', () => {
    expect(entries.length).toBeGreaterThanOrEqual(250);
    const german = entries.filter((e) => e.lang === 'de').length / entries.length;
    expect(german).toBeGreaterThanOrEqual(0.65);
    const ids = new Set(entries.map((e) => e.id));
    expect(ids.size).toBe(entries.length);
    for (const entry of entries) {
      expect(['warn+', 'benign']).toContain(entry.expect);
      expect(['de', 'en']).toContain(entry.lang);
      expect(typeof entry.text).toBe('string');
      expect(typeof entry.surface).toBe('string');
    }
    // Both kinds and the hard cases the issue asks for are represented.
    expect(entries.filter((e) => e.note === 'evasion').length).toBeGreaterThanOrEqual(20);
    expect(entries.filter((e) => e.options?.allowTerms).length).toBeGreaterThanOrEqual(4);
  });

  it('puts at least 97 % of sensitive drafts at warn or higher', () => {
    const missed = results.filter((r) => r.entry.expect === 'warn+' && !r.flagged).map((r) => r.entry.id);
    expect(rates(results).recall, `missed: ${missed.join(', ')}`).toBeGreaterThanOrEqual(0.97);
  });

  it('puts at most 3 % of benign drafts at warn or higher', () => {
    const wrong = results.filter((r) => r.entry.expect === 'benign' && r.flagged).map((r) => r.entry.id);
    expect(rates(results).falseWarnings, `false warnings: ${wrong.join(', ')}`).toBeLessThanOrEqual(0.03);
  });
});
