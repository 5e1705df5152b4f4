import { afterEach, describe, expect, it, vi } from 'vitest';
import { openAckDialog, type DialogOptions } from '../../../src/ui/ack-dialog';
import { channelAdvice } from '../../../src/ui/channel-advice';
import { DEFAULT_POLICY } from '../../../src/policy/defaults';

const opened: Array<{ close(): void }> = [];
const open = (overrides: Partial<DialogOptions> = {}) =>
  track({
    doc: document,
    language: 'de',
    mode: 'acknowledge',
    items: [{ label: 'Gesundheitsangabe', count: 1 }],
    advice: channelAdvice(DEFAULT_POLICY, 'de'),
    reasons: ['false-alarm', 'necessary', 'consent'],
    onConfirm: async () => ({ ok: true }),
    isTrusted: () => true,
    ...overrides,
  });

function track(options: DialogOptions) {
  const dialog = openAckDialog(options);
  opened.push(dialog);
  return dialog;
}

function choose(root: ShadowRoot, reason: string) {
  const radio = root.querySelector<HTMLInputElement>(`[data-reason="${reason}"]`)!;
  radio.checked = true;
  radio.dispatchEvent(new Event('change'));
}

const $ = (dialog: { root: ShadowRoot }, selector: string) => dialog.root.querySelector<HTMLElement>(selector)!;

afterEach(() => {
  for (const dialog of opened.splice(0)) dialog.close();
  document.body.innerHTML = '';
});

