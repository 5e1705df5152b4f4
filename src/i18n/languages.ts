export type Language = 'de' | 'en';

/**
 * The UI language: the policy's choice, else English for an English browser and German
 * for everything else (German is the product's first language).
 */
export function resolveLanguage(
  preference: 'auto' | Language,
  browserLanguage: string = globalThis.navigator?.language ?? 'de',
): Language {
  if (preference !== 'auto') return preference;
  return browserLanguage.toLowerCase().startsWith('en') ? 'en' : 'de';
}
