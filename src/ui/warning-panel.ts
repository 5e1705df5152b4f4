/**
 * The inline warning next to a composer (never inside the editor): what was found, as a list
 * of buttons (one per finding: activating one selects it in the draft and says why it
 * matters; a fix button where a one-click fix makes sense), that counselling does not belong
 * here, and where it does. A notice says plainly that sending is fine and can be closed.
 * When space is short (small window, high zoom) the panel is one line that expands.
 *
 * Screen readers: one short announcement per change of the findings (labels only, no contact
 * details) in a separate live region; the panel's body is not live, so re-rendering it on
 * every scan is silent.
 */
import type { Language } from '../i18n/languages';
import { channelNode, contactNode, type ChannelAdvice } from './channel-advice';
import type { LabelCount } from './finding-list';
import type { FixKind } from './fix-actions';
import { gt } from './guard-strings';
import { createShadowHost, el, prefersDark } from './shadow-host';
import { THEME_CSS } from './theme';
export type { PanelMode } from '../guard/send-decision';
import type { PanelMode } from '../guard/send-decision';

export const PANEL_TAG = 'vertraulich-panel';

export interface PanelFinding {
  /** „Geburtsdatum“: from our tables or the administrator's pattern names, never the draft. */
  label: string;
  /** „Geburtsdatum: macht eine Person eindeutig erkennbar“. */
  why: string;
  fix: FixKind | null;
}

export interface PanelContent {
  mode: PanelMode;
  items: LabelCount[];
  findings: PanelFinding[];
  advice: ChannelAdvice;
  language: Language;
  falseAlarmReported: boolean;
  highlighted: boolean;
  /** One line, expandable (small window or high zoom). */
  compact?: boolean;
  /** A public post naming a person: consent will be asked before publishing. */
  consent?: boolean;
}

export interface PanelHandlers {
  onFalseAlarm(event: Event): void;
  /** Select finding `index` in the draft. */
  onSelect?(index: number, event: Event): void;
  /** Apply finding `index`'s fix through the editor. */
  onFix?(index: number, event: Event): void;
  /** The user closed a notice. */
  onClose?(event: Event): void;
}

export interface WarningPanel {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  update(content: PanelContent): void;
  remove(): void;
}

