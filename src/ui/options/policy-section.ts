/**
 * Options page: every setting with its effective value, in German or English. Settings the
 * administrator set are disabled and marked „Von Ihrer Organisation festgelegt“ (uBO Lite's
 * `fromAdmin` disabled controls); settings users may change are saved on change; policy errors
 * are listed plainly; a diagnostics panel shows the policy fingerprint and each value's source.
 *
 * Rows are generated from the schema, so a new policy key appears here without UI work.
 * Stable data-testid attributes are the contract for the end-to-end tests.
 */
import { resolveLanguage, type Language } from '../../i18n/languages';
import { categoryCode, categoryList, categoryName } from './category-names';
import type { EffectivePolicy } from '../../policy/effective';
import { describePolicyError } from '../../policy/error-messages';
import { topLevelKey } from '../../policy/effective';
import { userMayAdd, type PolicySource } from '../../policy/merge';
import { POLICY_KEYS, POLICY_SCHEMA, type PolicyKey, type SchemaNode, type StringNode } from '../../policy/schema';
import { watchEffectivePolicy } from '../../settings/effective-policy';
import { resetUserSetting, saveUserSettings, type SaveResult } from '../../settings/user-settings';
import { POLICY_SECTION_CSS } from './policy-section-style';
import { policyT, type PolicyStringKey } from './policy-strings';
import { el } from './el';

export interface PolicySectionDeps {
  /** Overrides the language taken from the effective policy (tests). */
  language?: Language;
  browserLanguage?: string;
  watch?: (callback: (policy: EffectivePolicy) => void, signal: AbortSignal) => void;
  save?: (patch: Partial<Record<PolicyKey, unknown>>) => Promise<SaveResult>;
  reset?: (key: PolicyKey) => Promise<void>;
}

export interface PolicySection {
  readonly root: HTMLElement;
  destroy(): void;
}

export function mountPolicySection(container: HTMLElement, deps: PolicySectionDeps = {}): PolicySection {
  const controller = new AbortController();
  const watch = deps.watch ?? ((callback, signal) => watchEffectivePolicy(callback, signal));
  const save = deps.save ?? saveUserSettings;
  const reset = deps.reset ?? resetUserSetting;

  const root = el('section', {
    class: 'v-policy',
    'data-testid': 'policy-section',
    'aria-labelledby': 'v-policy-title',
  });
  const style = document.createElement('style');
  style.textContent = POLICY_SECTION_CSS;
  const initialLanguage = deps.language ?? resolveLanguage('auto', deps.browserLanguage);
  const title = el('h2', { id: 'v-policy-title' }, policyT(initialLanguage, 'sectionTitle'));
  const intro = el('p', {}, policyT(initialLanguage, 'intro'));
  const body = el('div', { 'data-testid': 'policy-body', 'aria-busy': 'true' }, policyT(initialLanguage, 'loading'));
  root.append(style, title, intro, body);
  container.append(root);

  /** Status lines survive re-rendering: the save result arrives before the storage change. */
  const statuses = new Map<PolicyKey, { state: 'ok' | 'error'; text: string }>();

  const render = (effective: EffectivePolicy) => {
    const language = deps.language ?? resolveLanguage(effective.policy.language, deps.browserLanguage);
    const t = (key: PolicyStringKey, params?: Record<string, string | number>) => policyT(language, key, params);
    root.lang = language;
    title.textContent = t('sectionTitle');
    intro.textContent = t('intro');
    const focused = (document.activeElement as HTMLElement | null)?.dataset.focusId;

    const children: Node[] = [];
    if (effective.managed) {
      children.push(
        el(
          'p',
          { class: 'v-policy-notice', 'data-testid': 'policy-managed-notice' },
          t('managedNotice', { count: effective.adminSet.length }),
        ),
      );
    }
    if (effective.errors.length > 0) children.push(renderErrors(effective, language, t));
    const onSave = async (key: PolicyKey, value: unknown) => {
      let text: string;
      let state: 'ok' | 'error';
      try {
        const result = await save({ [key]: value });
        state = result.errors.length === 0 ? 'ok' : 'error';
        text =
          state === 'ok'
            ? t('saved')
            : `${t('notSaved')} ${result.errors.map((error) => describePolicyError(error, language)).join(' ')}`;
      } catch {
        state = 'error';
        text = t('saveFailed');
      }
      statuses.set(key, { state, text });
      const status = root.querySelector<HTMLElement>(`[data-testid="policy-status-${key}"]`);
      if (status) {
        status.dataset.state = state;
        status.textContent = text;
      }
    };
    const onReset = async (key: PolicyKey) => {
      statuses.delete(key);
      try {
        await reset(key);
      } catch {
        statuses.set(key, { state: 'error', text: t('saveFailed') });
      }
    };
    for (const key of POLICY_KEYS)
      children.push(renderRow(key, effective, language, t, statuses.get(key), onSave, onReset));
    children.push(renderDiagnostics(effective, language, t));

    body.replaceChildren(...children);
    body.removeAttribute('aria-busy');
    if (focused) body.querySelector<HTMLElement>(`[data-focus-id="${CSS.escape(focused)}"]`)?.focus();
  };

  watch(render, controller.signal);
  return {
    root,
    destroy() {
      controller.abort();
      root.remove();
    },
  };
}

