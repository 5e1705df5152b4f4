/**
 * Health terms (GDPR Art. 9: data concerning health), German first, then English.
 * Term syntax: src/detect/lexicon/matcher.ts. Scores: src/detect/lexicon/types.ts.
 */
import type { LexiconGroup } from '../lexicon/types';

const kind = 'health-term';
const category = 'health';

export const healthGroups: readonly LexiconGroup[] = [
  {
    kind,
    category,
    score: 0.85,
    terms: [
      // Psychiatry and diagnoses
      '*depress*', 'schizophren*', '*psychose', 'psychotisch*', 'bipolar*', 'manisch*', 'borderline',
      '*angststörung*', 'panikattacke*', 'panikstörung*', 'zwangsstörung*', 'zwangsgedanken',
      '*persönlichkeitsstörung*', 'belastungsstörung*', 'ptbs', 'ptsd', 'trauma*', 'traumatisiert*',
      'adhs', 'autis*', 'asperger*', 'demenz*', '*demenz', 'dement', 'alzheimer*', 'parkinson*',
      'epilep*', 'diabet*', 'halluzin*', 'wahnvorstellung*', 'dissoziat*', 'psychisch*', 'psychiatr*',
      '*psychiatr*', '*psychotherap*', 'psychopharmak*', 'hört stimmen', 'stimmen hören',
      'zwangseinweisung*', 'einweisung*', 'eingewiesen', 'geschlossene station', 'geschlossenen station',
      'diagnostiziert', 'schlaganfall*', 'herzinfarkt*', 'dialyse', 'inkontinen*', 'pflegebedürftig*',
      'pflegegrad*', 'pflegestufe*',
      // Cancer and infections
      '+krebs', 'krebs+', 'tumor*', '+tumor', 'chemo*', 'metasta*', 'leukämie', 'bestrahlung*',
      'hiv', '^Aids', 'aidskrank*', 'hepatitis*', 'tuberkulose', 'syphilis', 'tripper', 'geschlechtskrank*',
      'positiv getestet',
      // Disability
      'behinderung', 'behindert*', 'schwerbehindert*', '*behindert', 'lernbehinder*', 'körperbehinder*',
      'geistig behindert*', 'grad der behinderung', 'gdb', 'trisomie*', 'down-syndrom', '+syndrom',
      'gehörlos*', 'rollstuhlfahrer*',
      // Suicide and self-harm
      '*suizid*', 'selbstmord*', 'selbstverletz*', 'ritzt sich', 'sich ritzt', 'sich geritzt', 'geritzt',
      'lebensmüde*', 'sich umbringen', 'bringt sich um', 'sich das leben nehmen', 'überdosis',
      // Eating disorders
      'magersucht', 'magersüchtig*', 'anorexi*', 'bulimi*', '*essstörung*', 'binge eating',
      // Addiction and substitution
      '^Sucht', '+sucht', 'sucht+', '*süchtig', 'alkoholi*', 'alkoholkrank*', 'alkoholproblem*',
      'alkoholabhängig*', 'drogenabhängig*', 'medikamentenabhängig*', 'abhängigkeitserkrank*', 'droge',
      'drogen*', 'heroin*', 'kokain*', 'crystal meth', 'meth', 'cannabis*', 'kiff*', 'gekifft',
      'amphetamin*', 'ecstasy', 'mdma', 'lsd', 'opiat*', 'opioid*', 'entzug', '+entzug', 'entzugs+',
      'entgiftung*', 'substitution*', 'substituiert*', 'methadon*', 'polamidon*', 'subutex',
      'buprenorphin*', 'junkie*',
      // Pregnancy
      'schwanger*', 'abtreibung*', 'schwangerschaftsabbruch*', 'fehlgeburt*', 'totgeburt*',
      // Medication
      'antidepressiv*', 'neurolepti*', 'ritalin', 'lithium', 'insulin*', 'methylphenidat', 'tavor',
      'diazepam', 'valium', 'seroquel', 'quetiapin', 'risperdal', 'olanzapin', 'sertralin', 'citalopram',
      'fluoxetin', 'benzodiazepin*', 'benzos', 'antiretrovir*',
      // English
      'depressed', 'anxiety disorder*', 'panic attack*', 'schizophrenia', 'psychosis', 'psychotic',
      'adhd', 'autism', 'autistic', 'dementia', 'cancer', 'chemotherapy', 'tumour*', 'hepatitis',
      'pregnan*', 'miscarriage*', 'abortion*', 'disabilit*', 'disabled', 'wheelchair user*',
      '*suicid*', 'self-harm*', 'self harm*', 'selfharm*', 'overdos*', 'anorexi*', 'bulimi*',
      'eating disorder*', 'addict*', 'alcoholi*', 'drinking problem*', 'drug abuse', 'drug problem*',
      'substance abuse', 'cocaine', 'methadone', 'detox*', 'psychiatr*', 'psychotherap*',
      'mental illness*', 'mentally ill', 'antidepressant*', 'sectioned', 'psych ward', 'hallucinat*',
      'dissociat*', 'diagnosed', 'hiv positive', 'hiv-positive',
    ],
  },
  {
    // Common, but still about someone's health once a person is in the sentence.
    kind,
    category,
    score: 0.7,
    terms: [
      '^Krebs', 'diagnose*', '*erkrankung*', 'erkrankt*', 'krankheit*', '+krankheit', 'medikament*',
      '*therapie', 'therapie+', 'reha', 'reha+', 'rückfall*', 'rückfällig*', 'krankgeschrieben',
      'arztbrief*', 'befund*', 'stationär*', 'psychologisch*',
      'angstzustände', 'schlafstörung*', 'ritzt', 'ritzen', 'flashback*', 'tabletten',
      'anxiety', 'therapy', 'rehab', 'relapse*', 'medication*', 'hospitali*', 'mental health',
      'diagnosis',
    ],
  },
  {
    // Places of care: "Frau B. liegt im Krankenhaus" is worth a warning, not more.
    kind,
    category,
    score: 0.5,
    institution: true,
    terms: ['klinik', 'klinikum', 'krankenhaus*', 'hospital'],
  },
];
