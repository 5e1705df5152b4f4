import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { dayKey } from '../../../src/log/items';
import type { LogPolicy } from '../../../src/log/log-policy';
import { validateEvent } from '../../../src/log/record';
import { createLogStore } from '../../../src/log/store';
import { mountLogSection, type LogSectionDeps } from '../../../src/ui/options/log-section';

const NOW = new Date(2026, 10, 27, 12).getTime(); // Friday, week 48

async function seed() {
  let clock = NOW - 8 * 86_400_000; // week 47
  const store = createLogStore({ now: () => clock });
  const add = async (eventId: string, patch: Record<string, unknown> = {}) => {
    const result = validateEvent({
      decision: 'acknowledged',
      site: 'whatsapp',
      surface: 'chat',
      severity: 'warn',
      categories: { health: 1 },
      kinds: { 'health-term': 1 },
      eventId,
      ...patch,
    });
    if (!result.ok) throw new Error(result.error);
    await store.append(result.event, {
      policyVersion: 'p',
      extensionVersion: '0.1.0',
      userLabel: '=Team',
      forward: false,
    });
  };
  await add('event-0001');
  clock = NOW - 2 * 86_400_000; // week 48
  await add('event-0002', { site: 'facebook', surface: 'post', decision: 'edited', consentConfirmed: true });
  clock = NOW - 3600_000;
  await add('event-0003');
}

const policy: LogPolicy = {
  logRetentionDays: 365,
  logEndpoint: { url: 'https://collector.example.org/hec', format: 'splunk-hec', token: 'secret' },
  userLabel: '',
  fingerprint: 'p',
};

