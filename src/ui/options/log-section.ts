/**
 * Options page: the acknowledgement log. Reads storage.local directly (the background is the
 * only writer; readers are safe), verifies the chain, shows a weekly chart, exports.
 * Stable data-testid attributes are the contract for the end-to-end tests.
 */
import { browser } from 'wxt/browser';
import { verifyChain, type VerifyResult } from '../../log/chain';
import { toCsv, toJsonLines } from '../../log/export';
import { LOG_KEY_PREFIX, QUEUE_KEY } from '../../log/items';
import { loadLogPolicy } from '../../log/effective-log-policy';
import type { LogPolicy } from '../../log/log-policy';
import { normaliseQueue, type QueueState } from '../../log/queue';
import { LOG_DECISIONS, SITES, type LogRecord } from '../../log/record';
import { readLog, type LogSnapshot } from '../../log/store';
import { resolveLanguage, type Language } from '../../i18n/languages';
import { LOG_SECTION_CSS } from './log-section-style';
import { countsLabel, kindLabel, logT, type LogStringKey } from './log-strings';
import { filterRecords, isReadableRecord, NO_FILTER, weeklyCounts, type LogFilter } from './log-view';
import { el } from './el';

export interface PermissionsLike {
  contains(permissions: { origins: string[] }): Promise<boolean>;
  request(permissions: { origins: string[] }): Promise<boolean>;
}

export interface LogSectionDeps {
  language?: Language;
  now?: () => number;
  read?: () => Promise<LogSnapshot>;
  readQueue?: () => Promise<QueueState>;
  getPolicy?: () => Promise<LogPolicy>;
  /** Saves a file; default: Blob + object URL + <a download>. */
  download?: (filename: string, content: string, mimeType: string) => void;
  permissions?: PermissionsLike | null;
  /** Calls back when the stored log changes; returns the unsubscribe function. */
  watch?: (onChange: () => void) => () => void;
  /** Rows shown at most (the export is not limited). */
  maxRows?: number;
}

export interface LogSection {
  refresh(): Promise<void>;
  destroy(): void;
}

