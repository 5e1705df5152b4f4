/**
 * The ordered list of recognizers scan() runs. Order matters only for ties in overlap
 * resolution (an earlier recognizer wins an identical span), so the most specific come first:
 * identifiers (check digits), then names, then lexicons, then the admin's custom terms/patterns.
 *
 * Adding a recognizer: create src/detect/recognizers/<id>.ts exporting `recognizer`, import it
 * here in its section, and add a test under test/unit/detect/recognizers/.
 */
import type { Recognizer } from './recognizer';

// --- identifiers ---

// --- names ---

// --- lexicons ---

// --- custom (policy) ---

export const recognizers: readonly Recognizer[] = [
  // identifiers

  // names

  // lexicons

  // custom
];
