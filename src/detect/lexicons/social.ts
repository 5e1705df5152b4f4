/**
 * Social data (Sozialdaten, SGB X § 67) and the situations social work deals with: child
 * protection, custody, benefits, debt, probation and prison, residence status, violence.
 * German first, then English. Term syntax: src/detect/lexicon/matcher.ts.
 */
import type { LexiconGroup } from '../lexicon/types';

const kind = 'social-term';
const category = 'social';

export const socialGroups: readonly LexiconGroup[] = [
  {
    kind,
    category,
    score: 0.85,
    terms: [
      // Child protection and family law
      'inobhutnahme*', 'in obhut genommen', 'kindeswohlgefährdung*', 'kwg', '§ 8a', '§8a', '8a-meldung*',
      'gefährdungsmeldung*', 'gefährdungseinschätzung*', 'sorgerecht*', '+sorgerecht*', 'umgangsrecht*',
      'umgangsregelung*', 'begleiteter umgang', 'begleiteten umgang', 'hilfeplan*', 'hilfe zur erziehung',
      'hze', 'eingliederungshilfe', 'pflegefamilie*', 'heimunterbringung*', 'fremdunterbringung*',
      'vormund*', 'gesetzliche betreuung', 'rechtliche betreuung', 'gesetzlicher betreuer',
      'gesetzliche betreuerin', 'kindesentzug', 'kindeswohl',
      // Benefits
      'bürgergeld*', 'alg ii', 'alg 2', 'alg2', 'algii', 'arbeitslosengeld*', 'hartz*', 'sozialhilfe*',
      'grundsicherung*', 'leistungskürzung*', 'obdachlos*', 'wohnungslos*', 'zwangsräumung*',
      'räumungsklage*', 'sanktioniert',
      // Debt
      '^Schulden', '+schulden', 'verschuldet*', 'überschuld*', 'insolvenz*', '+insolvenz*',
      'pfändung*', '+pfändung*', 'gepfändet', 'gerichtsvollzieher*', 'mahnbescheid*', 'schufa*',
      // Probation and prison
      '^Haft', 'u-haft', 'untersuchungshaft', 'jugendhaft', 'abschiebehaft', 'abschiebungshaft',
      'haftstrafe*', 'haftentlassung*', 'haftanstalt*', 'inhaftiert*', 'jva', 'justizvollzug*',
      'gefängnis*', 'knast*', 'bewährung*', 'bewährungsstrafe*', 'bewährungsaufla*',
      // Residence status
      'duldung*', 'abschiebung*', 'abgeschoben', 'asyl*', 'ausreisepflicht*', 'bleiberecht*',
      // Violence
      'häusliche gewalt', 'häuslicher gewalt', 'gewalttätig*', 'misshandel*', '*misshandlung*',
      '*missbrauch*', 'missbraucht*', '*vernachlässig*', 'gewaltschutz*', 'kontaktverbot*',
      'annäherungsverbot*', 'zwangsheirat*', 'zwangsverheirat*', 'genitalverstümmelung', 'fgm',
      'menschenhandel', 'frauenhaus*', 'geschlagen',
      // English
      'taken into care', 'foster care', 'foster famil*', 'custody', 'child protection plan',
      'universal credit', 'unemployment benefit*', 'eviction*', 'evicted', 'homeless*', 'bankrupt*',
      'insolvency', 'debt collector*', 'bailiff*', 'probation', 'parole', 'prison', 'jail*', 'deport*',
      'asylum*', 'domestic violence', 'domestic abuse', 'child abuse', 'forced marriage',
      'restraining order*', "women's refuge", 'womens refuge', "women's shelter", 'abused', 'abusive',
    ],
  },
  {
    kind,
    category,
    score: 0.65,
    terms: [
      'sanktion*', 'wohngeld*', 'unterhaltsvorschuss', 'kindesunterhalt', 'unterhaltszahlung*',
      'aufenthaltserlaubnis*', 'aufenthaltstitel*', 'aufenthaltsstatus', 'geflüchtet*', 'flüchtling*',
      'gewalt', 'stalking', 'scheidung*', 'inkasso*', 'prostitution', 'debt', 'debts', 'refugee*',
      'neglect*', 'benefit sanction*', 'scheidungs+',
    ],
  },
  {
    // Institutions: a mention alone is logistics, tied to a person it reveals a case.
    kind,
    category,
    score: 0.5,
    institution: true,
    terms: [
      'jugendamt*', 'jobcenter*', 'sozialamt*', 'ausländerbehörde*', 'familiengericht*', 'asd',
      'schuldnerberatung*', 'bewährungshilfe', 'bewährungshelfer*', 'jugendgerichtshilfe',
      'social services', 'social worker', 'child protection', 'family court',
    ],
  },
];
