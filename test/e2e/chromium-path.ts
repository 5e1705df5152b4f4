import { existsSync } from 'node:fs';

/** Where Debian's chromium package puts the browser; CHROMIUM_PATH overrides. */
export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'];

export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (exists(override)) return override;
    throw new Error(`CHROMIUM_PATH is set to ${override}, but no file is there.`);
  }
  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  if (found) return found;
  throw new Error(
    'Chromium was not found, so the end-to-end tests cannot run. Install it with ' +
      '`apt-get install -y chromium` (Debian) or set CHROMIUM_PATH to the browser binary. ' +
      `Looked in: ${CHROMIUM_CANDIDATES.join(', ')}.`,
  );
}
