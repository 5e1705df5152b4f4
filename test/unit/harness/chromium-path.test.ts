import { describe, expect, it } from 'vitest';
import { CHROMIUM_CANDIDATES, findChromium } from '../../e2e/chromium-path';

describe('findChromium (the end-to-end layer never passes silently without a browser)', () => {
  it.each([
    ['Debian path', {}, (p: string) => p === '/usr/bin/chromium', '/usr/bin/chromium'],
    ['the other Debian path', {}, (p: string) => p === '/usr/lib/chromium/chromium', '/usr/lib/chromium/chromium'],
    ['CHROMIUM_PATH', { CHROMIUM_PATH: '/opt/c/chrome' }, (p: string) => p === '/opt/c/chrome', '/opt/c/chrome'],
  ])('finds %s', (_name, env, exists, expected) => {
    expect(findChromium(env, exists)).toBe(expected);
  });

  it('says how to install Chromium when none is there', () => {
    expect(() => findChromium({}, () => false)).toThrow(/apt-get install -y chromium.*CHROMIUM_PATH/s);
    expect(() => findChromium({}, () => false)).toThrow(CHROMIUM_CANDIDATES[0]!);
  });

  it('names a CHROMIUM_PATH that points nowhere instead of falling back quietly', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nope' }, (p) => p === '/usr/bin/chromium')).toThrow(
      /CHROMIUM_PATH.*\/nope/,
    );
  });
});
