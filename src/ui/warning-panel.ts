/**
 * The inline warning next to a composer (never inside the editor): what was found as
 * categories and counts, that counselling does not belong here, and where it does.
 * The text sits in a polite live region; the false-alarm button outside it.
 */
import type { Language } from '../i18n/languages';
import type { ChannelAdvice } from './channel-advice';
import type { LabelCount } from './finding-list';
import { gt } from './guard-strings';
import { createShadowHost, el, prefersDark } from './shadow-host';
import { THEME_CSS } from './theme';

export const PANEL_TAG = 'vertraulich-panel';

export type { PanelMode } from '../guard/send-decision';
import type { PanelMode } from '../guard/send-decision';

export interface PanelContent {
  mode: PanelMode;
  items: LabelCount[];
  advice: ChannelAdvice;
  language: Language;
  falseAlarmReported: boolean;
  highlighted: boolean;
}

export interface WarningPanel {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  update(content: PanelContent): void;
  remove(): void;
}

const PANEL_CSS = `${THEME_CSS}
:host { display: block; margin: 4px 8px; max-width: 100%; box-sizing: border-box; }
.panel { border: 2px solid var(--v-border); background: var(--v-bg); color: var(--v-fg); border-radius: 8px; padding: 8px 12px; }
.panel[data-mode="notice"] { border-width: 1px; border-color: var(--v-notice-border); background: var(--v-notice-bg); color: var(--v-notice-fg); }
.title { font-weight: 700; }
.found { display: inline; }
.found li { display: inline; margin-right: 8px; }
.found { padding: 0; }
.brand { font-size: 12px; opacity: .9; }
`;

export function createWarningPanel(doc: Document, onFalseAlarm: (event: Event) => void): WarningPanel {
  const { host, root } = createShadowHost(doc, PANEL_TAG, PANEL_CSS);
  const panel = el(doc, 'section', { class: 'panel', 'aria-label': 'Vertraulich' });
  const status = el(doc, 'div', { role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });
  const actions = el(doc, 'div', { class: 'actions' });
  panel.append(status, actions);
  root.append(panel);
  let lastKey = '';

  return {
    host,
    root,
    update(content) {
      host.setAttribute('data-theme', prefersDark(doc) ? 'dark' : 'light');
      // Rewriting an unchanged live region would make screen readers repeat it on every scan.
      const key = JSON.stringify(content);
      if (key === lastKey) return;
      lastKey = key;
      const { language: lang, advice } = content;
      panel.setAttribute('data-mode', content.mode);
      const title =
        content.mode === 'failed'
          ? gt(lang, 'panelTitleFailed')
          : content.mode === 'notice'
            ? gt(lang, 'panelTitleNotice')
            : gt(lang, 'panelTitleWarn');
      const children: Node[] = [el(doc, 'p', { class: 'title' }, `${gt(lang, 'brand')}: ${title}`)];
      if (content.mode === 'failed') children.push(el(doc, 'p', {}, gt(lang, 'failedBody')));
      if (content.items.length) {
        const list = el(doc, 'ul', { class: 'found', 'aria-label': gt(lang, 'panelFoundIntro') });
        for (const item of content.items)
          list.append(el(doc, 'li', {}, gt(lang, 'countSuffix', { label: item.label, count: item.count })));
        children.push(el(doc, 'p', {}, `${gt(lang, 'panelFoundIntro')} `, list));
      }
      if (content.mode === 'notice') children.push(el(doc, 'p', {}, gt(lang, 'panelNoticeBody')));
      else {
        children.push(el(doc, 'p', {}, gt(lang, 'channelWarning'), ' ', channelNode(doc, advice)));
        if (advice.contact) children.push(el(doc, 'p', {}, advice.contact));
      }
      if (content.highlighted) children.push(el(doc, 'p', { class: 'brand' }, gt(lang, 'highlightLegend')));
      status.replaceChildren(...children);

      if (content.mode === 'failed') actions.replaceChildren();
      else if (content.falseAlarmReported) actions.replaceChildren(el(doc, 'p', {}, gt(lang, 'falseAlarmThanks')));
      else {
        const button = el(
          doc,
          'button',
          { type: 'button', class: 'link', 'data-action': 'false-alarm' },
          gt(lang, 'falseAlarm'),
        );
        button.addEventListener('click', onFalseAlarm);
        actions.replaceChildren(button);
      }
    },
    remove() {
      host.remove();
      lastKey = '';
    },
  };
}

function channelNode(doc: Document, advice: ChannelAdvice): Node {
  if (!advice.channelUrl) return doc.createTextNode(advice.channel);
  return el(doc, 'a', { href: advice.channelUrl, target: '_blank', rel: 'noopener noreferrer' }, advice.channel);
}
