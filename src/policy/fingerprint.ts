/**
 * A short, stable version of the administrator's policy for logs and the diagnostics panel:
 * FNV-1a 64 over canonical JSON (keys sorted), as 16 hex digits. Synchronous and pure, so the
 * background, content scripts and Node compute the same value.
 *
 * The log endpoint's token is replaced by a marker first: a 64-bit hash of an otherwise
 * known policy would let anyone holding a log test guesses of a weak token offline.
 * The validator's errors (path and code) are part of it, so a policy with a refused value has
 * its own fingerprint: the options page's diagnostics and `npm run scan --policy` show it, and
 * the background writes one `policy-invalid` record per fingerprint.
 */
import type { PolicyError } from './policy-error';
import type { Policy } from './types';

export function policyFingerprint(admin: Partial<Policy>, errors: readonly PolicyError[] = []): string {
  const redacted: Partial<Policy> = { ...admin };
  if (admin.logEndpoint) redacted.logEndpoint = { ...admin.logEndpoint, token: admin.logEndpoint.token ? '<set>' : '' };
  // A refused value is left out of `admin`, so without its errors `{"blockAt":"hoch"}` would
  // look like no policy at all. Codes and paths only, never the refused value.
  if (errors.length === 0) return fnv1a64(canonicalJson(redacted));
  return fnv1a64(canonicalJson({ policy: redacted, errors: errors.map((error) => `${error.path}:${error.code}`) }));
}

/** JSON with object keys sorted at every level; undefined members are left out as in JSON. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item)).join(',')}]`;
  const entries = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK_64 = 0xffffffffffffffffn;

/** FNV-1a 64 over the UTF-8 bytes of `text`. */
export function fnv1a64(text: string): string {
  let hash = FNV_OFFSET;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK_64;
  }
  return hash.toString(16).padStart(16, '0');
}
