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
    askConsent: false,
    onConfirm: async () => ({ ok: true }),
    isTrusted: () => true,
    ...overrides,
  });

function track(options: DialogOptions) {
  const dialog = openAckDialog(options);
  opened.push(dialog);
  return dialog;
}

function tick(root: ShadowRoot, name: string) {
  const box = root.querySelector<HTMLInputElement>(`[data-check="${name}"]`)!;
  box.checked = true;
  box.dispatchEvent(new Event('change'));
}

afterEach(() => {
  for (const dialog of opened.splice(0)) dialog.close();
  document.body.innerHTML = '';
});

describe('acknowledgement dialog', () => {
  it('is a labelled modal dialog with the findings, focus on the confirmation', () => {
    const dialog = open();
    const box = dialog.root.querySelector('[role="dialog"]')!;
    expect(box.getAttribute('aria-modal')).toBe('true');
    const title = dialog.root.getElementById(box.getAttribute('aria-labelledby')!)!;
    expect(title.textContent).toMatch(/Vertrauliche Angaben in Ihrer Nachricht/);
    expect(dialog.root.getElementById(box.getAttribute('aria-describedby')!)!.textContent).toMatch(
      /Gesundheitsangabe: 1/,
    );
    expect(dialog.root.activeElement).toBe(dialog.root.querySelector('[data-check="confirm"]'));
    expect(dialog.root.textContent).toMatch(
      /Ich habe geprüft: keine Beratung, keine sensiblen Daten – oder die Einwilligung liegt vor/,
    );
    expect(dialog.root.querySelector('[data-action="edit"]')!.textContent).toBe('Bearbeiten');
    expect(dialog.root.querySelector('[data-action="send"]')!.textContent).toBe('Trotzdem senden');
  });

  it('„Trotzdem senden“ stays disabled until every required box is ticked', async () => {
    const onConfirm = vi.fn(async () => ({ ok: true as const }));
    const dialog = open({ askConsent: true, onConfirm });
    const send = dialog.root.querySelector<HTMLButtonElement>('[data-action="send"]')!;
    expect(send.disabled).toBe(true);
    tick(dialog.root, 'confirm');
    expect(send.disabled).toBe(true);
    tick(dialog.root, 'consent');
    expect(send.disabled).toBe(false);
    send.click();
    await expect(dialog.result).resolves.toBe('sent');
    expect(onConfirm).toHaveBeenCalledWith({ consentConfirmed: true });
    expect(dialog.host.isConnected).toBe(false);
  });

  it('ignores untrusted clicks and ticks', async () => {
    const onConfirm = vi.fn(async () => ({ ok: true as const }));
    const dialog = open({ onConfirm, isTrusted: (event) => event.isTrusted });
    tick(dialog.root, 'confirm');
    const send = dialog.root.querySelector<HTMLButtonElement>('[data-action="send"]')!;
    expect(send.disabled).toBe(true);
    send.disabled = false;
    send.click();
    dialog.root.querySelector<HTMLButtonElement>('[data-action="edit"]')!.click();
    await Promise.resolve();
    expect(onConfirm).not.toHaveBeenCalled();
    expect(dialog.host.isConnected).toBe(true);
  });

  it('keeps the dialog open with the error when confirmation fails', async () => {
    const dialog = open({ onConfirm: async () => ({ ok: false, message: 'Protokoll nicht möglich' }) });
    tick(dialog.root, 'confirm');
    dialog.root.querySelector<HTMLButtonElement>('[data-action="send"]')!.click();
    await vi.waitFor(() =>
      expect(dialog.root.querySelector('[role="alert"]')!.textContent).toBe('Protokoll nicht möglich'),
    );
    expect(dialog.host.isConnected).toBe(true);
    expect(dialog.root.querySelector<HTMLButtonElement>('[data-action="send"]')!.disabled).toBe(false);
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
    expect(dialog.root.querySelector('input[type="checkbox"]')).toBeNull();
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
