import { describe, expect, it } from 'vitest';
import type { Caseload } from '../../../src/caseload/stored';
import { caseloadSource } from '../../../src/guard/caseload-source';
import { fixedPolicy } from '../../../src/guard/policy-source';
import type { Policy } from '../../../src/policy/types';
import { caseloadOf } from '../caseload/helpers';

function setUp() {
  let deliver: (caseload: Caseload | null) => void = () => {};
  const source = caseloadSource((callback) => (deliver = callback), new AbortController().signal);
  return { source, deliver: (caseload: Caseload | null) => deliver(caseload) };
}

describe('caseload source for the guard', () => {
  it.each([
    ['no caseload stored', null, false],
    ['an empty list', { ...caseloadOf([]), names: [] }, false],
    ['a list with a name', caseloadOf(['Omid Rahimi']), true],
  ])('%s: scan options get a matcher: %s', (_, caseload, expected) => {
    const { source, deliver } = setUp();
    deliver(caseload);
    const options = source.withClients({ language: 'de' });
    expect(options.clients !== undefined).toBe(expected);
    expect(options.language).toBe('de');
    if (expected) expect(options.clients!.has('omid')).toBe(true);
  });

  it('hands the latest policy on again when the caseload changes, so open drafts are judged again', () => {
    const { source, deliver } = setUp();
    const seen: Policy[] = [];
    const controller = new AbortController();
    source.policy(fixedPolicy({ warnAt: 'notice' }))((policy) => seen.push(policy), controller.signal);
    expect(seen).toHaveLength(1);
    deliver(caseloadOf(['Omid Rahimi']));
    expect(seen).toHaveLength(2);
    expect(seen[1]!.warnAt).toBe('notice');
    // After the consumer's end, changes are not handed on.
    controller.abort();
    deliver(null);
    expect(seen).toHaveLength(2);
  });
});
