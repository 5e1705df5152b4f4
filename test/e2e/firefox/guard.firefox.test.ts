/**
 * The guard end to end in Firefox ESR, on every surface: the same scenarios as Chromium
 * (test/e2e/scenarios/guard.ts), one browser for the file.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Driver } from '../scenarios/driver';
import { GUARD_SCENARIOS } from '../scenarios/guard';
import { SURFACES } from '../scenarios/surfaces';
import { firefoxDriver } from './driver';
import { launchFirefox, type FirefoxSession } from './harness';

let session: FirefoxSession;
let driver: Driver;
beforeAll(async () => {
  session = await launchFirefox();
  driver = firefoxDriver(session);
});
afterAll(async () => session?.close());

describe.each(SURFACES)('Firefox: $name', (surface) => {
  it.each(GUARD_SCENARIOS)('$name', (scenario) => scenario.run(driver, surface));
});
