/**
 * The manifest `key` (a public key) fixes the Chrome/Edge extension id for unpacked and
 * self-hosted installs, so administrators can address policy to a known id before the store
 * assigns one. Store builds get the store's id; see docs/admin/deployment.md.
 */
export const MANIFEST_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA4vtTmfqjgUCXW1iwEKNi/g/dOieAtFTjyF/e/W4apyo1KB5N68fUuNLpwRTOUQBMDTo45QiOJAcIG9Ros/I7Qx0qZ1MrGuoVbg4r8aaKEyp8Z8YYnSLIFCMXTL748vGVWLpwm0PVUf4lnPihrUJV/K65TBW27YJLnuF8uXmrnkZ0VeC5ldNKkZZK1bqVmUR0nE5UCSjIcslOJnZ7zcdkgNKiFeu81d6Dlg4uVs5yFqmol/Zt5lsQNe06kVRMV7HRskcqWRlMgKo+UylTw8URj8m5AusTQkKP6r3Hf7y5H2Kxdb+yAWedFQHHTFYOdN2bj1kngMLB2WPeUYNggWusBQIDAQAB';

/** The id Chromium derives from MANIFEST_KEY (checked by test/unit/meta/extension-id.test.ts). */
export const CHROME_EXTENSION_ID = 'hkmkfckehpokhhcfnhlalajlgbiojhcl';

/** Fixed Firefox add-on id (browser_specific_settings.gecko.id); policies.json addresses it. */
export const GECKO_ID = 'vertraulich@vertraulich.invalid';
