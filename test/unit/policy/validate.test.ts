import { describe, expect, it } from 'vitest';
import { MAX_ERRORS, parsePolicy } from '../../../src/policy/validate';
import { MAX_PROGRAM_SIZE } from '../../../src/detect/custom-pattern';
import { computeEffectivePolicy } from '../../../src/policy/effective';
import { describePolicyError } from '../../../src/policy/error-messages';
import { isPolicyKey, POLICY_SCHEMA, USER_EDITABLE_KEYS } from '../../../src/policy/schema';
import type { PolicyError } from '../../../src/policy/policy-error';

const codes = (errors: PolicyError[]) => errors.map((e) => `${e.path}:${e.code}`);

describe('parsePolicy: valid input', () => {
  it('takes every key of a full, valid policy unchanged', () => {
    const input = {
      sites: { whatsapp: true, facebook: false, messenger: true },
      warnAt: 'notice',
      acknowledgeAt: 'warn',
      blockAt: 'high',
      monitorOnly: true,
      approvedChannel: { name: 'Threema Work', url: 'https://threema.example.org' },
      contactPerson: { name: 'Datenschutz', email: 'datenschutz@example.org', phone: '+49 30 1234567' },
      guidelinesUrl: 'https://intranet.example.org/social-media.pdf',
      guidelinesVersion: '2025-01',
      reacknowledgeDays: 365,
      customTerms: [{ term: 'Haus Sonnenschein', category: 'special' }],
      allowTerms: ['Diakonie Musterstadt'],
      customPatterns: [{ name: 'aktenzeichen', pattern: 'AZ-\\d{4}/\\d{2}', category: 'identifier' }],
      logRetentionDays: 90,
      logEndpoint: { url: 'https://siem.example.org/collect', format: 'splunk-hec', token: 'secret-token' },
      userLabel: 'team-nord-07',
      language: 'de',
    };
    const { policy, errors } = parsePolicy(input);
    expect(errors).toEqual([]);
    expect(policy).toEqual(input);
  });

  it.each([undefined, null, {}])('treats %j as "no policy" without errors', (input) => {
    expect(parsePolicy(input)).toEqual({ policy: {}, errors: [] });
  });

  it('fills missing sub-fields with defaults and keeps only the keys that were given', () => {
    const { policy, errors } = parsePolicy({ sites: { facebook: false }, customTerms: [{ term: 'Wohngruppe 3' }] });
    expect(errors).toEqual([]);
    expect(policy).toEqual({
      sites: { whatsapp: true, facebook: false, messenger: true },
      customTerms: [{ term: 'Wohngruppe 3', category: 'custom' }],
    });
  });

  it('trims text values but keeps a pattern exactly as written', () => {
    const { policy } = parsePolicy({ userLabel: '  team-1 ', customPatterns: [{ name: 'x', pattern: ' AZ\\d+' }] });
    expect(policy.userLabel).toBe('team-1');
    expect(policy.customPatterns?.[0]?.pattern).toBe(' AZ\\d+');
  });

  it('accepts http only for a collector on the same machine', () => {
    for (const url of ['http://localhost:8088/collect', 'http://127.0.0.1/x', 'https://a.example']) {
      expect(parsePolicy({ logEndpoint: { url } }).errors).toEqual([]);
    }
  });

  it('accepts logEndpoint: null as "no forwarding"', () => {
    expect(parsePolicy({ logEndpoint: null })).toEqual({ policy: { logEndpoint: null }, errors: [] });
  });
});