describe('acknowledgement dialog', () => {
  it('is a labelled modal dialog with the findings; focus opens on „Bearbeiten“, the primary button', () => {
    const dialog = open();
    const box = dialog.root.querySelector('[role="dialog"]')!;
    expect(box.getAttribute('aria-modal')).toBe('true');
    const title = dialog.root.getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toMatch(/Vertrauliche Angaben in Ihrer Nachricht/);
    expect(dialog.root.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /Gesundheitsangabe: 1/,
    );
    const edit = $(dialog, '[data-action="edit"]');
    expect(dialog.root.activeElement).toBe(edit);
    expect(edit.textContent).toBe('Bearbeiten');
    expect(edit.classList.contains('primary')).toBe(true);
    const send = $(dialog, '[data-action="send"]');
    expect(send.textContent).toBe('Trotzdem senden');
    expect(send.classList.contains('primary')).toBe(false);
    // No self-certification checkbox any more.
    expect(dialog.root.querySelector('input[type="checkbox"]')).toBeNull();
  });

  it('Enter right after opening activates „Bearbeiten“ (the focused button), never the send', async () => {
    const onConfirm = vi.fn(async () => ({ ok: true as const }));
    const dialog = open({ onConfirm });
    // What the browser does on Enter: it clicks the focused button.
    (dialog.root.activeElement as HTMLElement).click();
    await expect(dialog.result).resolves.toBe('edit');
    expect(onConfirm).not.toHaveBeenCalled();
  });

  it('offers the three reasons as one radio group, in the order given', () => {
    const dialog = open();
    const group = $(dialog, '[role="radiogroup"]');
    expect(group.querySelector('legend')!.textContent).toBe('Warum möchten Sie trotzdem senden?');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).toEqual(['false-alarm', 'necessary', 'consent']);
    expect(new Set(radios.map((radio) => radio.name)).size).toBe(1);
    expect(radios.map((radio) => radio.closest('label')!.textContent)).toEqual([
      'Fehlalarm – nichts Vertrauliches',
      'Dienstlich notwendig, kein anderer Kanal erreichbar',
      'Die schriftliche Einwilligung liegt vor',
    ]);
    expect(radios.some((radio) => radio.checked)).toBe(false);
  });

  it('the send-anyway button is visible from the start and does nothing until a reason is chosen', async () => {
    const onConfirm = vi.fn(async () => ({ ok: true as const }));
    const dialog = open({ onConfirm });
    const send = $(dialog, '[data-action="send"]') as HTMLButtonElement;
    expect(send.hidden).toBe(false);
    expect(send.disabled).toBe(false); // reachable and announced, but inert
    expect(send.getAttribute('aria-disabled')).toBe('true');
    send.click();
    await Promise.resolve();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(dialog.host.isConnected).toBe(true);
    expect($(dialog, '[role="alert"]').textContent).toBe('Bitte wählen Sie zuerst einen Grund.');
    choose(dialog.root, 'necessary');
    expect(send.getAttribute('aria-disabled')).toBe('false');
    send.click();
    await expect(dialog.result).resolves.toBe('sent');
    expect(onConfirm).toHaveBeenCalledWith({ reason: 'necessary' });
    expect(dialog.host.isConnected).toBe(false);
  });

  it('a public post: consent first, post wording', async () => {
    const onConfirm = vi.fn(async () => ({ ok: true as const }));
    const dialog = open({ mode: 'consent', reasons: ['consent', 'false-alarm'], post: true, items: [], onConfirm });
    expect(dialog.root.textContent).toMatch(/Dieser öffentliche Beitrag nennt eine Person/);
    expect(dialog.root.textContent).toMatch(/schriftlichen Einwilligung/);
    expect(dialog.root.textContent).not.toMatch(/Nachricht/);
    const radios = [...dialog.root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).toEqual(['consent', 'false-alarm']);
    expect($(dialog, 'legend').textContent).toBe('Warum möchten Sie trotzdem veröffentlichen?');
    expect($(dialog, '[data-action="send"]').textContent).toBe('Trotzdem veröffentlichen');
    choose(dialog.root, 'consent');
    $(dialog, '[data-action="send"]').click();
    await expect(dialog.result).resolves.toBe('sent');
    expect(onConfirm).toHaveBeenCalledWith({ reason: 'consent' });
  });

  it('a post with sensitive content says „Beitrag“', () => {
    const dialog = open({ post: true });
    expect(dialog.root.textContent).toMatch(/Vertrauliche Angaben in Ihrem Beitrag/);
    expect(dialog.root.textContent).toMatch(/Vor dem Veröffentlichen bitte prüfen/);
    expect(dialog.root.textContent).not.toMatch(/Nachricht|Trotzdem senden/);
  });

  it('ignores untrusted clicks and choices', async () => {
    const onConfirm = vi.fn(async () => ({ ok: true as const }));
    const dialog = open({ onConfirm, isTrusted: (event) => event.isTrusted });
    choose(dialog.root, 'false-alarm');
    // The page's forged change was undone.
    expect(dialog.root.querySelector<HTMLInputElement>('[data-reason="false-alarm"]')!.checked).toBe(false);
    $(dialog, '[data-action="send"]').click();
    $(dialog, '[data-action="edit"]').click();
    await Promise.resolve();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(dialog.host.isConnected).toBe(true);
  });

  it('keeps the dialog open with the error when confirmation fails', async () => {
    const dialog = open({ onConfirm: async () => ({ ok: false, message: 'Protokoll nicht möglich' }) });
    choose(dialog.root, 'false-alarm');
    $(dialog, '[data-action="send"]').click();
    await vi.waitFor(() => expect($(dialog, '[role="alert"]').textContent).toBe('Protokoll nicht möglich'));
    expect(dialog.host.isConnected).toBe(true);
    expect($(dialog, '[data-action="send"]').getAttribute('aria-disabled')).toBe('false');
  });

  it('contact details are mailto:/tel: links and the channel is a link', () => {
    const advice = channelAdvice(
      {
        approvedChannel: { name: 'Assisto', url: 'https://assisto.example/chat' },
        contactPerson: { name: 'P. Muster', email: 'datenschutz@traeger.example', phone: '030 123 45' },
      },
      'de',
    );
    const dialog = open({ advice });
    expect($(dialog, 'a[href="mailto:datenschutz@traeger.example"]').textContent).toBe('datenschutz@traeger.example');
    expect($(dialog, 'a[href="tel:03012345"]').textContent).toBe('030 123 45');
    expect($(dialog, 'a[href="https://assisto.example/chat"]').textContent).toBe('Assisto');
    expect(dialog.root.textContent).toMatch(/Nutzen Sie stattdessen Assisto\./);
  });

  it('„In <Kanal> weiterschreiben“ is offered only with a channel URL and hands over on a trusted click', async () => {
    const policy = {
      approvedChannel: { name: 'Assisto', url: 'https://assisto.example/chat' },
      contactPerson: DEFAULT_POLICY.contactPerson,
    };
    const onMove = vi.fn(async () => ({ ok: true as const }));
    expect(open({ onMove }).root.querySelector('[data-action="move"]')).toBeNull();
    const dialog = open({ onMove, advice: channelAdvice(policy, 'de'), isTrusted: (event) => event.isTrusted });
    const move = $(dialog, '[data-action="move"]');
    expect(move.textContent).toBe('In Assisto weiterschreiben');
    move.click(); // untrusted
    expect(onMove).not.toHaveBeenCalled();
    dialog.close();
    // Near-misses: a post that only needs consent, and the block level.
    expect(
      open({ onMove, advice: channelAdvice(policy, 'de'), mode: 'consent' }).root.querySelector('[data-action="move"]'),
    ).toBeNull();
    expect(
      open({ onMove, advice: channelAdvice(policy, 'de'), mode: 'block' }).root.querySelector('[data-action="move"]'),
    ).toBeNull();
    const trusted = open({ onMove, advice: channelAdvice(policy, 'de') });
    $(trusted, '[data-action="move"]').click();
    expect(onMove).toHaveBeenCalledTimes(1);
    await expect(trusted.result).resolves.toBe('moved');
  });

  it('English', () => {
    const dialog = open({ language: 'en', post: true, advice: channelAdvice(DEFAULT_POLICY, 'en') });
    expect($(dialog, '[data-action="send"]').textContent).toBe('Publish anyway');
    expect($(dialog, '[data-reason="false-alarm"]').closest('label')!.textContent).toBe(
      'False alarm – nothing confidential',
    );
  });

  it('Escape returns to editing; Tab stays inside the dialog', async () => {
    const dialog = open();
    const items = [...dialog.root.querySelectorAll<HTMLElement>('input, button:not([disabled])')];
    expect(items.length).toBeGreaterThan(1);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
    window.dispatchEvent(tab);
    // Focus moved by us, not by the browser's default (which could leave the modal).
    expect(tab.defaultPrevented).toBe(true);

    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', cancelable: true }));
    await expect(dialog.result).resolves.toBe('edit');
  });

  it('a page script’s synthetic Escape or Tab does nothing (issue 12, finding 8)', async () => {
    const dialog = open({ isTrusted: (event) => event.isTrusted });
    const settled = vi.fn();
    void dialog.result.then(settled);
    const escape = new KeyboardEvent('keydown', { key: 'Escape', cancelable: true });
    window.dispatchEvent(escape);
    const tab = new KeyboardEvent('keydown', { key: 'Tab', cancelable: true });
    window.dispatchEvent(tab);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    expect(escape.defaultPrevented).toBe(false);
    expect(tab.defaultPrevented).toBe(false);
    expect(dialog.host.isConnected).toBe(true);
  });

  it('removed by the page: over, but not as the user’s choice', async () => {
    const dialog = open();
    dialog.host.remove();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'a' }));
    await expect(dialog.result).resolves.toBe('closed');
  });

  it('the block level explains the refusal and offers no way to send', () => {
    const dialog = open({ mode: 'block' });
    expect(dialog.root.querySelector('[role="alertdialog"]')).not.toBeNull();
    expect(dialog.root.textContent).toMatch(/erlaubt nicht, solche Angaben/);
    expect(dialog.root.querySelector('[data-action="send"]')).toBeNull();
    expect(dialog.root.querySelector('input[type="radio"]')).toBeNull();
    expect(dialog.root.activeElement).toBe(dialog.root.querySelector('[data-action="edit"]'));
  });

  it('closes when the guard stops (signal)', async () => {
    const controller = new AbortController();
    const dialog = open({ signal: controller.signal });
    controller.abort();
    // Not the user's choice: no `edited` record follows from it.
    await expect(dialog.result).resolves.toBe('closed');
    expect(dialog.host.isConnected).toBe(false);
  });
});