type T = (key: PolicyStringKey, params?: Record<string, string | number>) => string;

function renderRow(
  key: PolicyKey,
  effective: EffectivePolicy,
  language: Language,
  t: T,
  status: { state: 'ok' | 'error'; text: string } | undefined,
  onSave: (key: PolicyKey, value: unknown) => void,
  onReset: (key: PolicyKey) => void,
): HTMLElement {
  const spec = POLICY_SCHEMA[key];
  const node = spec as SchemaNode;
  const locked = effective.locked.includes(key);
  // Custom terms: a locked list still takes the user's own additions (they only add protection).
  const addsOnly = locked && effective.managed && userMayAdd(key);
  // While the administrator policy is still being read (first start), nothing is editable yet:
  // the lock that will apply is not known.
  const editable = spec.userEditable && (!locked || addsOnly) && effective.adminState !== 'pending';
  const source = effective.sources[key];
  const value = addsOnly ? effective.userTerms : (effective.policy as unknown as Record<string, unknown>)[key];
  const id = `v-policy-${key}`;

  const label = el('label', { class: 'v-policy-label', for: id }, node.title[language]);
  const left = el('div', {}, label, el('p', { class: 'v-policy-desc' }, node.description[language]));
  if (locked) left.append(lockBadge(key, effective, t));
  else if (!spec.userEditable)
    left.append(el('span', { class: 'v-policy-badge', 'data-kind': 'admin-only' }, t('adminOnly')));
  if (effective.invalid.includes(key)) left.append(invalidNote(key, effective, language, t));
  if (addsOnly) {
    const count = effective.policy.customTerms.length - effective.userTerms.length;
    left.append(el('p', { class: 'v-policy-desc', 'data-testid': `policy-adds-${key}` }, t('ownTermsHint', { count })));
  }

  const right = el('div', { class: 'v-policy-control' });
  right.append(...renderControl(key, node, value, id, editable, language, t, (next) => onSave(key, next)));
  const statusLine = el(
    'span',
    { class: 'v-policy-status', role: 'status', 'data-testid': `policy-status-${key}` },
    status?.text ?? '',
  );
  if (status) statusLine.dataset.state = status.state;
  right.append(statusLine);
  if (editable && source === 'user') {
    const button = el(
      'button',
      { type: 'button', 'data-testid': `policy-reset-${key}`, 'data-focus-id': `${key}:reset` },
      t('reset'),
    );
    button.addEventListener('click', () => onReset(key));
    right.append(button);
  }
  return el(
    'div',
    { class: 'v-policy-row', 'data-testid': `policy-row-${key}`, 'data-locked': String(locked), 'data-source': source },
    left,
    right,
  );
}

/** Set by the organisation, or locked because a policy exists and did not release the key. */
function lockBadge(key: PolicyKey, effective: EffectivePolicy, t: T): HTMLElement {
  const set = effective.adminSet.includes(key);
  return el(
    'span',
    { class: 'v-policy-badge', 'data-testid': `policy-locked-${key}`, 'data-reason': set ? 'set' : 'not-released' },
    t(set ? 'lockedBadge' : 'lockedByPolicy'),
  );
}

