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
import { recognizer as iban } from './recognizers/iban';
import { recognizer as taxId } from './recognizers/tax-id';
import { recognizer as pensionInsuranceNumber } from './recognizers/pension-insurance-number';
import { recognizer as healthInsuranceNumber } from './recognizers/health-insurance-number';
import { recognizer as idCard } from './recognizers/id-card';
import { recognizer as email } from './recognizers/email';
import { recognizer as phone } from './recognizers/phone';
import { recognizer as birthDate } from './recognizers/birth-date';
import { recognizer as age } from './recognizers/age';
import { recognizer as address } from './recognizers/address';
import { recognizer as caseNumber } from './recognizers/case-number';

// --- names ---
import { recognizer as clientName } from './recognizers/client-name';
import { recognizer as personName } from './recognizers/person-name';
import { recognizer as personReference } from './recognizers/person-reference';

// --- lexicons ---
import { recognizer as healthTerms } from './recognizers/health-terms';
import { recognizer as specialTerms } from './recognizers/special-terms';
import { recognizer as socialTerms } from './recognizers/social-terms';
import { recognizer as situationCues } from './recognizers/situation-cues';

// --- custom (policy) ---
import { recognizer as customTerms } from './recognizers/custom-terms';
import { recognizer as customPatterns } from './recognizers/custom-patterns';

export const recognizers: readonly Recognizer[] = [
  // identifiers
  iban,
  taxId,
  pensionInsuranceNumber,
  healthInsuranceNumber,
  idCard,
  email,
  phone,
  birthDate,
  age,
  address,
  caseNumber,

  // names
  clientName,
  personName,
  personReference,

  // lexicons
  healthTerms,
  specialTerms,
  socialTerms,
  situationCues,

  // custom
  customTerms,
  customPatterns,
];
