import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';

type Plugin = {
  name: string;
  resolveId(this: { resolve(id: string): Promise<{ id: string }> }, id: string, importer?: string): unknown;
};

function vitePlugins(): Plugin[] {
  const vite = config.vite as unknown as () => { plugins: Plugin[] };
  return vite().plugins;
}

function contentScriptPlugins(types: string[]): Plugin[] {
  const viteConfig: { plugins?: Plugin[] } = {};
  const hooks = config.hooks as unknown as Record<string, unknown>;
  const hook = hooks['vite:build:extendConfig'] as (
    entrypoints: Array<{ type: string }>,
    viteConfig: { plugins?: Plugin[] },
  ) => void;
  hook(
    types.map((type) => ({ type })),
    viteConfig,
  );
  return viteConfig.plugins ?? [];
}

const ctx = { resolve: async (id: string) => ({ id: `/resolved/${id}` }) };

describe('wxt.config.ts: what start-up relies on', () => {
  it('routes imports of re2js to the lazy stand-in, except the stand-in’s own', () => {
    const [lazy] = vitePlugins();
    const standIn = lazy!.resolveId.call(ctx, 're2js', '/x/src/detect/custom-pattern.ts');
    expect(standIn).toMatch(/src\/guard\/lazy-re2js\.ts$/);
    expect(lazy!.resolveId.call(ctx, 're2js', standIn as string)).toBeNull();
    expect(lazy!.resolveId.call(ctx, 're2js-other', '/x/a.ts')).toBeNull();
  });

  it.each([
    [['content-script'], 1],
    [['content-script', 'content-script'], 1],
    [['background'], 0], // its onMessage handlers need the polyfill
    [['popup', 'options'], 0],
  ])('native browser APIs for %j: %i plugin(s)', (types, count) => {
    expect(contentScriptPlugins(types)).toHaveLength(count);
  });

  it('swaps only the polyfill for WXT’s native browser object', async () => {
    const [native] = contentScriptPlugins(['content-script']);
    await expect(native!.resolveId.call(ctx, '@wxt-dev/webextension-polyfill/browser', '/x/a.ts')).resolves.toEqual({
      id: '/resolved/@wxt-dev/browser',
    });
    expect(native!.resolveId.call(ctx, 'wxt/utils/storage', '/x/a.ts')).toBeNull();
  });
});
