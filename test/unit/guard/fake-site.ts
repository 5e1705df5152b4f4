/**
 * A minimal Lexical-like page and adapter for guard DOM tests: paragraphs of spans inside a
 * contenteditable root, a send button that "sends" (appends to a list and clears the editor),
 * and a fake scan() that finds a few marker words. Not a test file itself.
 */
import type { Assessment, Finding } from '../../../src/detect/types';
import type { Composer, SiteAdapter, Surface } from '../../../src/sites/types';

export const SENSITIVE = 'Hallo Frau Becker, Ihre Depression und der Termin beim Jobcenter';
export const BENIGN = 'Treffen wir uns morgen um 10 Uhr?';

const TERMS: Array<[RegExp, Finding['category'], string]> = [
  [/Becker/g, 'name', 'person'],
  [/Depression/g, 'health', 'health-term'],
  [/Jobcenter/g, 'social', 'social-term'],
  [/65 170839 J 00 4/g, 'identifier', 'pension-insurance-number'],
];

export function fakeScan(text: string): Assessment {
  if (text.includes('THROW')) throw new Error(`boom ${text}`);
  const findings: Finding[] = [];
  for (const [pattern, category, kind] of TERMS)
    for (const match of text.matchAll(new RegExp(pattern.source, 'g')))
      findings.push({ category, kind, start: match.index, end: match.index + match[0].length, score: 0.9 });
  findings.sort((a, b) => a.start - b.start);
  const severity = text.includes('BLOCKME')
    ? 'high'
    : findings.length > 1
      ? 'warn'
      : findings.length === 1
        ? 'notice'
        : 'none';
  const assessment: Assessment = { severity, findings };
  if (text.includes('FAIL')) assessment.failed = ['fake'];
  return assessment;
}

export function buildPage(doc: Document, surfaces: Surface[] = ['chat']): void {
  doc.body.innerHTML = '';
  for (const surface of surfaces) {
    const box = doc.createElement('form');
    box.setAttribute('data-box', surface);
    box.innerHTML = `<div class="wrap"><div contenteditable="true" role="textbox" data-lexical-editor="true" data-surface="${surface}"><p><br></p></div></div><button type="button" data-send>Send</button><ul data-testid="sent"></ul>`;
    const button = box.querySelector('button')!;
    button.addEventListener('click', () => {
      const editor = box.querySelector<HTMLElement>('[data-lexical-editor]')!;
      const li = doc.createElement('li');
      li.textContent = editor.textContent ?? '';
      box.querySelector('[data-testid="sent"]')!.append(li);
      editor.innerHTML = '<p><br></p>';
    });
    doc.body.append(box);
  }
}

/** Replace the draft like Lexical does: new paragraph and span nodes. */
export function setDraft(editor: Element, ...paragraphs: string[]): void {
  editor.innerHTML = paragraphs
    .map((text) => (text ? `<p dir="ltr"><span data-lexical-text="true">${text}</span></p>` : '<p><br></p>'))
    .join('');
}

export function sentTexts(doc: Document, surface: Surface = 'chat'): string[] {
  return [...doc.querySelectorAll(`[data-box="${surface}"] [data-testid="sent"] > li`)].map(
    (li) => li.textContent ?? '',
  );
}

export interface FakeAdapterState {
  menuOpen: boolean;
  publicAudience: boolean;
}

export function fakeAdapter(state: FakeAdapterState = { menuOpen: false, publicAudience: false }): SiteAdapter {
  const composerOf = (editor: Element | null): Composer | null =>
    editor
      ? { editor: editor as HTMLElement, surface: (editor.getAttribute('data-surface') ?? 'chat') as Surface }
      : null;
  return {
    id: 'whatsapp',
    matches: () => true,
    findComposers: (root) => [...root.querySelectorAll('[data-lexical-editor]')].map((e) => composerOf(e)!),
    composerFor: (element) => composerOf(element.closest('[data-lexical-editor]')),
    sendControlFor: (target) => {
      const button = target.closest('button[data-send]');
      return button ? composerOf(button.closest('form')!.querySelector('[data-lexical-editor]')) : null;
    },
    findSendControl: (composer) => composer.editor.closest('form')!.querySelector<HTMLElement>('button[data-send]'),
    enterSends: (surface) => surface !== 'post',
    isMenuOpen: () => state.menuOpen,
    anchorFor: (composer) => composer.editor.parentElement as HTMLElement,
    isPublicAudience: () => state.publicAudience,
  };
}
