/**
 * Administrators try a policy before rolling it out with the same JSON they deploy. This reads
 * every form the deployment guide shows and returns the policy object inside:
 * - the plain policy object (`{"blockAt": "high", …}`);
 * - Chromium's managed JSON (`{"3rdparty":{"extensions":{"<id>":{…}}}}`), Linux and macOS;
 * - Firefox's policies.json (`{"policies":{"3rdparty":{"Extensions":{"<gecko id>":{…}}}}}`);
 * - Firefox's native managed-storage manifest (`{name, description, type:"storage", data}`);
 * - the Google Admin console form (`{"blockAt":{"Value":"high"}, …}`).
 * A wrapper that addresses another extension, and not ours, is a problem: that policy would
 * never reach Vertraulich. Other extensions next to ours (a shared policies.json) are fine.
 *
 * Pure.
 */
import { CHROME_EXTENSION_ID, GECKO_ID } from '../extension-id';
import type { PolicyError } from './policy-error';

export type PolicyWrapper = 'none' | 'chromium' | 'firefox' | 'firefox-managed-storage' | 'google-admin';

export interface UnwrappedPolicy {
  policy: unknown;
  wrapper: PolicyWrapper;
  /** Problems with the wrapper itself (code `wrong-extension-id`); the policy is then `{}`. */
  problems: PolicyError[];
}

export interface ExtensionIds {
  chrome: string;
  gecko: string;
}

const OUR_IDS: ExtensionIds = { chrome: CHROME_EXTENSION_ID, gecko: GECKO_ID };

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

export function unwrapPolicyFile(json: unknown, ids: ExtensionIds = OUR_IDS): UnwrappedPolicy {
  const root = record(json);
  if (!root) return { policy: json, wrapper: 'none', problems: [] };

  const firefox = record(record(record(root.policies)?.['3rdparty'])?.Extensions);
  if (firefox) return addressed(firefox, ids.gecko, 'policies.3rdparty.Extensions', 'firefox');

  const chromium = record(record(root['3rdparty'])?.extensions);
  if (chromium) return addressed(chromium, ids.chrome, '3rdparty.extensions', 'chromium');

  // Firefox's native manifest: `name` is the add-on id, `data` the policy.
  if (root.type === 'storage' && Object.hasOwn(root, 'data') && typeof root.name === 'string') {
    const problems: PolicyError[] =
      root.name === ids.gecko ? [] : [{ code: 'wrong-extension-id', path: 'name', allowed: [ids.gecko] }];
    return { policy: problems.length ? {} : root.data, wrapper: 'firefox-managed-storage', problems };
  }

  // Google Admin console: every key wraps its value as {"Value": …}.
  const entries = Object.entries(root);
  const isAdminConsole =
    entries.length > 0 && entries.every(([, value]) => Object.keys(record(value) ?? { x: 0 }).join() === 'Value');
  if (isAdminConsole) {
    const policy = Object.fromEntries(entries.map(([key, value]) => [key, (value as { Value: unknown }).Value]));
    return { policy, wrapper: 'google-admin', problems: [] };
  }
  return { policy: json, wrapper: 'none', problems: [] };
}

function addressed(
  extensions: Record<string, unknown>,
  ourId: string,
  path: string,
  wrapper: 'chromium' | 'firefox',
): UnwrappedPolicy {
  if (Object.hasOwn(extensions, ourId)) return { policy: extensions[ourId], wrapper, problems: [] };
  const others = Object.keys(extensions);
  const problems: PolicyError[] = (others.length ? others : ['']).map((id) => ({
    code: 'wrong-extension-id',
    path: id ? `${path}.${printable(id)}` : path,
    allowed: [ourId],
  }));
  return { policy: {}, wrapper, problems };
}

/** Ids are typed by people; keep what is shown short and printable. */
function printable(id: string): string {
  const clean = id.replace(/[\p{C}]/gu, '?');
  return clean.length > 64 ? `${clean.slice(0, 63)}…` : clean;
}
