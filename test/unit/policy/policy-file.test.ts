import { describe, expect, it } from 'vitest';
import { unwrapPolicyFile } from '../../../src/policy/policy-file';

const inner = { warnAt: 'notice', approvedChannel: { name: 'Beratungsportal', url: 'https://beratung.example' } };

describe('unwrapPolicyFile', () => {
  it.each([
    ['a plain policy', inner, 'none'],
    ['Chromium managed JSON', { '3rdparty': { extensions: { abcdefghijklmnopabcdefghijklmnop: inner } } }, 'chromium'],
    ['Firefox policies.json', { policies: { '3rdparty': { Extensions: { 'vertraulich@x': inner } } } }, 'firefox'],
  ])('takes %s', (_name, file, wrapper) => {
    const result = unwrapPolicyFile(file);
    expect(result.wrapper).toBe(wrapper);
    expect(result.policy).toEqual(inner);
  });

  it.each([
    ['two extensions in one Chromium file', { '3rdparty': { extensions: { a: inner, b: inner } } }],
    ['an empty extensions object', { '3rdparty': { extensions: {} } }],
    ['an array', [inner]],
    ['null', null],
  ])('leaves %s as it is, for the validator to report', (_name, file) => {
    const result = unwrapPolicyFile(file);
    expect(result.wrapper).toBe('none');
    expect(result.policy).toBe(file);
  });
});