/** The administrator's errors for this key, next to the setting (content-free, like the list). */
function invalidNote(key: PolicyKey, effective: EffectivePolicy, language: Language, t: T): HTMLElement {
  const note = el('div', { class: 'v-policy-invalid', role: 'note', 'data-testid': `policy-invalid-${key}` });
  const errors = effective.errors.filter((error) => error.source === 'admin' && topLevelKey(error.path) === key);
  note.append(el('strong', {}, t('invalidLocked')));
  for (const error of errors) {
    note.append(
      el('span', { 'data-code': error.code, 'data-path': error.path }, ` ${describePolicyError(error, language)}`),
    );
  }
  return note;
}

function renderControl(
  key: PolicyKey,
  node: SchemaNode,
  value: unknown,
  id: string,
  editable: boolean,
  language: Language,
  t: T,
  save: (value: unknown) => void,
): Node[] {
  const common = { id, 'data-testid': `policy-control-${key}`, 'data-focus-id': key };
  switch (node.type) {
    case 'boolean': {
      const input = el('input', { ...common, type: 'checkbox' });
      input.checked = value === true;
      input.disabled = !editable;
      input.addEventListener('change', () => save(input.checked));
      return [input];
    }
    case 'integer': {
      const input = el('input', {
        ...common,
        type: 'number',
        min: String(node.minimum),
        max: String(node.maximum),
        step: '1',
      });
      input.value = String(value);
      input.disabled = !editable;
      input.addEventListener('change', () => save(input.value.trim() === '' ? Number.NaN : Number(input.value)));
      return [input];
    }
    case 'string': {
      if (node.enum) {
        const select = el('select', common);
        for (const option of node.enum) select.append(el('option', { value: option }, enumLabel(option, t)));
        select.value = String(value);
        select.disabled = !editable;
        select.addEventListener('change', () => save(select.value));
        return [select];
      }
      const input = el('input', { ...common, type: inputType(node) });
      input.value = node.sensitive ? '' : String(value ?? '');
      input.disabled = !editable;
      input.addEventListener('change', () => save(input.value));
      return [input];
    }
    case 'object': {
      const props = Object.entries(node.properties);
      const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
      if (props.every(([, child]) => child.type === 'boolean')) {
        // A group of switches (sites): each change saves the whole object.
        const boxes = props.map(([prop, child]) => {
          const box = el('input', {
            type: 'checkbox',
            'data-testid': `policy-control-${key}.${prop}`,
            'data-focus-id': `${key}.${prop}`,
          });
          box.checked = record?.[prop] === true;
          box.disabled = !editable;
          return { prop, box, label: el('label', {}, box, child.title[language]) };
        });
        for (const { box } of boxes) {
          box.addEventListener('change', () =>
            save(Object.fromEntries(boxes.map(({ prop, box: b }) => [prop, b.checked]))),
          );
        }
        return [el('div', { id, role: 'group' }, ...boxes.map(({ label }) => label))];
      }
      // Organisation details (channel, contact, log forwarding): shown, never edited here.
      const list = el('ul', { class: 'v-policy-readonly', id, 'data-testid': `policy-control-${key}` });
      for (const [prop, child] of props) {
        const raw = record?.[prop];
        const shown =
          child.type === 'string' && child.sensitive
            ? raw
              ? t('secretSet')
              : t('notSet')
            : raw === undefined || raw === '' || record === null
              ? t('notSet')
              : String(raw);
        list.append(el('li', {}, `${child.title[language]}: `, el('span', {}, shown)));
      }
      return [list];
    }
    case 'array': {
      const area = el('textarea', { ...common, rows: '5', spellcheck: 'false' });
      area.value = toLines(key, value, language);
      area.disabled = !editable;
      area.addEventListener('change', () => save(fromLines(key, area.value)));
      const hint =
        key === 'customTerms' || key === 'customPatterns'
          ? `${t(key === 'customTerms' ? 'termsFormat' : 'patternsFormat')} ${t('categoryList', { list: categoryList(language) })}`
          : t('onePerLine');
      return [area, el('span', { class: 'v-policy-desc' }, hint)];
    }
  }
}

function inputType(node: StringNode): string {
  switch (node.format) {
    case 'https-url':
      return 'url';
    case 'email':
      return 'email';
    case 'phone':
      return 'tel';
    default:
      return node.sensitive ? 'password' : 'text';
  }
}

