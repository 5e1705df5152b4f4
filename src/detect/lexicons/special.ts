/**
 * Special categories of personal data (GDPR Art. 9: sexual orientation, religion, ethnicity,
 * political opinions, trade-union membership, genetic and biometric data) and criminal
 * matters (Art. 10), German first, then English. Term syntax: src/detect/lexicon/matcher.ts.
 */
import type { LexiconGroup } from '../lexicon/types';

const category = 'special';

export const specialGroups: readonly LexiconGroup[] = [
  {
    kind: 'special-term',
    category,
    score: 0.85,
    terms: [
      // Sexual orientation and gender identity
      'schwul*', 'lesbisch*', 'lesbe', 'bisexuell*', 'homosexuell*', 'transgender', 'transsexuell*',
      'transfrau*', 'transmann', 'transident*', 'nicht-binär*', 'nichtbinär*', 'sexuelle orientierung',
      'sexuelle identität', 'gay', 'lesbian*', 'bisexual*', 'homosexual*', 'trans woman', 'trans man',
      'non-binary', 'nonbinary',
      // Religion and belief
      'muslim*', 'moslem*', 'islamisch*', 'christ', 'christlich*', 'jüdisch*', 'jude',
      'jüdin*', 'zeugen jehovas', 'zeugin jehovas', 'atheist*', 'buddhist*', 'hindu*', 'jesid*', 'yezid*', 'alevit*',
      'sikh', 'jewish', 'jew', 'catholic', 'religiös*', 'religious', 'konvertiert*', 'converted to islam',
      // Ethnicity
      'sinti*', 'ethnisch*', 'ethnie*', 'hautfarbe', 'ethnicity', 'ethnic', 'racial*',
      // Political opinions
      'afd', 'npd', 'rechtsextrem*', 'linksextrem*', '*extremist*', 'neonazi*', 'reichsbürger*',
      'politische einstellung', 'politische meinung', 'political views', 'political opinion*',
      'far-right', 'parteimitglied*',
      // Trade unions
      'gewerkschaft*', 'verdi', 'ver.di', 'trade union*', 'union member*',
      // Genetic and biometric data
      'genetisch*', 'gentest*', 'erbkrankheit*', 'dna', 'fingerabdr*', 'biometrisch*', 'genetic*',
      'fingerprint*', 'biometric*',
    ],
  },
  {
    kind: 'special-term',
    category,
    score: 0.6,
    terms: [
      '^Roma', 'queer*', 'coming-out', 'coming out', 'outing', 'came out', 'religion*', 'kopftuch*',
      'hijab', 'islam', 'migrationshintergrund', 'kurde', 'kurdin', 'kurdisch*', 'rassistisch*',
    ],
  },
  {
    kind: 'criminal-term',
    category,
    score: 0.85,
    terms: [
      'straftat*', '+straftat', 'straftäter*', '+straftäter', 'vorbestraft*', 'strafanzeige*',
      'anzeige erstattet', 'festgenommen', 'verhaftet', 'festnahme*', '*diebstahl*', 'geklaut',
      'körperverletzung*', 'drogenhandel', 'dealt', 'dealer*', 'vergewaltig*', 'strafverfahren*',
      'ermittlungsverfahren*', 'angeklagt', 'anklage*', 'verurteilt*', '+strafe', 'freiheitsstrafe*',
      'vorstrafe*', 'sexualstraftäter*', 'arrested', 'convicted', 'conviction*', 'criminal record*',
      'charged with', 'shoplifting', 'rape', 'raped', 'sexual assault', 'sexually assaulted',
    ],
  },
  {
    kind: 'criminal-term',
    category,
    score: 0.6,
    terms: ['angezeigt', 'staatsanwalt*', 'gerichtsverhandlung*', '^Raub', 'betrug', 'assault*', 'offence*', 'offense*'],
  },
  {
    kind: 'criminal-term',
    category,
    score: 0.5,
    institution: true,
    terms: ['polizei', 'kripo', 'police'],
  },
];