describe('parsePolicy: each invalid type is reported and left out', () => {
  it.each([
    ['monitorOnly', 'true', 'string'],
    ['monitorOnly', 1, 'number'],
    ['warnAt', 2, 'number'],
    ['reacknowledgeDays', '30', 'string'],
    ['reacknowledgeDays', null, 'null'],
    ['sites', [true], 'array'],
    ['sites', 'all', 'string'],
    ['allowTerms', 'Diakonie', 'string'],
    ['customTerms', { term: 'x' }, 'object'],
    ['logEndpoint', 'https://x.example', 'string'],
    ['language', false, 'boolean'],
  ])('%s = %j', (key, value, received) => {
    const { policy, errors } = parsePolicy({ [key]: value });
    expect(policy).toEqual({});
    expect(errors).toEqual([{ code: 'wrong-type', path: key, received }]);
  });

  it('keeps the valid keys next to an invalid one', () => {
    const { policy, errors } = parsePolicy({ monitorOnly: 'yes', blockAt: 'high' });
    expect(policy).toEqual({ blockAt: 'high' });
    expect(codes(errors)).toEqual(['monitorOnly:wrong-type']);
  });

  it('replaces only the bad sub-field of an object with its default', () => {
    const { policy, errors } = parsePolicy({ sites: { whatsapp: 'no', facebook: false } });
    expect(policy.sites).toEqual({ whatsapp: true, facebook: false, messenger: true });
    expect(codes(errors)).toEqual(['sites.whatsapp:wrong-type']);
  });

  it('reports a root that is not an object', () => {
    for (const input of ['x', 3, [1], true]) {
      const { policy, errors } = parsePolicy(input);
      expect(policy).toEqual({});
      expect(errors.map((e) => e.code)).toEqual(['not-an-object']);
    }
  });
});

describe('parsePolicy: values out of range or not allowed', () => {
  it.each([
    [{ reacknowledgeDays: -1 }, 'reacknowledgeDays:out-of-range'],
    [{ reacknowledgeDays: 3651 }, 'reacknowledgeDays:out-of-range'],
    [{ logRetentionDays: 0 }, 'logRetentionDays:out-of-range'],
    [{ logRetentionDays: 30.5 }, 'logRetentionDays:not-an-integer'],
    [{ logRetentionDays: Number.NaN }, 'logRetentionDays:wrong-type'],
    [{ logRetentionDays: Number.POSITIVE_INFINITY }, 'logRetentionDays:wrong-type'],
    [{ warnAt: 'WARN' }, 'warnAt:unknown-value'],
    [{ blockAt: 'always' }, 'blockAt:unknown-value'],
    [{ language: 'fr' }, 'language:unknown-value'],
    [{ logEndpoint: { url: 'https://x.example', format: 'xml' } }, 'logEndpoint.format:unknown-value'],
    [{ userLabel: 'x'.repeat(65) }, 'userLabel:too-long'],
  ])('%j → %s', (input, expected) => {
    const { policy, errors } = parsePolicy(input);
    expect(codes(errors)).toEqual([expected]);
    const key = Object.keys(input)[0] as keyof typeof policy;
    if (key !== 'logEndpoint') expect(policy[key]).toBeUndefined();
  });

  it('accepts the range boundaries (near-misses of the above)', () => {
    expect(parsePolicy({ reacknowledgeDays: 0, logRetentionDays: 3650, userLabel: 'x'.repeat(64) }).errors).toEqual([]);
  });

  it('reports the allowed range and values from the schema', () => {
    expect(parsePolicy({ reacknowledgeDays: 9999 }).errors[0]).toMatchObject({ min: 0, max: 3650 });
    expect(parsePolicy({ warnAt: 'x' }).errors[0]?.allowed).toEqual(['notice', 'warn', 'high', 'off']);
  });

  it('resets an unknown category to the default but keeps the term', () => {
    const { policy, errors } = parsePolicy({ customTerms: [{ term: 'Haus Linde', category: 'secret' }] });
    expect(policy.customTerms).toEqual([{ term: 'Haus Linde', category: 'custom' }]);
    expect(codes(errors)).toEqual(['customTerms[0].category:unknown-value']);
  });
});

