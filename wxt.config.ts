import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { GECKO_ID, MANIFEST_KEY } from './src/extension-id';

const LAZY_RE2JS = fileURLToPath(new URL('./src/guard/lazy-re2js.ts', import.meta.url));

// Firefox gets Manifest V2 (WXT's default for Firefox): on every supported Firefox ESR the
// MV2 host permissions of content scripts are granted at install (MV3 makes them opt-in per
// site on older ESRs, so a force-installed guard could sit inactive), managed storage and
// event pages behave the same across ESR versions, and Mozilla keeps MV2 supported.
// Chrome and Edge get MV3, the only version they accept.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The agreed top level has assets/ instead of WXT's public/: icons, _locales, managed schema.
  publicDir: 'assets',
  vite: () => ({
    plugins: [
      {
        // re2js is evaluated only when a policy has custom patterns: see src/guard/lazy-re2js.ts.
        name: 'vertraulich:lazy-re2js',
        enforce: 'pre',
        resolveId(id: string, importer?: string) {
          return id === 're2js' && importer !== LAZY_RE2JS ? LAZY_RE2JS : null;
        },
      },
    ],
  }),
  hooks: {
    'vite:build:extendConfig'(entrypoints, config) {
      if (!entrypoints.every((entry) => entry.type === 'content-script')) return;
      // Content scripts use the browser's own promise-based APIs (runtime.sendMessage,
      // storage.local/managed.get, storage.onChanged: promises in Chrome MV3, native `browser`
      // in Firefox), so they skip webextension-polyfill: its set-up ran twice per page load
      // (early script and guard). The background keeps it: its onMessage handlers answer by
      // returning a promise, which only the polyfill makes work in Chrome.
      (config.plugins ??= []).push({
        name: 'vertraulich:native-browser-in-content-scripts',
        enforce: 'pre',
        resolveId(id: string, importer?: string) {
          if (id !== '@wxt-dev/webextension-polyfill/browser') return null;
          return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
        },
      });
    },
  },
  manifest: ({ browser, manifestVersion }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'de',
    // unlimitedStorage: the acknowledgement log lives in storage.local, capped at 10 MB (about
    // 20,000 records) without it; a full log must never block a send or lose a record.
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Host permission for the log collector is requested at run time, for that origin only.
    optional_host_permissions:
      manifestVersion === 3 ? ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] : undefined,
    optional_permissions:
      manifestVersion === 2 ? ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'] : undefined,
    storage: { managed_schema: 'managed_schema.json' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Nothing goes to the developers. Acknowledgement records (no draft content) go only
              // to a collector the organisation's administrator configures, if any.
              data_collection_permissions: { required: ['none'] },
            },
            // data_collection_permissions needs Firefox for Android 142; desktop ESR 140 is the target.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { key: MANIFEST_KEY }),
  }),
});