const PANEL_CSS = `${THEME_CSS}
:host { display: block; margin: 4px 8px; max-width: 100%; box-sizing: border-box; }
.panel { border: 2px solid var(--v-border); background: var(--v-bg); color: var(--v-fg); border-radius: 8px; padding: 8px 12px; max-height: 40vh; overflow: auto; }
.panel[data-mode="notice"] { border-width: 1px; border-color: var(--v-notice-border); background: var(--v-notice-bg); color: var(--v-notice-fg); }
.head { display: flex; gap: 8px; align-items: center; }
.title { font-weight: 700; flex: 1; margin: 0; }
.panel[data-compact="true"] .title { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.findings { list-style: none; padding: 0; margin: 4px 0; display: flex; flex-wrap: wrap; gap: 4px 8px; }
.findings li { display: inline-flex; gap: 4px; align-items: center; }
.finding { background: var(--v-secondary-bg); color: var(--v-secondary-fg); padding: 2px 8px; border-radius: 12px; border: 1px solid var(--v-border); }
.finding[aria-pressed="true"] { outline: 2px solid var(--v-focus); }
.fix { background: none; color: inherit; text-decoration: underline; padding: 2px 4px; }
.icon { background: none; color: inherit; padding: 0 6px; font-size: 18px; line-height: 1; }
.why { font-style: italic; }
.brand { font-size: 12px; opacity: .9; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export function createWarningPanel(
  doc: Document,
  handlersOrFalseAlarm: PanelHandlers | ((event: Event) => void),
): WarningPanel {
  const handlers: PanelHandlers =
    typeof handlersOrFalseAlarm === 'function' ? { onFalseAlarm: handlersOrFalseAlarm } : handlersOrFalseAlarm;
  const { host, root } = createShadowHost(doc, PANEL_TAG, PANEL_CSS);
  const panel = el(doc, 'section', { class: 'panel', 'aria-label': 'Vertraulich' });
  const announce = el(doc, 'div', { class: 'sr', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const head = el(doc, 'div', { class: 'head' });
  const body = el(doc, 'div', { class: 'body' });
  const actions = el(doc, 'div', { class: 'actions' });
  panel.append(announce, head, body, actions);
  root.append(panel);
  let lastKey = '';
  let lastAnnounced = '';
  let expanded = false;
  let selected = -1;
  let current: PanelContent | null = null;

  const render = (content: PanelContent) => {
    const { language: lang, advice } = content;
    panel.setAttribute('data-mode', content.mode);
    const compact = content.compact === true && !expanded;
    panel.setAttribute('data-compact', String(compact));
    const title =
      content.mode === 'failed'
        ? gt(lang, 'panelTitleFailed')
        : content.mode === 'notice'
          ? gt(lang, 'panelTitleNotice')
          : gt(lang, 'panelTitleWarn');
    const labels = content.items.map((item) => item.label).join(', ');
    const titleText =
      compact && labels ? `${gt(lang, 'brand')}: ${title} – ${labels}` : `${gt(lang, 'brand')}: ${title}`;
    const headChildren: Node[] = [el(doc, 'p', { class: 'title' }, titleText)];
    if (content.compact) {
      const toggle = el(
        doc,
        'button',
        { type: 'button', class: 'link', 'data-action': 'expand', 'aria-expanded': String(expanded) },
        gt(lang, expanded ? 'collapse' : 'expand'),
      );
      toggle.addEventListener('click', () => {
        expanded = !expanded;
        if (current) render(current);
        root.querySelector<HTMLElement>('[data-action="expand"]')?.focus();
      });
      headChildren.push(toggle);
    }
    if (content.mode === 'notice') {
      const close = el(
        doc,
        'button',
        {
          type: 'button',
          class: 'icon',
          'data-action': 'close',
          'aria-label': gt(lang, 'closeNotice'),
          title: gt(lang, 'closeNotice'),
        },
        '×',
      );
      close.addEventListener('click', (event) => handlers.onClose?.(event));
      headChildren.push(close);
    }
    head.replaceChildren(...headChildren);
    body.hidden = compact;
    actions.hidden = compact;

    const children: Node[] = [];
    if (content.mode === 'failed') children.push(el(doc, 'p', {}, gt(lang, 'failedBody')));
    if (content.findings.length) {
      const list = el(doc, 'ul', { class: 'findings', 'aria-label': gt(lang, 'findingsLabel') });
      const totals = new Map<string, number>();
      for (const finding of content.findings) totals.set(finding.label, (totals.get(finding.label) ?? 0) + 1);
      const seen = new Map<string, number>();
      content.findings.forEach((finding, index) => {
        const nth = (seen.get(finding.label) ?? 0) + 1;
        seen.set(finding.label, nth);
        const count = totals.get(finding.label) ?? 1;
        const text = count > 1 ? gt(lang, 'findingButton', { label: finding.label, index: nth, count }) : finding.label;
        const button = el(
          doc,
          'button',
          {
            type: 'button',
            class: 'finding',
            'data-finding': String(index),
            'aria-pressed': String(index === selected),
          },
          text,
        );
        button.addEventListener('click', (event) => {
          selected = index;
          for (const other of root.querySelectorAll('[data-finding]'))
            other.setAttribute('aria-pressed', String(other === button));
          why.textContent = finding.why;
          why.hidden = false;
          handlers.onSelect?.(index, event);
        });
        const item = el(doc, 'li', {}, button);
        if (finding.fix) {
          const fix = el(
            doc,
            'button',
            {
              type: 'button',
              class: 'fix',
              'data-fix': String(index),
              'aria-label': `${gt(lang, finding.fix === 'initial' ? 'fixInitial' : 'fixRemove')}: ${text}`,
            },
            gt(lang, finding.fix === 'initial' ? 'fixInitial' : 'fixRemove'),
          );
          fix.addEventListener('click', (event) => handlers.onFix?.(index, event));
          item.append(fix);
        }
        list.append(item);
      });
      children.push(list);
    }
    const selectedFinding = content.findings[selected];
    const why = el(doc, 'p', { class: 'why', 'data-why': '' }, selectedFinding?.why ?? '');
    why.hidden = !selectedFinding;
    children.push(why);
    if (content.mode === 'notice') {
      children.push(el(doc, 'p', {}, gt(lang, content.consent ? 'panelConsentNotice' : 'panelNoticeOk')));
    } else {
      children.push(el(doc, 'p', {}, gt(lang, 'channelWarning'), ' ', channelNode(doc, advice, lang)));
      const contact = contactNode(doc, advice, lang);
      if (contact) children.push(el(doc, 'p', {}, contact));
    }
    if (content.highlighted) children.push(el(doc, 'p', { class: 'brand' }, gt(lang, 'highlightLegend')));
    body.replaceChildren(...children);

    if (content.mode === 'failed') actions.replaceChildren();
    else if (content.falseAlarmReported) actions.replaceChildren(el(doc, 'p', {}, gt(lang, 'falseAlarmThanks')));
    else {
      const button = el(
        doc,
        'button',
        { type: 'button', class: 'link', 'data-action': 'false-alarm' },
        gt(lang, 'falseAlarm'),
      );
      button.addEventListener('click', (event) => handlers.onFalseAlarm(event));
      actions.replaceChildren(button);
    }
  };

  return {
    host,
    root,
    update(content) {
      host.setAttribute('data-theme', prefersDark(doc) ? 'dark' : 'light');
      const key = JSON.stringify(content);
      if (key === lastKey) return;
      // New findings: the previous selection no longer points at the same span.
      if (JSON.stringify(current?.findings) !== JSON.stringify(content.findings)) selected = -1;
      lastKey = key;
      current = content;
      render(content);
      // One announcement per change of the findings: labels and mode only, no contact details.
      const title = content.mode === 'failed' ? gt(content.language, 'panelTitleFailed') : '';
      const labels = content.items.map((item) => item.label).join(', ');
      const message = title || (labels ? gt(content.language, 'announce', { labels }) : '');
      if (message !== lastAnnounced) {
        lastAnnounced = message;
        announce.textContent = message;
      }
    },
    remove() {
      host.remove();
      lastKey = '';
      lastAnnounced = '';
      current = null;
      selected = -1;
    },
  };
}

/** Short of room: a small window, or a page zoomed so far that CSS pixels are few. */
export function wantsCompact(win: Pick<Window, 'innerWidth' | 'innerHeight'>): boolean {
  return win.innerHeight < 560 || win.innerWidth < 640;
}