function enumLabel(option: string, t: T): string {
  const keys: Record<string, PolicyStringKey> = {
    notice: 'thresholdNotice',
    warn: 'thresholdWarn',
    high: 'thresholdHigh',
    off: 'thresholdOff',
    auto: 'languageAuto',
    de: 'languageDe',
    en: 'languageEn',
  };
  const key = keys[option];
  return key ? t(key) : option;
}

/** Lists as editable lines: "term | category", "name | category | expression", or plain. */
export function toLines(key: PolicyKey, value: unknown, language: Language = 'de'): string {
  if (!Array.isArray(value)) return '';
  return value
    .map((item: unknown) => {
      if (typeof item === 'string') return item;
      const entry = item as Record<string, string>;
      const category = categoryName(language, entry.category ?? '');
      if (key === 'customTerms') return `${entry.term} | ${category}`;
      if (key === 'customPatterns') return `${entry.name} | ${category} | ${entry.pattern}`;
      return '';
    })
    .join('\n');
}

export function fromLines(key: PolicyKey, text: string): unknown[] {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (key === 'customTerms') {
    return lines.map((line) => {
      const [term = '', category] = line.split('|').map((part) => part.trim());
      return category ? { term, category: categoryCode(category) } : { term };
    });
  }
  if (key === 'customPatterns') {
    return lines.map((line) => {
      const parts = line.split('|');
      // The expression comes last and may itself contain "|" (alternation).
      if (parts.length >= 3) {
        return {
          name: parts[0]?.trim() ?? '',
          category: categoryCode(parts[1] ?? ''),
          pattern: parts.slice(2).join('|').trim(),
        };
      }
      return { name: parts[0]?.trim() ?? '', pattern: parts.slice(1).join('|').trim() };
    });
  }
  return lines;
}

function renderErrors(effective: EffectivePolicy, language: Language, t: T): HTMLElement {
  const box = el('div', { class: 'v-policy-errors', role: 'alert', 'data-testid': 'policy-errors' });
  box.append(el('h3', {}, t('errorsTitle')), el('p', {}, t('errorsIntro')));
  for (const source of ['admin', 'user'] as const) {
    const errors = effective.errors.filter((error) => error.source === source);
    if (errors.length === 0) continue;
    const list = el('ul', { 'data-testid': `policy-errors-${source}` });
    for (const error of errors) {
      list.append(el('li', { 'data-code': error.code, 'data-path': error.path }, describePolicyError(error, language)));
    }
    box.append(el('h3', {}, t(source === 'admin' ? 'errorsFromAdmin' : 'errorsFromUser')), list);
  }
  return box;
}

function renderDiagnostics(effective: EffectivePolicy, language: Language, t: T): HTMLElement {
  const stateKey: Record<EffectivePolicy['adminState'], PolicyStringKey> = {
    managed: 'adminStateManaged',
    none: 'adminStateNone',
    cache: 'adminStateCache',
    unavailable: 'adminStateUnavailable',
    pending: 'adminStatePending',
  };
  const sourceKey: Record<PolicySource, PolicyStringKey> = {
    admin: 'sourceAdmin',
    'admin-invalid': 'sourceAdminInvalid',
    user: 'sourceUser',
    default: 'sourceDefault',
  };
  const details = el('details', { 'data-testid': 'policy-diagnostics' });
  const table = el(
    'table',
    {},
    el(
      'thead',
      {},
      el('tr', {}, el('th', {}, t('colSetting')), el('th', {}, t('colSource')), el('th', {}, t('colLocked'))),
    ),
  );
  const rows = el('tbody');
  for (const key of POLICY_KEYS) {
    rows.append(
      el(
        'tr',
        { 'data-testid': `policy-source-${key}`, 'data-source': effective.sources[key] },
        el('td', {}, `${(POLICY_SCHEMA[key] as SchemaNode).title[language]} `, el('code', {}, key)),
        el('td', {}, t(sourceKey[effective.sources[key]])),
        el('td', {}, t(effective.locked.includes(key) ? 'yes' : 'no')),
      ),
    );
  }
  table.append(rows);
  details.append(
    el('summary', {}, t('diagnosticsTitle')),
    el('p', {}, `${t('fingerprint')}: `, el('code', { 'data-testid': 'policy-fingerprint' }, effective.fingerprint)),
    el(
      'p',
      { 'data-testid': 'policy-admin-state', 'data-state': effective.adminState },
      `${t('adminState')}: ${t(stateKey[effective.adminState])}`,
    ),
    table,
  );
  return details;
}