function mount(extra: Partial<LogSectionDeps> = {}) {
  const container = document.createElement('div');
  document.body.append(container);
  const downloads: Array<{ filename: string; content: string; mimeType: string }> = [];
  const permissions = { contains: vi.fn(async () => false), request: vi.fn(async () => true) };
  const section = mountLogSection(container, {
    language: 'de',
    now: () => NOW,
    getPolicy: async () => policy,
    download: (filename, content, mimeType) => downloads.push({ filename, content, mimeType }),
    permissions,
    watch: () => () => undefined,
    ...extra,
  });
  const q = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`)!;
  const rows = () =>
    [...container.querySelectorAll<HTMLElement>('[data-testid="log-row"]')].map((row) => Number(row.dataset.seq));
  return { container, section, downloads, permissions, q, rows };
}

describe('log section', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    document.body.replaceChildren();
    await seed();
  });

  it('lists records newest first with German labels', async () => {
    const { section, rows, q } = mount();
    await section.refresh();
    expect(rows()).toEqual([3, 2, 1]);
    const row2 = q('log-table').querySelector('[data-seq="2"]')!;
    expect(row2.textContent).toContain('Facebook');
    expect(row2.textContent).toContain('Zum Bearbeiten zurück');
    expect(row2.textContent).toContain('Beitrag');
    expect(q('log-count').textContent).toContain('3 von 3');
  });

  it('filters by site, decision and date range', async () => {
    const { section, rows, q } = mount();
    await section.refresh();
    const select = q('log-filter-site') as HTMLSelectElement;
    select.value = 'whatsapp';
    select.dispatchEvent(new Event('change'));
    expect(rows()).toEqual([3, 1]);
    const decision = q('log-filter-decision') as HTMLSelectElement;
    select.value = '';
    decision.value = 'edited';
    decision.dispatchEvent(new Event('change'));
    expect(rows()).toEqual([2]);
    decision.value = '';
    const from = q('log-filter-from') as HTMLInputElement;
    const d = new Date(NOW - 3 * 86_400_000);
    from.value = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    from.dispatchEvent(new Event('change'));
    expect(rows()).toEqual([3, 2]);
    q('log-filter-reset').click();
    expect(rows()).toEqual([3, 2, 1]);
  });

  it('shows counts per week as bars', async () => {
    const { section, q } = mount();
    await section.refresh();
    const bars = [...q('log-chart').querySelectorAll('li')];
    expect(bars).toHaveLength(12);
    expect(bars.at(-1)!.dataset).toMatchObject({ week: '2026-W48', count: '2' });
    expect(bars.at(-2)!.dataset).toMatchObject({ week: '2026-W47', count: '1' });
    expect(bars.at(-1)!.getAttribute('aria-label')).toBe('KW 48/2026: 2 Einträge');
  });

  it('verifies the chain and reports a tampered record clearly', async () => {
    const { section, q } = mount();
    await section.refresh();
    q('log-verify').click();
    await vi.waitFor(() => expect(q('log-verify-result').dataset.state).toBe('ok'));
    expect(q('log-verify-result').textContent).toContain('Kette in Ordnung: 3 Einträge');

    const day = new Date(NOW - 2 * 86_400_000).toISOString().slice(0, 10);
    const key = dayKey(day);
    const bucket = (await fakeBrowser.storage.local.get(key))[key] as Array<Record<string, unknown>>;
    await fakeBrowser.storage.local.set({
      [key]: bucket.map((r) => (r.seq === 2 ? { ...r, decision: 'acknowledged' } : r)),
    });
    q('log-verify').click();
    await vi.waitFor(() => expect(q('log-verify-result').dataset.state).toBe('broken'));
    expect(q('log-verify-result').textContent).toBe(
      'Kette beschädigt bei Eintrag Nr. 2: Der Eintrag wurde nachträglich verändert.',
    );
  });

  it('exports the filtered records as JSON Lines and as CSV for Excel', async () => {
    const { section, q, downloads } = mount();
    await section.refresh();
    q('log-export-jsonl').click();
    q('log-export-csv').click();
    expect(downloads.map((d) => d.filename)).toEqual([
      'vertraulich-protokoll-2026-11-27.jsonl',
      'vertraulich-protokoll-2026-11-27.csv',
    ]);
    const lines = downloads[0]!.content
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((r) => r.seq)).toEqual([1, 2, 3]); // chain order
    const csv = downloads[1]!.content;
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.split('\r\n')).toHaveLength(5);
    expect(csv).toContain(";'=Team;"); // formula defence on the admin label
    expect(downloads[1]!.mimeType).toContain('text/csv');

    const decision = q('log-filter-decision') as HTMLSelectElement;
    decision.value = 'edited';
    decision.dispatchEvent(new Event('change'));
    q('log-export-jsonl').click();
    expect(downloads[2]!.content.trim().split('\n')).toHaveLength(1);
  });

  it('asks for host permission for the collector origin only, on click', async () => {
    const { section, q, permissions } = mount();
    await section.refresh();
    expect(q('log-forwarding').textContent).toContain('https://collector.example.org');
    expect(q('log-forwarding').textContent).not.toContain('secret');
    expect(permissions.request).not.toHaveBeenCalled();
    q('log-permission').click();
    expect(permissions.request).toHaveBeenCalledWith({ origins: ['https://collector.example.org/*'] });
  });

  it('says so when no collector is set, in English too', async () => {
    const { section, q } = mount({ language: 'en', getPolicy: async () => ({ ...policy, logEndpoint: null }) });
    await section.refresh();
    expect(q('log-forwarding').textContent).toContain('has not set a collector');
    expect(q('log-verify').textContent).toBe('Verify chain');
  });

  it('shows a load error instead of throwing', async () => {
    const { section, q } = mount({ read: () => Promise.reject(new Error('boom')) });
    await section.refresh();
    expect(q('log-count').textContent).toContain('nicht gelesen');
  });

  /**
   * Issue 12, finding 11: one damaged entry (hand-edited profile, disk error) made the page say
   * "could not be read" and hid the whole table. It must show where the chain breaks instead.
   */
  it.each([
    ['null', () => null],
    ['a string', () => 'kaputt'],
    ['time that is no date', (r: Record<string, unknown>) => ({ ...r, time: 'gestern' })],
    ['kinds missing', (r: Record<string, unknown>) => ({ ...r, kinds: undefined })],
    ['seq missing', (r: Record<string, unknown>) => ({ ...r, seq: 'zwei' })],
    [
      'a date beyond what can be shown',
      (r: Record<string, unknown>) => ({ ...r, time: '+275760-09-13T00:00:00.001Z' }),
    ],
  ])('a damaged record (%s) shows as "chain broken at 2"; the other rows still show', async (_name, damage) => {
    const day = new Date(NOW - 2 * 86_400_000).toISOString().slice(0, 10);
    const key = dayKey(day);
    const bucket = (await fakeBrowser.storage.local.get(key))[key] as Array<Record<string, unknown>>;
    await fakeBrowser.storage.local.set({ [key]: bucket.map((r) => (r.seq === 2 ? damage(r) : r)) });

    const { section, q, rows, container, downloads } = mount();
    await section.refresh();
    expect(rows()).toEqual([3, 1]);
    const damaged = [...container.querySelectorAll<HTMLElement>('[data-testid="log-row-damaged"]')];
    expect(damaged.map((row) => row.dataset.seq)).toEqual(['2']);
    expect(damaged[0]!.textContent).toContain('Kette beschädigt bei Eintrag Nr. 2');
    expect(q('log-count').textContent).toContain('3 von 3');
    expect(q('log-count').textContent).not.toContain('nicht gelesen');
    expect(q('log-chart').querySelectorAll('li')).toHaveLength(12);

    q('log-verify').click();
    await vi.waitFor(() => expect(q('log-verify-result').dataset.state).toBe('broken'));
    expect(q('log-verify-result').textContent).toMatch(/^Kette beschädigt bei Eintrag Nr\. 2: /);
    expect(rows()).toEqual([3, 1]);

    // Exports still work and keep the damaged entry for whoever examines it.
    q('log-export-jsonl').click();
    q('log-export-csv').click();
    expect(downloads[0]!.content.trim().split('\n')).toHaveLength(3);
    expect(downloads[1]!.content.split('\r\n')).toHaveLength(5);
  });

  it('in English: "Chain broken at record no. 2"', async () => {
    const day = new Date(NOW - 2 * 86_400_000).toISOString().slice(0, 10);
    const key = dayKey(day);
    const bucket = (await fakeBrowser.storage.local.get(key))[key] as Array<Record<string, unknown>>;
    await fakeBrowser.storage.local.set({ [key]: bucket.map((r) => (r.seq === 2 ? null : r)) });
    const { section, container } = mount({ language: 'en' });
    await section.refresh();
    expect(container.querySelector('[data-testid="log-row-damaged"]')!.textContent).toContain(
      'Chain broken at record no. 2',
    );
  });
});
