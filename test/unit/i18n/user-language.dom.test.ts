import { describe, expect, it } from 'vitest';
import { userLanguage } from '../../../src/i18n/user-language';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import type { EffectivePolicy } from '../../../src/policy/effective';

const effective = (patch: Partial<typeof DEFAULT_POLICY>) =>
  Promise.resolve({ policy: { ...DEFAULT_POLICY, ...patch } } as unknown as EffectivePolicy);

describe('userLanguage', () => {
  it.each([
    ['de', 'de'],
    ['en', 'en'],
  ] as const)("the policy's language %s wins over the browser's", async (policyLanguage, expected) => {
    expect((await userLanguage(() => effective({ language: policyLanguage }))).language).toBe(expected);
  });

  it("'auto' and a failing or late policy read fall back to the browser's language", async () => {
    const browser = navigator.language.toLowerCase().startsWith('en') ? 'en' : 'de';
    expect((await userLanguage(() => effective({ language: 'auto' }))).language).toBe(browser);
    expect((await userLanguage(() => Promise.reject(new Error('no storage')))).language).toBe(browser);
    expect((await userLanguage(() => new Promise(() => {}), 10)).language).toBe(browser);
  });

  it('passes the guidelines URL on for the popup link', async () => {
    const url = 'https://intranet.example/leitlinien';
    expect((await userLanguage(() => effective({ guidelinesUrl: url }))).guidelinesUrl).toBe(url);
  });
});
