/**
 * Options page: "Meine Klientinnen und Klienten". The worker types names or imports an export
 * of the case-management software; the names are hashed (src/caseload/hash-names.ts, chunked,
 * so a 5,000-line import does not freeze the page) and only tags and the key are stored. The
 * plaintext lives in the text field or the chosen file until it is stored, then the field and
 * the file choice are cleared. The section shows how many names are stored, never which.
 * Stable data-testid attributes are the contract for the tests.
 */
import { addNames, type AddOutcome } from '../../caseload/hash-names';
import {
  decodeBytes,
  detectDelimiter,
  looksLikeHeader,
  namesFromLines,
  namesFromRows,
  parseRows,
  type ParsedNames,
} from '../../caseload/import';
import { MAX_NAMES, type Caseload } from '../../caseload/stored';
import { resolveLanguage, type Language } from '../../i18n/languages';
import { deleteCaseload, loadCaseload, saveCaseload, watchCaseload } from '../../settings/caseload';
import { watchEffectivePolicy } from '../../settings/effective-policy';
import { caseloadT, type CaseloadStringKey } from './caseload-strings';
import { el } from './el';

export interface CaseloadSectionDeps {
  language?: Language;
  load?: () => Promise<Caseload | null>;
  save?: (caseload: Caseload) => Promise<void>;
  remove?: () => Promise<void>;
  watch?: (callback: (caseload: Caseload | null) => void, signal: AbortSignal) => void;
  /** Whether the policy has the caseload on, and whether the organisation decided that. */
  watchEnabled?: (callback: (enabled: boolean, byOrganisation: boolean) => void, signal: AbortSignal) => void;
  /** Names hashed between two pauses, and the pause (tests). */
  chunk?: number;
  pause?: () => Promise<void>;
}

export interface CaseloadSection {
  readonly root: HTMLElement;
  /** The operation under way, if any (tests await it). */
  readonly busy: Promise<void> | null;
  destroy(): void;
}

const CSS = `
.v-caseload { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color-scheme: light dark; max-width: 1100px; }
.v-caseload h2 { font-size: 1.3em; margin: 1.2em 0 .3em; }
.v-caseload h3 { font-size: 1.05em; margin: 1em 0 .3em; }
.v-caseload textarea { width: 100%; min-height: 6em; box-sizing: border-box; font: inherit; }
.v-caseload label { display: block; margin: 6px 0 2px; }
.v-caseload label.v-inline { display: flex; gap: 6px; align-items: center; }
.v-caseload button, .v-caseload select, .v-caseload input { font: inherit; }
.v-caseload button { padding: 3px 10px; border-radius: 6px; border: 1px solid #8a8d91; background: Canvas; color: CanvasText; cursor: pointer; margin: 6px 6px 0 0; }
.v-caseload :is(button, input, select, textarea):focus-visible { outline: 3px solid #1a56c4; outline-offset: 2px; }
.v-caseload [data-testid="caseload-count"] { font-weight: 600; }
.v-caseload .v-notice { padding: 6px 10px; border-left: 5px solid #1a56c4; background: rgb(26 86 196 / .10); border-radius: 6px; }
.v-caseload [data-state="error"] { color: #b3261e; font-weight: 600; }
.v-caseload fieldset { border: 1px solid rgb(128 128 128 / .45); border-radius: 6px; margin: 12px 0; }
`;

type T = (key: CaseloadStringKey, params?: Record<string, string | number>) => string;

/** A file read for import: the rows stay here only until they are imported or replaced. */
interface PendingFile {
  rows: string[][] | null;
  text: string | null;
  encoding: string;
}