function defaultDownload(filename: string, content: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: revoking at once can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function defaultWatch(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && Object.keys(changes).some((key) => key.startsWith(LOG_KEY_PREFIX))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

function localDay(time: number): string {
  const d = new Date(time);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function mountLogSection(container: HTMLElement, deps: LogSectionDeps = {}): LogSection {
  const language = deps.language ?? resolveLanguage('auto');
  const tr = (key: LogStringKey, params?: Record<string, string | number>) => logT(language, key, params);
  const now = deps.now ?? Date.now;
  const read = deps.read ?? (() => readLog());
  const readQueue =
    deps.readQueue ?? (async () => normaliseQueue((await browser.storage.local.get(QUEUE_KEY))[QUEUE_KEY]));
  const getPolicy = deps.getPolicy ?? loadLogPolicy;
  const download = deps.download ?? defaultDownload;
  const permissions =
    deps.permissions === undefined ? ((browser.permissions as PermissionsLike | undefined) ?? null) : deps.permissions;
  const maxRows = deps.maxRows ?? 1000;
  const timeFormat = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });

  let snapshot: LogSnapshot | null = null;
  let filter: LogFilter = { ...NO_FILTER };

  // --- structure ---
  const style = el('style', {}, LOG_SECTION_CSS);
  const from = el('input', { type: 'date', 'data-testid': 'log-filter-from' });
  const to = el('input', { type: 'date', 'data-testid': 'log-filter-to' });
  const site = el('select', { 'data-testid': 'log-filter-site' }, el('option', { value: '' }, tr('filterAll')));
  for (const id of SITES) site.append(el('option', { value: id }, tr(`site.${id}`)));
  const decision = el('select', { 'data-testid': 'log-filter-decision' }, el('option', { value: '' }, tr('filterAll')));
  for (const id of LOG_DECISIONS) decision.append(el('option', { value: id }, tr(`decision.${id}`)));
  const reset = el('button', { type: 'button', 'data-testid': 'log-filter-reset' }, tr('filterReset'));

  const verifyButton = el('button', { type: 'button', class: 'v-primary', 'data-testid': 'log-verify' }, tr('verify'));
  const verifyResult = el('p', {
    class: 'v-log-result',
    role: 'status',
    'aria-live': 'polite',
    'data-testid': 'log-verify-result',
  });
  const exportJsonl = el('button', { type: 'button', 'data-testid': 'log-export-jsonl' }, tr('exportJsonl'));
  const exportCsv = el('button', { type: 'button', 'data-testid': 'log-export-csv' }, tr('exportCsv'));

  const chart = el('ol', { class: 'v-log-chart', 'data-testid': 'log-chart' });
  const summary = el('p', { class: 'v-muted', 'data-testid': 'log-count' });
  const tbody = el('tbody');
  const table = el(
    'table',
    { 'data-testid': 'log-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        ...(
          [
            'colSeq',
            'colTime',
            'colSite',
            'colSurface',
            'colDecision',
            'colSeverity',
            'colFindings',
            'colReason',
          ] as const
        ).map((key) => el('th', { scope: 'col' }, tr(key))),
      ),
    ),
    tbody,
  );
  const forwardStatus = el('div', { 'data-testid': 'log-forwarding' });

  const section = el(
    'section',
    { class: 'v-log', 'data-testid': 'log-section', 'aria-labelledby': 'v-log-title' },
    style,
    el('h2', { id: 'v-log-title' }, tr('sectionTitle')),
    el('p', { class: 'v-muted' }, tr('intro')),
    el('div', { class: 'v-log-actions' }, verifyButton, exportJsonl, exportCsv),
    verifyResult,
    el('p', { class: 'v-muted' }, tr('exportHint')),
    el(
      'div',
      { class: 'v-log-filters' },
      el('label', {}, tr('filterFrom'), from),
      el('label', {}, tr('filterTo'), to),
      el('label', {}, tr('filterSite'), site),
      el('label', {}, tr('filterDecision'), decision),
      reset,
    ),
    el('h3', {}, tr('chartTitle')),
    chart,
    summary,
    table,
    el('h3', {}, tr('forwardTitle')),
    forwardStatus,
  );
  container.append(section);

  // --- rendering ---
  /**
   * Entries passing the filter, chain order, each with the seq it stands at: its own, or for a
   * damaged entry (anything read back from the profile) the one after its predecessor.
   */
  function entries(): Array<{ record: unknown; seq: number }> {
    if (!snapshot) return [];
    const out: Array<{ record: unknown; seq: number }> = [];
    let previous = snapshot.head.anchor.seq;
    for (const record of snapshot.records as unknown[]) {
      const seq = isReadableRecord(record) ? record.seq : previous + 1;
      previous = seq;
      if (filterRecords([record as LogRecord], filter).length > 0) out.push({ record, seq });
    }
    return out;
  }

  function filtered(): LogRecord[] {
    return entries().map((entry) => entry.record as LogRecord);
  }

  function renderChart(records: LogRecord[]) {
    const end = filter.to ? new Date(`${filter.to}T12:00:00`).getTime() : now();
    const weeks = weeklyCounts(records, Number.isNaN(end) ? now() : end);
    const max = Math.max(1, ...weeks.map((w) => w.count));
    chart.replaceChildren(
      ...weeks.map((w) => {
        const label = tr('chartBar', { week: w.week, year: w.year, count: w.count });
        const bar = el('div', { class: 'v-log-bar', style: `height:${Math.round((w.count / max) * 80)}%` });
        return el(
          'li',
          {
            'aria-label': label,
            title: label,
            'data-week': `${w.year}-W${String(w.week).padStart(2, '0')}`,
            'data-count': String(w.count),
          },
          el('span', { class: 'v-log-bar-count', 'aria-hidden': 'true' }, String(w.count)),
          bar,
          el('span', { 'aria-hidden': 'true' }, tr('chartWeek', { week: w.week })),
        );
      }),
    );
  }

  function recordRow(record: LogRecord): HTMLTableRowElement {
    return el(
      'tr',
      {
        'data-testid': 'log-row',
        'data-seq': String(record.seq),
        'data-id': record.id,
        'data-decision': record.decision,
      },
      el('td', {}, String(record.seq)),
      el('td', {}, el('time', { datetime: record.time }, timeFormat.format(new Date(record.time)))),
      el('td', {}, record.site ? tr(`site.${record.site}`) : ''),
      el('td', {}, record.surface ? tr(`surface.${record.surface}`) : ''),
      el('td', {}, tr(`decision.${record.decision}`)),
      el('td', {}, tr(`severity.${record.severity}`)),
      el(
        'td',
        {},
        record.policyKeys
          ? (record.policyErrors ?? record.policyKeys).join(' ')
          : countsLabel(language, record.kinds, (kind) => kindLabel(language, kind)),
      ),
      el('td', {}, record.reason ? tr(`reason.${record.reason}`) : record.consentConfirmed ? tr('yes') : ''),
    );
  }

  /** One damaged entry: where the chain breaks, across the row; the other rows still show. */
  function damagedRow(seq: number): HTMLTableRowElement {
    return el(
      'tr',
      { 'data-testid': 'log-row-damaged', 'data-seq': String(seq), class: 'v-log-damaged' },
      el('td', {}, String(seq)),
      el('td', { colspan: '7' }, tr('verifyBroken', { seq, reason: tr('problem.malformed') })),
    );
  }

  function renderTable(list: Array<{ record: unknown; seq: number }>) {
    const newestFirst = [...list].reverse();
    const shown = newestFirst.slice(0, maxRows);
    summary.textContent =
      tr('shownCount', { shown: list.length, total: snapshot?.records.length ?? 0 }) +
      (shown.length < newestFirst.length ? ` ${tr('truncated', { count: maxRows })}` : '');
    if (shown.length === 0) {
      tbody.replaceChildren(el('tr', {}, el('td', { colspan: '8' }, tr('empty'))));
      return;
    }
    tbody.replaceChildren(
      ...shown.map(({ record, seq }) => {
        if (!isReadableRecord(record)) return damagedRow(seq);
        try {
          return recordRow(record);
        } catch {
          // A value no label or date format can show (e.g. a year 300000): damaged, not fatal.
          return damagedRow(seq);
        }
      }),
    );
  }

  function render() {
    const list = entries();
    renderChart(list.flatMap(({ record }) => (isReadableRecord(record) ? [record] : [])));
    renderTable(list);
  }

  async function renderForwarding() {
    try {
      const policy = await getPolicy();
      const endpoint = policy.logEndpoint;
      if (!endpoint?.url) {
        forwardStatus.replaceChildren(el('p', { class: 'v-muted' }, tr('forwardNone')));
        return;
      }
      const origin = new URL(endpoint.url).origin;
      const queue = await readQueue();
      const lines: Node[] = [el('p', {}, tr('forwardTarget', { origin }))];
      lines.push(
        el(
          'p',
          { 'data-testid': 'log-forward-pending', 'data-count': String(queue.pending.length) },
          queue.pending.length ? tr('forwardPending', { count: queue.pending.length }) : tr('forwardAllSent'),
        ),
      );
      if (queue.lastError) lines.push(el('p', {}, tr('forwardError', { error: queue.lastError })));
      if (permissions) {
        const pattern = { origins: [`${origin}/*`] };
        const granted = await permissions.contains(pattern).catch(() => false);
        if (granted)
          lines.push(el('p', { 'data-testid': 'log-permission-granted' }, tr('permissionGranted', { origin })));
        else {
          const button = el(
            'button',
            { type: 'button', 'data-testid': 'log-permission' },
            tr('permissionRequest', { origin }),
          );
          // Must run directly in the click handler: permissions.request needs the user gesture.
          button.addEventListener('click', () => {
            permissions.request(pattern).then(
              () => void renderForwarding(),
              () => void renderForwarding(),
            );
          });
          lines.push(button, el('p', { class: 'v-muted' }, tr('permissionMissing')));
        }
      }
      forwardStatus.replaceChildren(...lines);
    } catch {
      forwardStatus.replaceChildren();
    }
  }

  async function refresh() {
    try {
      snapshot = await read();
    } catch {
      snapshot = null;
    }
    render();
    if (!snapshot) summary.textContent = tr('loadFailed');
    await renderForwarding();
  }

  // --- behaviour ---
  function readFilter() {
    filter = {
      from: from.value,
      to: to.value,
      site: site.value as LogFilter['site'],
      decision: decision.value as LogFilter['decision'],
    };
    render();
  }
  for (const input of [from, to, site, decision]) input.addEventListener('change', readFilter);
  reset.addEventListener('click', () => {
    from.value = '';
    to.value = '';
    site.value = '';
    decision.value = '';
    readFilter();
  });

  verifyButton.addEventListener('click', async () => {
    verifyButton.disabled = true;
    verifyResult.removeAttribute('data-state');
    verifyResult.textContent = tr('verifying');
    try {
      // Always the whole stored log, freshly read: filters do not apply to verification.
      const fresh = await read();
      snapshot = fresh;
      render();
      const result: VerifyResult = await verifyChain(fresh.records, fresh.head.anchor, {
        seq: fresh.head.seq,
        hash: fresh.head.hash,
      });
      if (result.ok) {
        const anchored = fresh.head.anchor.seq > 0 ? ` ${tr('verifyOkAnchor', { seq: fresh.head.anchor.seq })}` : '';
        verifyResult.textContent = tr('verifyOk', { count: result.count }) + anchored;
        verifyResult.dataset.state = 'ok';
      } else {
        verifyResult.textContent = tr('verifyBroken', {
          seq: result.seq ?? '?',
          reason: tr(`problem.${result.problem}`),
        });
        verifyResult.dataset.state = 'broken';
      }
    } catch {
      verifyResult.textContent = tr('loadFailed');
      verifyResult.dataset.state = 'error';
    } finally {
      verifyButton.disabled = false;
    }
  });

  const stamp = () => localDay(now());
  exportJsonl.addEventListener('click', () => {
    download(`vertraulich-protokoll-${stamp()}.jsonl`, toJsonLines(filtered()), 'application/x-ndjson;charset=utf-8');
  });
  exportCsv.addEventListener('click', () => {
    download(`vertraulich-protokoll-${stamp()}.csv`, toCsv(filtered(), { language }), 'text/csv;charset=utf-8');
  });

  let scheduled = false;
  const unwatch = (deps.watch ?? defaultWatch)(() => {
    // Several keys change per write; refresh once.
    if (scheduled) return;
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      void refresh();
    }, 50);
  });

  void refresh();

  return {
    refresh,
    destroy() {
      unwatch();
      section.remove();
    },
  };
}