describe('parsePolicy: URLs, emails, phones', () => {
  it.each([
    ['http://siem.example.org', 'insecure-url'],
    ['ftp://siem.example.org', 'invalid-url'],
    ['javascript:alert(1)', 'invalid-url'],
    ['siem.example.org/collect', 'invalid-url'],
    ['https://user:pass@siem.example.org', 'url-with-credentials'],
  ])('logEndpoint.url %s → %s, the whole endpoint is left out', (url, code) => {
    const { policy, errors } = parsePolicy({ logEndpoint: { url, token: 'T0KEN' } });
    expect(policy.logEndpoint).toBeUndefined();
    expect(codes(errors)).toEqual([`logEndpoint.url:${code}`]);
  });

  it('a missing collector URL makes the endpoint unusable', () => {
    expect(codes(parsePolicy({ logEndpoint: { format: 'json' } }).errors)).toEqual([
      'logEndpoint.url:missing-required',
    ]);
    expect(codes(parsePolicy({ logEndpoint: { url: '' } }).errors)).toEqual(['logEndpoint.url:missing-required']);
  });

  // Unknown key NAMES are reported (they reveal typos such as "warnat"); values never are.
  it('never echoes the token or any other value in errors', () => {
    const secret = 'Sup3r-Secret-Token-Value';
    const { errors } = parsePolicy({
      logEndpoint: { url: 'http://evil.example', token: secret, extra: secret },
      userLabel: secret.repeat(10),
      warnAt: secret,
      guidelinesUrl: `https://${secret}:x@example.org`,
    });
    expect(errors.length).toBeGreaterThan(3);
    expect(JSON.stringify(errors)).not.toContain('Secret');
  });

  it.each([
    ['datenschutz@example.org', true],
    ['a.b-c@sub.example.de', true],
    ['datenschutz@example', false],
    ['datenschutz example.org', false],
    ['@example.org', false],
    ['a@b@example.org', false],
  ])('email %s valid=%s', (email, valid) => {
    const { policy, errors } = parsePolicy({ contactPerson: { email } });
    expect(errors.length === 0).toBe(valid);
    expect(policy.contactPerson?.email).toBe(valid ? email : '');
  });

  it.each([
    ['+49 30 1234567', true],
    ['030/123 45-67', true],
    ['(030) 1234567', true],
    ['12', false],
    ['call me', false],
    ['+49 30 1234567 ext', false],
  ])('phone %s valid=%s', (phone, valid) => {
    expect(parsePolicy({ contactPerson: { phone } }).errors.length === 0).toBe(valid);
  });
});

describe('parsePolicy: unknown keys', () => {
  it('reports unknown top-level and nested keys and ignores them', () => {
    const { policy, errors } = parsePolicy({ warnat: 'high', sites: { instagram: true }, blockAt: 'high' });
    expect(policy).toEqual({ sites: { whatsapp: true, facebook: true, messenger: true }, blockAt: 'high' });
    expect(codes(errors)).toEqual(['warnat:unknown-key', 'sites.instagram:unknown-key']);
  });

  it('is not fooled by __proto__ or constructor keys', () => {
    const input = JSON.parse('{"__proto__": {"monitorOnly": true}, "constructor": 1}') as unknown;
    const { policy, errors } = parsePolicy(input);
    expect(policy).toEqual({});
    expect(({} as Record<string, unknown>).monitorOnly).toBeUndefined();
    expect(codes(errors)).toEqual(['__proto__:unknown-key', 'constructor:unknown-key']);
  });

  it('shortens absurd key names in reports', () => {
    const { errors } = parsePolicy({ ['k'.repeat(10_000)]: 1 });
    expect(errors[0]?.path.length).toBeLessThanOrEqual(64);
  });
});

describe('parsePolicy: huge input', () => {
  it('truncates a huge list and reports it once', () => {
    const allowTerms = Array.from({ length: 100_000 }, (_, i) => `Begriff ${i}`);
    const started = performance.now();
    const { policy, errors } = parsePolicy({ allowTerms });
    expect(performance.now() - started).toBeLessThan(500);
    expect(policy.allowTerms).toHaveLength(1000);
    expect(errors).toEqual([{ code: 'too-many-items', path: 'allowTerms', received: 'array', limit: 1000 }]);
  });

  it('keeps exactly maxItems entries without a report (near-miss)', () => {
    const allowTerms = Array.from({ length: 1000 }, (_, i) => `Begriff ${i}`);
    expect(parsePolicy({ allowTerms }).errors).toEqual([]);
  });

  it('caps the number of errors', () => {
    const customTerms = Array.from({ length: 1000 }, () => ({ term: 5 }));
    const { policy, errors } = parsePolicy({ customTerms });
    expect(policy.customTerms).toEqual([]);
    expect(errors).toHaveLength(MAX_ERRORS + 1);
    expect(errors.at(-1)?.code).toBe('too-many-errors');
  });

  it('skips invalid list entries and keeps the valid ones', () => {
    const { policy, errors } = parsePolicy({ allowTerms: ['Diakonie', 7, 'x', '', 'Caritas'] });
    expect(policy.allowTerms).toEqual(['Diakonie', 'Caritas']);
    expect(codes(errors)).toEqual(['allowTerms[1]:wrong-type', 'allowTerms[2]:too-short']);
  });
});

