/**
 * One language per user, everywhere: the policy's `language`, else the browser's. Extension
 * pages (options, popup) read the effective policy once; the content script resolves it from
 * the live policy (start-guard.ts, guidelines-prompt.ts) with the same rule.
 */
import { loadEffectivePolicy } from '../settings/effective-policy';
import { resolveLanguage, type Language } from './languages';

export interface UserLanguage {
  language: Language;
  guidelinesUrl: string;
}

/** The page waits at most this long for the policy before it speaks the browser's language. */
const WAIT_MS = 1500;

export async function userLanguage(
  load: () => ReturnType<typeof loadEffectivePolicy> = loadEffectivePolicy,
  wait = WAIT_MS,
): Promise<UserLanguage> {
  try {
    const late = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('policy late')), wait));
    const { policy } = await Promise.race([load(), late]);
    return { language: resolveLanguage(policy.language ?? 'auto'), guidelinesUrl: policy.guidelinesUrl ?? '' };
  } catch {
    return { language: resolveLanguage('auto'), guidelinesUrl: '' };
  }
}
