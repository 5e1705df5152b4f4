import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../../src/extension-id';
import { unwrapPolicyFile } from '../../../src/policy/policy-file';

const inner = { warnAt: 'notice', approvedChannel: { name: 'Beratungsportal', url: 'https://beratung.example' } };
const OTHER_CHROME = 'abcdefghijklmnopabcdefghijklmnop';

describe('unwrapPolicyFile', () => {
  it.each([
    ['a plain policy', inner, 'none'],
    ['Chromium managed JSON', { '3rdparty': { extensions: { [CHROME_EXTENSION_ID]: inner } } }, 'chromium'],
    // Another extension next to ours in the same file is legitimate.
    [
      'Chromium managed JSON with a second extension',
      { '3rdparty': { extensions: { [OTHER_CHROME]: {}, [CHROME_EXTENSION_ID]: inner } } },
      'chromium',
    ],
    ['Firefox policies.json', { policies: { '3rdparty': { Extensions: { [GECKO_ID]: inner } } } }, 'firefox'],
    [
      "Firefox's managed-storage manifest",
      { name: GECKO_ID, description: 'x', type: 'storage', data: inner },
      'firefox-managed-storage',
    ],
    [
      'the Google Admin console form',
      { warnAt: { Value: 'notice' }, approvedChannel: { Value: inner.approvedChannel } },
      'google-admin',
    ],
  ])('takes %s', (_name, file, wrapper) => {
    const result = unwrapPolicyFile(file);
    expect(result.wrapper).toBe(wrapper);
    expect(result.problems).toEqual([]);
    expect(result.policy).toEqual(inner);
  });

  it.each([
    // [name, file, problem path] — each would never reach Vertraulich.
    [
      'a Chromium file for another id',
      { '3rdparty': { extensions: { [OTHER_CHROME]: inner } } },
      `3rdparty.extensions.${OTHER_CHROME}`,
    ],
    [
      'a Firefox file for another add-on',
      { policies: { '3rdparty': { Extensions: { 'x@y': inner } } } },
      'policies.3rdparty.Extensions.x@y',
    ],
    // Near-miss of the right one: the Chrome id in a Firefox file.
    [
      'the Chrome id in policies.json',
      { policies: { '3rdparty': { Extensions: { [CHROME_EXTENSION_ID]: inner } } } },
      `policies.3rdparty.Extensions.${CHROME_EXTENSION_ID}`,
    ],
    ['a managed-storage manifest for another add-on', { name: 'x@y', type: 'storage', data: inner }, 'name'],
    ['an empty extensions object', { '3rdparty': { extensions: {} } }, '3rdparty.extensions'],
  ])('reports %s and applies nothing', (_name, file, path) => {
    const result = unwrapPolicyFile(file);
    expect(result.problems).toEqual([expect.objectContaining({ code: 'wrong-extension-id', path })]);
    expect(result.policy).toEqual({});
  });

  it.each([
    ['an array', [inner]],
    ['null', null],
    // Near-miss of the Admin console form: one key has more than "Value".
    ['a policy whose one object value merely has a Value key', { warnAt: { Value: 'x' }, blockAt: 'high' }],
    ['an empty object', {}],
  ])('leaves %s as it is, for the validator to report', (_name, file) => {
    const result = unwrapPolicyFile(file);
    expect(result.wrapper).toBe('none');
    expect(result.policy).toBe(file);
  });
});
