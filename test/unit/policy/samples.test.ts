/**
 * Every sample an administrator may copy (docs/admin/samples) is a valid policy for the
 * extension ids we ship, so following the deployment guide cannot produce errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHROME_EXTENSION_ID, GECKO_ID } from '../../../src/extension-id';
import { POLICY_SCHEMA, isPolicyKey } from '../../../src/policy/schema';
import { computeEffectivePolicy } from '../../../src/policy/effective';
import { unwrapPolicyFile } from '../../../src/policy/policy-file';
import { parsePolicy } from '../../../src/policy/validate';

const DIR = 'docs/admin/samples';
const json = (name: string) => JSON.parse(readFileSync(`${DIR}/${name}`, 'utf8')) as Record<string, unknown>;

describe('policy samples', () => {
  it.each(['policy-full.json', 'policy-minimal.json', 'policy-monitor-only.json'])('%s is valid', (name) => {
    const sample = json(name);
    const { policy, errors } = parsePolicy(sample);
    expect(errors).toEqual([]);
    expect(Object.keys(policy)).toEqual(Object.keys(sample));
  });

  it('the full sample sets every key', () => {
    expect(Object.keys(json('policy-full.json')).sort()).toEqual(Object.keys(POLICY_SCHEMA).sort());
  });

  it('the monitor-only sample is monitor-only', () => {
    expect(parsePolicy(json('policy-monitor-only.json')).policy.monitorOnly).toBe(true);
  });

  it('the Chromium Linux file addresses our Chrome id', () => {
    const extensions = (json('chromium-linux.json')['3rdparty'] as { extensions: Record<string, unknown> }).extensions;
    expect(Object.keys(extensions)).toEqual([CHROME_EXTENSION_ID]);
    expect(parsePolicy(extensions[CHROME_EXTENSION_ID]).errors).toEqual([]);
  });

  it('the Firefox policies.json force-installs and configures our gecko id', () => {
    const policies = json('firefox-policies.json').policies as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(policies.ExtensionSettings ?? {})).toEqual([GECKO_ID]);
    expect(policies.ExtensionSettings?.[GECKO_ID]).toMatchObject({ installation_mode: 'force_installed' });
    const extensions = policies['3rdparty']?.Extensions ?? {};
    expect(Object.keys(extensions)).toEqual([GECKO_ID]);
    expect(parsePolicy(extensions[GECKO_ID]).errors).toEqual([]);
  });

  it("Firefox's native managed-storage manifest is named after our gecko id", () => {
    const manifest = json('firefox-managed-storage.json');
    expect(manifest).toMatchObject({ name: GECKO_ID, type: 'storage' });
    expect(parsePolicy(manifest.data).errors).toEqual([]);
  });

  it('the Google Admin console JSON is valid once each {Value} is unwrapped', () => {
    const { policy, wrapper } = unwrapPolicyFile(json('google-admin-console.json'));
    expect(wrapper).toBe('google-admin');
    expect(parsePolicy(policy).errors).toEqual([]);
    expect(Object.keys(policy as object).length).toBeGreaterThan(3);
  });

  it('the .reg file sets the same valid policy for Chrome and Edge', () => {
    const sections = parseRegFile(readFileSync(`${DIR}/windows-chrome-edge.reg`, 'utf8'));
    expect(Object.keys(sections)).toEqual([
      `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Google\\Chrome\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`,
      `HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Edge\\3rdparty\\extensions\\${CHROME_EXTENSION_ID}\\policy`,
    ]);
    const [chrome, edge] = Object.values(sections);
    expect(edge).toEqual(chrome);
    const { policy, errors } = parsePolicy(chrome);
    expect(errors).toEqual([]);
    expect(policy.customPatterns?.[0]?.pattern).toBe('AZ-\\d{4}/\\d{2}');
    expect(policy.reacknowledgeDays).toBe(365);
  });

  // What `npm run scan --policy` and an administrator see: each file in the form it is deployed.
  it.each(readdirSync(DIR).filter((name) => name.endsWith('.json')))(
    '%s unwraps for our ids, validates clean and locks sites',
    (name) => {
      const unwrapped = unwrapPolicyFile(json(name));
      expect(unwrapped.problems).toEqual([]);
      const effective = computeEffectivePolicy(unwrapped.policy, { sites: { whatsapp: false } }, 'managed');
      expect(effective.errors.filter((error) => error.source === 'admin')).toEqual([]);
      expect(effective.adminSet).toContain('sites');
      expect(effective.locked).toContain('sites');
      // A user who unticks WhatsApp changes nothing.
      expect(effective.policy.sites.whatsapp).toBe(true);
    },
  );

  it('the .reg sections lock sites too', () => {
    for (const section of Object.values(parseRegFile(readFileSync(`${DIR}/windows-chrome-edge.reg`, 'utf8')))) {
      const effective = computeEffectivePolicy(section, {}, 'managed');
      expect(effective.errors).toEqual([]);
      expect(effective.adminSet).toContain('sites');
    }
  });

  it('there is no untested sample', () => {
    expect(readdirSync(DIR).sort()).toEqual(
      [
        'chromium-linux.json',
        'firefox-managed-storage.json',
        'firefox-policies.json',
        'google-admin-console.json',
        'policy-full.json',
        'policy-minimal.json',
        'policy-monitor-only.json',
        'windows-chrome-edge.reg',
      ].sort(),
    );
  });
});

/**
 * Reads a .reg file the way Chrome's registry loader converts it (registry_dict.cc): REG_DWORD
 * becomes a boolean or integer by schema type; REG_SZ for objects and lists holds JSON.
 */
function parseRegFile(text: string): Record<string, Record<string, unknown>> {
  const sections: Record<string, Record<string, unknown>> = {};
  let current: Record<string, unknown> | undefined;
  for (const line of text.split(/\r?\n/u)) {
    const section = /^\[(.+)\]$/u.exec(line);
    if (section?.[1]) {
      current = sections[section[1]] = {};
      continue;
    }
    const value = /^"([^"]+)"=(.*)$/u.exec(line);
    if (!value?.[1] || value[2] === undefined || !current) continue;
    const [, name, raw] = value;
    if (!isPolicyKey(name)) throw new Error(`unknown key in .reg: ${name}`);
    const type = POLICY_SCHEMA[name].type;
    if (raw.startsWith('dword:')) {
      const number = Number.parseInt(raw.slice(6), 16);
      current[name] = type === 'boolean' ? number !== 0 : number;
    } else {
      const string = raw.slice(1, -1).replace(/\\(.)/gu, '$1');
      current[name] = type === 'object' || type === 'array' ? (JSON.parse(string) as unknown) : string;
    }
  }
  return sections;
}
