/**
 * The adapter for a page. Order matters: facebook.com/messages is Messenger, so Messenger is
 * asked before Facebook.
 */
import { adapter as facebook } from './facebook';
import { adapter as messenger } from './messenger';
import type { SiteAdapter } from './types';
import { adapter as whatsapp } from './whatsapp';

export const ADAPTERS: readonly SiteAdapter[] = [messenger, facebook, whatsapp];

export function adapterFor(url: URL): SiteAdapter | null {
  try {
    return ADAPTERS.find((adapter) => adapter.matches(url)) ?? null;
  } catch {
    return null;
  }
}