describe('parsePolicy: custom patterns', () => {
  it.each([
    ['(?<=AZ)\\d+', 'invalid-syntax', 'lookbehind'],
    ['(?=x)y', 'invalid-syntax', 'lookahead'],
    ['(a)\\1', 'invalid-syntax', 'backreference'],
    ['[a-', 'invalid-syntax', 'syntax error'],
    ['a*', 'matches-empty', 'matches the empty string'],
  ])('%s is reported (%s) and skipped (%s)', (pattern, detail) => {
    const { policy, errors } = parsePolicy({
      customPatterns: [
        { name: 'bad', pattern },
        { name: 'good', pattern: 'AZ-\\d+' },
      ],
    });
    expect(policy.customPatterns).toEqual([{ name: 'good', pattern: 'AZ-\\d+', category: 'identifier' }]);
    expect(errors).toEqual([
      { code: 'invalid-pattern', path: 'customPatterns[0].pattern', received: 'string', detail },
    ]);
  });

  it('accepts patterns built to backtrack: RE2 runs them in linear time', () => {
    for (const pattern of ['(a+)+$', '(a|aa)+$', '(.*a){12}', '(x+x+)+y']) {
      expect(parsePolicy({ customPatterns: [{ name: 'p', pattern }] }).errors).toEqual([]);
    }
  });

  /**
   * Issue 12, finding 7: a pattern whose compiled program is too large freezes the page on
   * every pause (`[\\s\\S]{0,1000}` ×33: 7.7 s on 2,000 characters). It is refused with its
   * own reason and the limit, for the administrator's and the user's patterns alike.
   */
  it.each([
    ['[\\s\\S]{0,1000}AZ', 'any character up to 1,000 times'],
    ['[\\s\\S]{0,1000}'.repeat(33), 'the review case, 462 characters'],
    ['(?:\\w+\\s){0,100}Q', 'up to 100 words'],
  ])('%s is refused as too complex (%s)', (pattern) => {
    const { policy, errors } = parsePolicy({
      customPatterns: [
        { name: 'bad', pattern },
        { name: 'good', pattern: 'AZ-\\d{4}/\\d{2}' },
      ],
    });
    expect(policy.customPatterns).toEqual([{ name: 'good', pattern: 'AZ-\\d{4}/\\d{2}', category: 'identifier' }]);
    expect(errors).toEqual([
      {
        code: 'invalid-pattern',
        path: 'customPatterns[0].pattern',
        received: 'string',
        detail: 'too-complex',
        limit: MAX_PROGRAM_SIZE,
      },
    ]);
    expect(describePolicyError(errors[0]!, 'de')).toContain(`höchstens ${MAX_PROGRAM_SIZE} Programmschritte`);
    expect(describePolicyError(errors[0]!, 'en')).toContain('too costly to check while typing');
  });

  it.each([
    // Near-misses: what organisations write must pass.
    ['AZ-\\d{4}/\\d{2}', 'Aktenzeichen with a {4} repetition'],
    ['\\b\\d{1,3}\\s?[A-Z]{1,4}\\s?\\d{1,6}/\\d{2,4}\\b', 'court file number'],
    ['DE\\d{2}(?:\\s?\\d{4}){4}\\s?\\d{2}', 'nested {4}'],
    ['.{0,80}Diagnose', 'an 80-character context'],
  ])('%s is accepted (%s)', (pattern) => {
    expect(parsePolicy({ customPatterns: [{ name: 'p', pattern }] }).errors).toEqual([]);
  });

  it("a user pattern that is too complex is reported as the user's, the admin's stays", () => {
    const effective = computeEffectivePolicy(
      { customPatterns: [{ name: 'az', pattern: 'AZ-\\d{4}' }] },
      { customPatterns: [{ name: 'mine', pattern: '\\w{0,1000}Q' }] },
      'managed',
    );
    expect(effective.errors).toMatchObject([
      { code: 'invalid-pattern', detail: 'too-complex', source: 'user', path: 'customPatterns[0].pattern' },
    ]);
    expect(JSON.stringify(effective.policy.customPatterns)).not.toContain('1000');
  });

  it('refuses a pattern longer than 500 characters', () => {
    const { errors } = parsePolicy({ customPatterns: [{ name: 'long', pattern: 'a'.repeat(501) }] });
    expect(codes(errors)).toEqual(['customPatterns[0].pattern:too-long']);
  });

  it('refuses pattern names that could carry markup or control characters', () => {
    for (const name of ['<img src=x>', 'a\u0000b', 'name;drop']) {
      const { policy, errors } = parsePolicy({ customPatterns: [{ name, pattern: 'AZ\\d+' }] });
      expect(policy.customPatterns).toEqual([]);
      expect(codes(errors)).toEqual(['customPatterns[0].name:invalid-name']);
    }
    expect(parsePolicy({ customPatterns: [{ name: 'Akten-Zeichen_2 ü', pattern: 'AZ\\d+' }] }).errors).toEqual([]);
  });

  it('requires both name and pattern', () => {
    const { policy, errors } = parsePolicy({ customPatterns: [{ pattern: 'AZ\\d+' }, { name: 'x' }] });
    expect(policy.customPatterns).toEqual([]);
    expect(codes(errors)).toEqual([
      'customPatterns[0].name:missing-required',
      'customPatterns[1].pattern:missing-required',
    ]);
  });
});

