/**
 * The guard scenarios shared with Firefox (test/e2e/scenarios/guard.ts), run in Chromium on
 * every surface. Chromium-only guard cases stay in guard.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { fixtureRoutes } from '../fixtures/sites/build';
import { launch, type Browser } from './harness';
import { chromiumDriver } from './scenarios/chromium-driver';
import type { Driver } from './scenarios/driver';
import { GUARD_SCENARIOS } from './scenarios/guard';
import { acknowledgedDraftLeavesOnlyAContentFreeRecord } from './scenarios/log';
import { SURFACES } from './scenarios/surfaces';

let browser: Browser;
let driver: Driver;
beforeAll(async () => {
  browser = await launch({ routes: fixtureRoutes() });
  driver = chromiumDriver(browser);
});
afterAll(async () => browser?.close());

describe.each(SURFACES)('$name', (surface) => {
  it.each(GUARD_SCENARIOS)('$name', (scenario) => scenario.run(driver, surface));
});

it('an acknowledged draft leaves one content-free record; the canary is in no storage or IndexedDB', () =>
  acknowledgedDraftLeavesOnlyAContentFreeRecord(driver));