export function mountCaseloadSection(container: HTMLElement, deps: CaseloadSectionDeps = {}): CaseloadSection {
  const controller = new AbortController();
  const signal = controller.signal;
  const language = deps.language ?? resolveLanguage('auto');
  const t: T = (key, params) => caseloadT(language, key, params);
  const load = deps.load ?? loadCaseload;
  const save = deps.save ?? saveCaseload;
  const remove = deps.remove ?? deleteCaseload;
  const watch = deps.watch ?? watchCaseload;
  const watchEnabled =
    deps.watchEnabled ??
    ((callback, s) =>
      watchEffectivePolicy(
        (effective) => callback(effective.policy.caseload !== 'off', effective.locked.includes('caseload')),
        s,
      ));

  const root = el('section', { class: 'v-caseload', 'data-testid': 'caseload-section', lang: language });
  const style = document.createElement('style');
  style.textContent = CSS;
  const count = el('p', { 'data-testid': 'caseload-count', 'aria-live': 'polite' });
  const off = el('p', { class: 'v-notice', 'data-testid': 'caseload-off', hidden: '' }, t('policyOff'));
  const input = el('textarea', {
    id: 'v-caseload-input',
    'data-testid': 'caseload-input',
    placeholder: t('inputPlaceholder'),
    spellcheck: 'false',
    autocomplete: 'off',
  });
  const saveButton = el('button', { type: 'button', 'data-testid': 'caseload-save' }, t('save'));
  const file = el('input', {
    id: 'v-caseload-file',
    type: 'file',
    accept: '.csv,.txt,.tsv,text/csv,text/plain',
    'data-testid': 'caseload-file',
  });
  const columns = el('div', { 'data-testid': 'caseload-columns', hidden: '' });
  const firstSelect = el('select', { id: 'v-caseload-first', 'data-testid': 'caseload-first-column' });
  const lastSelect = el('select', { id: 'v-caseload-last', 'data-testid': 'caseload-last-column' });
  const header = el('input', { type: 'checkbox', 'data-testid': 'caseload-header' });
  const plainList = el('p', { 'data-testid': 'caseload-plain-list', hidden: '' }, t('plainList'));
  const importButton = el(
    'button',
    { type: 'button', 'data-testid': 'caseload-import', disabled: '' },
    t('importButton'),
  );
  const progress = el('p', { role: 'status', 'data-testid': 'caseload-progress', hidden: '' });
  const result = el('p', { role: 'status', 'data-testid': 'caseload-result' });
  const deleteButton = el('button', { type: 'button', 'data-testid': 'caseload-delete' }, t('delete'));
  const confirmDelete = el('button', { type: 'button', 'data-testid': 'caseload-delete-confirm', hidden: '' });
  const cancelDelete = el(
    'button',
    { type: 'button', 'data-testid': 'caseload-delete-cancel', hidden: '' },
    t('deleteCancel'),
  );

  columns.append(
    el('label', { for: 'v-caseload-first' }, t('firstColumn')),
    firstSelect,
    el('label', { for: 'v-caseload-last' }, t('lastColumn')),
    lastSelect,
    el('label', { class: 'v-inline' }, header, t('headerRow')),
  );
  root.append(
    style,
    el('h2', {}, t('sectionTitle')),
    el('p', {}, t('intro')),
    off,
    count,
    el('label', { for: 'v-caseload-input' }, t('inputLabel')),
    input,
    saveButton,
    el(
      'fieldset',
      {},
      el('legend', {}, t('importTitle')),
      el('p', {}, t('importHint')),
      el('label', { for: 'v-caseload-file' }, t('fileLabel')),
      file,
      columns,
      plainList,
      importButton,
    ),
    progress,
    result,
    el('div', {}, deleteButton, confirmDelete, cancelDelete),
  );
  container.append(root);

  let stored = 0;
  let pending: PendingFile | null = null;
  let busy: Promise<void> | null = null;

  const showCount = (names: number) => {
    stored = names;
    count.textContent = names === 0 ? t('countNone') : names === 1 ? t('countOne') : t('count', { count: names });
    deleteButton.disabled = names === 0;
  };
  const setResult = (text: string, state: 'ok' | 'error') => {
    result.textContent = text;
    result.dataset.state = state;
  };
  const setBusy = (on: boolean) => {
    for (const control of [saveButton, importButton, deleteButton, confirmDelete, file, input]) control.disabled = on;
    if (!on) importButton.disabled = pending === null;
    if (!on) deleteButton.disabled = stored === 0;
    root.setAttribute('aria-busy', String(on));
  };

  watch((caseload) => showCount(caseload?.names.length ?? 0), signal);
  watchEnabled((enabled, byOrganisation) => {
    off.hidden = enabled;
    off.textContent = t(byOrganisation ? 'policyOff' : 'userOff');
  }, signal);

  /** Hash and store; the caller clears its plaintext only when this succeeded. */
  const store = async (parsed: ParsedNames, encoding?: string): Promise<boolean> => {
    progress.hidden = false;
    progress.textContent = t('progress', { done: 0, total: parsed.names.length });
    try {
      const outcome = await addNames(await load(), parsed, {
        ...(deps.chunk ? { chunk: deps.chunk } : {}),
        ...(deps.pause ? { pause: deps.pause } : {}),
        onProgress: (done, total) => (progress.textContent = t('progress', { done, total })),
      });
      await save(outcome.caseload);
      showCount(outcome.caseload.names.length);
      setResult(summary(outcome, t) + (encoding ? ` ${t('encoding', { encoding })}` : ''), 'ok');
      return true;
    } catch {
      setResult(t('saveFailed'), 'error');
      return false;
    } finally {
      progress.hidden = true;
    }
  };

  const run = (task: () => Promise<void>) => {
    if (busy) return;
    setBusy(true);
    busy = task().finally(() => {
      busy = null;
      if (!signal.aborted) setBusy(false);
    });
  };

  saveButton.addEventListener(
    'click',
    () =>
      run(async () => {
        if (input.value.trim() === '') return;
        if (await store(namesFromLines(input.value))) input.value = '';
      }),
    { signal },
  );

  file.addEventListener(
    'change',
    () =>
      run(async () => {
        const chosen = file.files?.[0];
        pending = null;
        columns.hidden = true;
        plainList.hidden = true;
        if (!chosen) return;
        try {
          const { text, encoding } = decodeBytes(new Uint8Array(await chosen.arrayBuffer()));
          const delimiter = detectDelimiter(text);
          if (delimiter === null) {
            pending = { rows: null, text, encoding };
            plainList.hidden = false;
          } else {
            const rows = parseRows(text, delimiter);
            pending = { rows, text: null, encoding };
            fillColumns(rows, firstSelect, lastSelect, header, t);
            columns.hidden = false;
          }
          setResult('', 'ok');
        } catch {
          setResult(t('readFailed'), 'error');
        }
      }),
    { signal },
  );

  importButton.addEventListener(
    'click',
    () =>
      run(async () => {
        if (!pending) return;
        const choice = {
          first: firstSelect.value === '' ? null : Number(firstSelect.value),
          last: lastSelect.value === '' ? null : Number(lastSelect.value),
          header: header.checked,
        };
        const parsed = pending.rows ? namesFromRows(pending.rows, choice) : namesFromLines(pending.text ?? '');
        if (await store(parsed, pending.encoding)) {
          pending = null;
          file.value = '';
          columns.hidden = true;
          plainList.hidden = true;
          firstSelect.replaceChildren();
          lastSelect.replaceChildren();
        }
      }),
    { signal },
  );

  const askDelete = (asking: boolean) => {
    deleteButton.hidden = asking;
    confirmDelete.hidden = !asking;
    cancelDelete.hidden = !asking;
    confirmDelete.textContent = t('deleteConfirm', { count: stored });
    if (asking) confirmDelete.focus();
  };
  deleteButton.addEventListener('click', () => askDelete(true), { signal });
  cancelDelete.addEventListener('click', () => askDelete(false), { signal });
  confirmDelete.addEventListener(
    'click',
    () =>
      run(async () => {
        askDelete(false);
        try {
          await remove();
          showCount(0);
          setResult(t('deleted'), 'ok');
        } catch {
          setResult(t('saveFailed'), 'error');
        }
      }),
    { signal },
  );

  void load().then(
    (caseload) => showCount(caseload?.names.length ?? 0),
    () => setResult(t('loadFailed'), 'error'),
  );

  return {
    root,
    get busy() {
      return busy;
    },
    destroy() {
      controller.abort();
      root.remove();
    },
  };
}