describe('parsePolicy never throws', () => {
  it('survives hostile objects', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('boom');
        },
      },
    );
    expect(() => parsePolicy(hostile)).not.toThrow();
    const getterBomb = Object.defineProperty({}, 'warnAt', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(() => parsePolicy(getterBomb)).not.toThrow();
    expect(() => parsePolicy({ sites: Object.create(null) as object })).not.toThrow();
    const cyclic: Record<string, unknown> = {};
    cyclic.sites = cyclic;
    expect(() => parsePolicy(cyclic)).not.toThrow();
  });
});

describe('parsePolicy: userMayChange', () => {
  it.each([
    [['language'], ['language']],
    [
      ['warnAt', 'blockAt', 'customTerms'],
      ['warnAt', 'blockAt', 'customTerms'],
    ],
    [[], []],
  ])('accepts %j', (value, expected) => {
    const { policy, errors } = parsePolicy({ userMayChange: value });
    expect(errors).toEqual([]);
    expect(policy.userMayChange).toEqual(expected);
  });

  it.each([
    // [entry, why it is refused]
    ['monitorOnly', 'a key only administrators may set can never be released'],
    ['logEndpoint', 'releasing forwarding would let users stop it'],
    ['Language', 'key names are case-sensitive, as in the policy itself'],
    ['userMayChange', 'not user-editable itself'],
    ['bogus', 'not a key'],
  ])('refuses %s (%s)', (entry) => {
    const { policy, errors } = parsePolicy({ userMayChange: ['language', entry] });
    expect(errors).toEqual([expect.objectContaining({ code: 'unknown-value', path: 'userMayChange[1]' })]);
    expect(errors[0]?.allowed).toEqual(USER_EDITABLE_KEYS);
    expect(policy.userMayChange).toEqual(['language']);
  });

  it('the description names exactly the keys users may be given', () => {
    const text = POLICY_SCHEMA.userMayChange.items.description.en;
    const named = [...text.matchAll(/\b([a-z][A-Za-z]+)\b/gu)].map((m) => m[1]).filter((w) => isPolicyKey(w!));
    expect(named.sort()).toEqual([...USER_EDITABLE_KEYS].sort());
  });
});
