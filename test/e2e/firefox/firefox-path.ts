import { existsSync } from 'node:fs';

/** Where Debian's firefox-esr package puts the browser; FIREFOX_PATH overrides. */
export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr'];

export function findFirefox(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const override = env.FIREFOX_PATH;
  if (override) {
    if (exists(override)) return override;
    throw new Error(`FIREFOX_PATH is set to ${override}, but no file is there.`);
  }
  const found = FIREFOX_CANDIDATES.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    'Firefox ESR was not found, so the Firefox end-to-end tests cannot run. Install it with ' +
      '`apt-get install -y firefox-esr` (Debian) or set FIREFOX_PATH to the browser binary. ' +
      `Looked in: ${FIREFOX_CANDIDATES.join(', ')}.`,
  );
}
