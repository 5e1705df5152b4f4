import { describe, expect, it } from 'vitest';
import { adapterFor } from '../../../src/sites/index';

describe('adapterFor', () => {
  it.each([
    ['https://web.whatsapp.com/', 'whatsapp'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://web.facebook.com/groups/123/posts/456', 'facebook'],
    // Meta Business Suite and the mobile site (issue 12, finding 15)
    ['https://business.facebook.com/latest/inbox/all', 'facebook'],
    ['https://business.facebook.com/latest/composer', 'facebook'],
    ['https://m.facebook.com/', 'facebook'],
    ['https://business.facebook.com.example.org/', null],
    ['https://www.facebook.com/messages/t/123', 'messenger'],
    ['https://web.facebook.com/messages/e2ee/t/123', 'messenger'],
    ['https://www.messenger.com/t/123', 'messenger'],
    ['https://www.facebook.com/messagesfromthepast', 'facebook'],
    ['https://example.org/', null],
    ['https://www.whatsapp.com/', null],
    ['https://facebook.com.example.org/messages/t/1', null],
  ])('%s → %s', (url, site) => {
    expect(adapterFor(new URL(url))?.id ?? null).toBe(site);
  });
});