function summary(outcome: AddOutcome, t: T): string {
  const added =
    outcome.added === 0
      ? t('resultNone')
      : outcome.added === 1
        ? t('resultAddedOne')
        : t('resultAdded', { added: outcome.added });
  const parts: string[] = [];
  if (outcome.duplicates > 0) parts.push(t('skippedDuplicates', { n: outcome.duplicates }));
  if (outcome.empty > 0) parts.push(t('skippedEmpty', { n: outcome.empty }));
  if (outcome.invalid > 0) parts.push(t('skippedInvalid', { n: outcome.invalid }));
  if (outcome.overLimit > 0) parts.push(t('skippedOverLimit', { n: outcome.overLimit, max: MAX_NAMES }));
  return parts.length === 0 ? added : `${added} ${t('skipped', { parts: parts.join(', ') })}`;
}

const FIRST_TITLE = /vor|first|given|ruf/i;
const LAST_TITLE = /nach|last|family|familien|sur/i;

/**
 * One option per column, titled by the header cell when the first row looks like column
 * titles (a client's name is never shown as a title: without a header, columns are numbered).
 */
function fillColumns(
  rows: readonly string[][],
  first: HTMLSelectElement,
  last: HTMLSelectElement,
  header: HTMLInputElement,
  t: T,
): void {
  const head = rows[0] ?? [];
  const titled = looksLikeHeader(head);
  header.checked = titled;
  const width = Math.max(0, ...rows.slice(0, 50).map((row) => row.length));
  const options = (select: HTMLSelectElement, guess: RegExp, fallback: number | null) => {
    select.replaceChildren(el('option', { value: '' }, t('noColumn')));
    let chosen: number | null = null;
    for (let i = 0; i < width; i++) {
      const title = titled ? (head[i] ?? '').trim().slice(0, 40) : '';
      select.append(
        el('option', { value: String(i) }, title ? t('columnNamed', { n: i + 1, title }) : t('column', { n: i + 1 })),
      );
      if (chosen === null && titled && guess.test(title)) chosen = i;
    }
    chosen ??= fallback !== null && fallback < width ? fallback : null;
    select.value = chosen === null ? '' : String(chosen);
  };
  options(first, FIRST_TITLE, 0);
  options(last, LAST_TITLE, 1);
}
