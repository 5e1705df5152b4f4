import { describe, expect, it } from 'vitest';
import { sharedPolicySource, type PolicySource } from '../../../src/guard/policy-source';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';
import type { Policy } from '../../../src/policy/types';

describe('sharedPolicySource', () => {
  it('subscribes once, fans out to every consumer, and gives late consumers the latest policy', () => {
    let subscriptions = 0;
    let push: (policy: Policy) => void = () => undefined;
    const source: PolicySource = (onPolicy) => {
      subscriptions += 1;
      push = onPolicy;
    };
    const life = new AbortController();
    const shared = sharedPolicySource(source, life.signal);
    const a: string[] = [];
    const b: string[] = [];
    shared((p) => a.push(p.warnAt), life.signal);
    push({ ...DEFAULT_POLICY, warnAt: 'notice' });
    shared((p) => b.push(p.warnAt), life.signal); // joins late
    push({ ...DEFAULT_POLICY, warnAt: 'high' });
    expect(subscriptions).toBe(1);
    expect(a).toEqual(['notice', 'high']);
    expect(b).toEqual(['notice', 'high']);
  });

  it('stops calling a consumer whose signal aborted', () => {
    let push: (policy: Policy) => void = () => undefined;
    const shared = sharedPolicySource((onPolicy) => (push = onPolicy), new AbortController().signal);
    const consumer = new AbortController();
    const seen: string[] = [];
    shared((p) => seen.push(p.warnAt), consumer.signal);
    consumer.abort();
    push({ ...DEFAULT_POLICY, warnAt: 'high' });
    expect(seen).toEqual([]);
  });
});
