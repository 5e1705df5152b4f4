/**
 * The detector, evaluated on first use instead of at page load. Its modules build regexes
 * (many with \p{…} classes, which Chromium compiles when the RegExp is created), word sets and
 * tables at module level: measured on the WhatsApp fixture that is most of the guard's start-up
 * time, for pages where nobody may type at all. Reached through `require()`, the bundler wraps
 * src/detect in a function it calls on the first scan (or the warm-up when a composer is
 * focused); page load only pre-parses it. The guard calls it synchronously, so a send decision
 * never waits for it: the first call simply pays the evaluation.
 * Only the extension's bundles use this file; Node code imports src/detect directly.
 */
import type * as Index from '../detect/index';
import type * as Registry from '../detect/registry';

declare const require: ((id: '../detect/index') => typeof Index) & ((id: '../detect/registry') => typeof Registry);

export interface Detector {
  scan: typeof Index.scan;
  scanWith: typeof Index.scanWith;
  recognizers: typeof Registry.recognizers;
}

let loaded: Detector | undefined;

export function detector(): Detector {
  if (loaded) return loaded;
  const { scan, scanWith } = require('../detect/index');
  const { recognizers } = require('../detect/registry');
  loaded = { scan, scanWith, recognizers };
  return loaded;
}
