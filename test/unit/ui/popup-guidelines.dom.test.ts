import { describe, expect, it } from 'vitest';
import { mountPopup } from '../../../src/ui/popup/mount-popup';

const mount = async (guidelinesUrl: string | undefined, language: 'de' | 'en' = 'de') => {
  const container = document.createElement('div');
  await mountPopup(container, {
    language,
    activeTabId: async () => 1,
    askTab: async () => undefined,
    readRecords: async () => [],
    ...(guidelinesUrl === undefined ? {} : { guidelinesUrl }),
  });
  return container.querySelector<HTMLAnchorElement>('[data-testid="popup-guidelines"]');
};

describe('popup: „Leitlinien öffnen“', () => {
  it('links to the organisation’s guidelines in a new tab', async () => {
    const link = await mount('https://intranet.example/leitlinien');
    expect(link?.textContent).toBe('Leitlinien öffnen');
    expect(link?.href).toBe('https://intranet.example/leitlinien');
    expect(link?.target).toBe('_blank');
    expect(link?.rel).toBe('noopener noreferrer');
    expect((await mount('https://intranet.example/g', 'en'))?.textContent).toBe('Open the guidelines');
  });

  it.each([
    // near-misses: no link without an https URL
    [undefined],
    [''],
    ['javascript:alert(1)'],
    ['http://intranet.example/leitlinien'],
  ])('no link for %j', async (url) => {
    expect(await mount(url)).toBeNull();
  });
});
