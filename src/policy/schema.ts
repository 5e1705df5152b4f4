/**
 * The one source of truth for every policy key: type, default, allowed values, ranges, list
 * and string limits, and the title and description administrators read (German first).
 *
 * From this table come: the TypeScript type (`SchemaPolicy`, proved equal to `Policy` in
 * src/policy/types.ts by a type-level test), the runtime validator (validate.ts), the Chrome
 * managed_schema (managed-schema.ts → assets/managed_schema.json) and the administrators'
 * reference (reference-doc.ts → docs/admin/policy-reference.md). test/unit/policy/agreement
 * regenerates both files in memory and compares them with the committed ones.
 *
 * Pure: no browser, WXT or DOM imports.
 */

export interface Text {
  de: string;
  en: string;
}

interface NodeBase {
  title: Text;
  description: Text;
}

export interface BooleanNode extends NodeBase {
  type: 'boolean';
  default: boolean;
}

export interface IntegerNode extends NodeBase {
  type: 'integer';
  default: number;
  minimum: number;
  maximum: number;
}

/**
 * Semantic checks on top of the type. `https-url`: https only (http for localhost and
 * 127.0.0.1, for a collector on the same machine); `pattern-name`: becomes a finding kind that
 * is shown and logged, so only letters, digits, space, `-` and `_`; `re2`: compiled with re2js.
 */
export type StringFormat = 'text' | 'https-url' | 'email' | 'phone' | 'pattern-name' | 're2' | 'user-editable-key';

export interface StringNode extends NodeBase {
  type: 'string';
  default: string;
  maxLength: number;
  /** Minimum length of a non-empty value after trimming; '' is "not set" unless `required`. */
  minLength?: number;
  format?: StringFormat;
  enum?: readonly string[];
  /** A secret: never echoed in errors, masked in chrome://policy (`sensitiveValue`). */
  sensitive?: boolean;
}

export interface ObjectNode extends NodeBase {
  type: 'object';
  properties: Readonly<Record<string, SchemaNode>>;
  /** Properties without which the whole object is unusable (it is then left out and reported). */
  required?: readonly string[];
  /** Default is `null` instead of the object built from the properties' defaults. */
  nullable?: boolean;
}

export interface ArrayNode extends NodeBase {
  type: 'array';
  items: SchemaNode;
  /** Longer lists are truncated to this length and reported. */
  maxItems: number;
}

export type SchemaNode = BooleanNode | IntegerNode | StringNode | ObjectNode | ArrayNode;

/** A top-level key: a node plus whether users may ever change it. */
export type PolicyKeySpec = SchemaNode & {
  /**
   * Users may set it in the options page when there is no administrator policy at all, or when
   * the administrator lists it in `userMayChange` without setting it (src/policy/merge.ts).
   */
  userEditable: boolean;
};

export const THRESHOLDS = ['notice', 'warn', 'high', 'off'] as const;
/** Same members as Category in src/detect/types.ts (checked by a type-level test). */
export const CATEGORIES = ['name', 'health', 'special', 'social', 'identifier', 'custom'] as const;
export const LANGUAGES = ['auto', 'de', 'en'] as const;
export const LOG_FORMATS = ['json', 'splunk-hec'] as const;
export const CASELOAD_MODES = ['on', 'off'] as const;
/** Severity levels a client's name can give a draft (src/detect/client-rule.ts). */
export const CLIENT_LEVELS = ['notice', 'warn', 'high'] as const;

const thresholdText = (de: string, en: string): Text => ({
  de: `${de} Stufen: notice (Hinweis), warn (Warnung), high (hoch); off schaltet es ab.`,
  en: `${en} Levels: notice, warn, high; off turns it off.`,
});

export const POLICY_SCHEMA = {
  sites: {
    type: 'object',
    userEditable: true,
    title: { de: 'Geschützte Websites', en: 'Protected sites' },
    description: {
      de: 'Auf welchen Websites Vertraulich Entwürfe prüft.',
      en: 'On which sites Vertraulich checks drafts.',
    },
    properties: {
      whatsapp: {
        type: 'boolean',
        default: true,
        title: { de: 'WhatsApp Web', en: 'WhatsApp Web' },
        description: { de: 'Nachrichten auf web.whatsapp.com prüfen.', en: 'Check messages on web.whatsapp.com.' },
      },
      facebook: {
        type: 'boolean',
        default: true,
        title: { de: 'Facebook', en: 'Facebook' },
        description: {
          de: 'Beiträge und Kommentare auf facebook.com prüfen.',
          en: 'Check posts and comments on facebook.com.',
        },
      },
      messenger: {
        type: 'boolean',
        default: true,
        title: { de: 'Messenger', en: 'Messenger' },
        description: {
          de: 'Nachrichten im Facebook Messenger prüfen (messenger.com und facebook.com/messages).',
          en: 'Check messages in Facebook Messenger (messenger.com and facebook.com/messages).',
        },
      },
    },
  },
  warnAt: {
    type: 'string',
    userEditable: true,
    enum: THRESHOLDS,
    default: 'warn',
    maxLength: 16,
    title: { de: 'Hinweis ab', en: 'Warn from' },
    description: thresholdText(
      'Ab dieser Schwere erscheint am Eingabefeld ein Hinweis.',
      'From this severity a warning appears next to the composer.',
    ),
  },
  acknowledgeAt: {
    type: 'string',
    userEditable: true,
    enum: THRESHOLDS,
    default: 'warn',
    maxLength: 16,
    title: { de: 'Bestätigung ab', en: 'Acknowledge from' },
    description: thresholdText(
      'Ab dieser Schwere muss vor dem Senden bestätigt werden; jede Bestätigung wird protokolliert.',
      'From this severity sending needs an acknowledgement; each one is logged.',
    ),
  },
  blockAt: {
    type: 'string',
    userEditable: true,
    enum: THRESHOLDS,
    default: 'off',
    maxLength: 16,
    title: { de: 'Senden verhindern ab', en: 'Block from' },
    description: thresholdText(
      'Ab dieser Schwere wird das Senden verhindert.',
      'From this severity sending is blocked.',
    ),
  },
  monitorOnly: {
    type: 'boolean',
    userEditable: false,
    default: false,
    title: { de: 'Nur beobachten (Einführungsphase)', en: 'Monitor only (rollout)' },
    description: {
      de: 'Nichts unterbricht die Nutzenden; protokolliert wird, was ohne diese Einstellung entschieden worden wäre.',
      en: 'Nothing interrupts users; the decisions that would have been taken are logged.',
    },
  },
  approvedChannel: {
    type: 'object',
    userEditable: false,
    title: { de: 'Freigegebener Kanal', en: 'Approved channel' },
    description: {
      de: 'Der Weg, den Ihre Organisation für Klientendaten vorsieht; wird in Warnungen genannt.',
      en: "Your organisation's approved way for client data; named in warnings.",
    },
    properties: {
      name: {
        type: 'string',
        default: '',
        maxLength: 100,
        title: { de: 'Name', en: 'Name' },
        description: { de: 'z. B. „Threema Work“ oder „Fachsoftware“.', en: 'e.g. "Threema Work" or "case software".' },
      },
      url: {
        type: 'string',
        default: '',
        maxLength: 2048,
        format: 'https-url',
        title: { de: 'Adresse', en: 'Address' },
        description: { de: 'https-Adresse des Kanals.', en: 'https address of the channel.' },
      },
    },
  },
  contactPerson: {
    type: 'object',
    userEditable: false,
    title: { de: 'Ansprechperson', en: 'Contact person' },
    description: {
      de: 'Wer bei Fragen zum Datenschutz hilft (z. B. die oder der Datenschutzbeauftragte).',
      en: 'Who helps with data-protection questions (e.g. the data protection officer).',
    },
    properties: {
      name: {
        type: 'string',
        default: '',
        maxLength: 100,
        title: { de: 'Name', en: 'Name' },
        description: { de: 'Name oder Funktion.', en: 'Name or role.' },
      },
      email: {
        type: 'string',
        default: '',
        maxLength: 254,
        format: 'email',
        title: { de: 'E-Mail', en: 'Email' },
        description: { de: 'E-Mail-Adresse.', en: 'Email address.' },
      },
      phone: {
        type: 'string',
        default: '',
        maxLength: 40,
        format: 'phone',
        title: { de: 'Telefon', en: 'Phone' },
        description: { de: 'Telefonnummer, z. B. +49 30 1234567.', en: 'Phone number, e.g. +49 30 1234567.' },
      },
    },
  },
  guidelinesUrl: {
    type: 'string',
    userEditable: false,
    default: '',
    maxLength: 2048,
    format: 'https-url',
    title: { de: 'Social-Media-Richtlinie', en: 'Social media guidelines' },
    description: {
      de: 'https-Adresse der schriftlichen Richtlinie Ihrer Organisation; wird bei der ersten Nutzung und nach Ablauf der Frist zur Bestätigung gezeigt.',
      en: "https address of your organisation's written guidelines; shown for confirmation on first use and again after the interval.",
    },
  },
  guidelinesVersion: {
    type: 'string',
    userEditable: false,
    default: '',
    maxLength: 64,
    title: { de: 'Version der Richtlinie', en: 'Guidelines version' },
    description: {
      de: 'Eine neue Version verlangt eine neue Bestätigung, z. B. „2025-01“.',
      en: 'A new version asks for a new confirmation, e.g. "2025-01".',
    },
  },
  reacknowledgeDays: {
    type: 'integer',
    userEditable: false,
    default: 365,
    minimum: 0,
    maximum: 3650,
    title: { de: 'Erneute Bestätigung nach (Tagen)', en: 'Confirm again after (days)' },
    description: {
      de: 'Nach so vielen Tagen wird die Richtlinie erneut zur Bestätigung gezeigt (mindestens jährlich empfohlen); 0 = nur einmal.',
      en: 'After this many days the guidelines are shown again for confirmation (at least yearly recommended); 0 = once only.',
    },
  },
  customTerms: {
    type: 'array',
    userEditable: true,
    maxItems: 1000,
    title: { de: 'Eigene Begriffe', en: 'Custom terms' },
    description: {
      de: 'Begriffe Ihrer Organisation, die als sensibel gelten (z. B. Namen von Einrichtungen).',
      en: "Your organisation's terms that count as sensitive (e.g. names of facilities).",
    },
    items: {
      type: 'object',
      required: ['term'],
      title: { de: 'Begriff', en: 'Term' },
      description: { de: 'Ein Begriff und seine Kategorie.', en: 'A term and its category.' },
      properties: {
        term: {
          type: 'string',
          default: '',
          minLength: 2,
          maxLength: 100,
          title: { de: 'Begriff', en: 'Term' },
          description: { de: 'Wort oder Wortgruppe, 2–100 Zeichen.', en: 'Word or phrase, 2–100 characters.' },
        },
        category: {
          type: 'string',
          enum: CATEGORIES,
          default: 'custom',
          maxLength: 16,
          title: { de: 'Kategorie', en: 'Category' },
          description: {
            de: 'name, health (Gesundheit), special (besondere Kategorien), social (Sozialdaten), identifier (Kennung), custom.',
            en: 'name, health, special (special categories), social (social data), identifier, custom.',
          },
        },
      },
    },
  },
  allowTerms: {
    type: 'array',
    userEditable: true,
    maxItems: 1000,
    title: { de: 'Erlaubte Begriffe', en: 'Allowed terms' },
    description: {
      de: 'Begriffe, die nie als sensibel zählen: Name der Organisation, Namen von Mitarbeitenden, eigene Anschriften, eigene Telefonnummer, Spendenkonto.',
      en: "Terms that never count: the organisation's name, staff names, own addresses, own phone number, donation account.",
    },
    items: {
      type: 'string',
      default: '',
      minLength: 2,
      maxLength: 100,
      title: { de: 'Begriff', en: 'Term' },
      description: { de: '2–100 Zeichen.', en: '2–100 characters.' },
    },
  },
  customPatterns: {
    type: 'array',
    userEditable: true,
    maxItems: 50,
    title: { de: 'Eigene Muster', en: 'Custom patterns' },
    description: {
      de: 'Reguläre Ausdrücke (RE2-Syntax, ohne Lookaround und Rückverweise), z. B. für Aktenzeichen. Ungültige Muster werden gemeldet und übersprungen.',
      en: 'Regular expressions (RE2 syntax, no lookaround or backreferences), e.g. for case numbers. Invalid patterns are reported and skipped.',
    },
    items: {
      type: 'object',
      required: ['name', 'pattern'],
      title: { de: 'Muster', en: 'Pattern' },
      description: { de: 'Name, Ausdruck und Kategorie.', en: 'Name, expression and category.' },
      properties: {
        name: {
          type: 'string',
          default: '',
          minLength: 1,
          maxLength: 64,
          format: 'pattern-name',
          title: { de: 'Name', en: 'Name' },
          description: {
            de: 'Wird in Warnung und Protokoll gezeigt, z. B. „aktenzeichen“; nur Buchstaben, Ziffern, Leerzeichen, - und _.',
            en: 'Shown in warnings and the log, e.g. "case-number"; letters, digits, space, - and _ only.',
          },
        },
        pattern: {
          type: 'string',
          default: '',
          minLength: 1,
          maxLength: 500,
          format: 're2',
          title: { de: 'Ausdruck', en: 'Expression' },
          description: {
            de: 'RE2-Ausdruck, Groß-/Kleinschreibung egal, höchstens 500 Zeichen, z. B. AZ-\\d{4}/\\d{2}.',
            en: 'RE2 expression, case-insensitive, at most 500 characters, e.g. AZ-\\d{4}/\\d{2}.',
          },
        },
        category: {
          type: 'string',
          enum: CATEGORIES,
          default: 'identifier',
          maxLength: 16,
          title: { de: 'Kategorie', en: 'Category' },
          description: {
            de: 'Kategorie der Treffer (wie bei eigenen Begriffen).',
            en: 'Category of matches (as for custom terms).',
          },
        },
      },
    },
  },
  logRetentionDays: {
    type: 'integer',
    userEditable: true,
    default: 365,
    minimum: 1,
    maximum: 3650,
    title: { de: 'Aufbewahrung des Protokolls (Tage)', en: 'Log retention (days)' },
    description: {
      de: 'Ältere Einträge im Bestätigungsprotokoll werden gelöscht.',
      en: 'Older entries of the acknowledgement log are deleted.',
    },
  },
  logEndpoint: {
    type: 'object',
    userEditable: false,
    nullable: true,
    required: ['url'],
    title: { de: 'Protokoll-Weiterleitung', en: 'Log forwarding' },
    description: {
      de: 'Sammelstelle, an die Protokolleinträge (ohne Entwurfsinhalt) gesendet werden. Nicht gesetzt: nur lokal.',
      en: 'Collector that receives log entries (without draft content). Not set: local only.',
    },
    properties: {
      url: {
        type: 'string',
        default: '',
        minLength: 1,
        maxLength: 2048,
        format: 'https-url',
        title: { de: 'Adresse', en: 'Address' },
        description: {
          de: 'https-Adresse der Sammelstelle (http nur für localhost und 127.0.0.1).',
          en: 'https address of the collector (http only for localhost and 127.0.0.1).',
        },
      },
      format: {
        type: 'string',
        enum: LOG_FORMATS,
        default: 'json',
        maxLength: 16,
        title: { de: 'Format', en: 'Format' },
        description: { de: 'json oder splunk-hec.', en: 'json or splunk-hec.' },
      },
      token: {
        type: 'string',
        default: '',
        maxLength: 4096,
        sensitive: true,
        title: { de: 'Zugangsschlüssel', en: 'Token' },
        description: {
          de: 'Wird als Authorization-Kopfzeile gesendet; nie angezeigt.',
          en: 'Sent as the Authorization header; never shown.',
        },
      },
    },
  },
  userLabel: {
    type: 'string',
    userEditable: false,
    default: '',
    maxLength: 64,
    title: { de: 'Kennung im Protokoll', en: 'Label in the log' },
    description: {
      de: 'Pseudonyme Kennung für diese Installation, z. B. „Team-Nord-07“; bitte keine Klarnamen.',
      en: 'Pseudonymous label for this installation, e.g. "team-north-07"; please no real names.',
    },
  },
  userMayChange: {
    type: 'array',
    userEditable: false,
    maxItems: 32,
    title: { de: 'Von Nutzenden änderbar', en: 'Users may change' },
    description: {
      de: 'Sobald eine Richtlinie besteht, sind alle Einstellungen für Nutzende gesperrt, außer den hier genannten Schlüsseln (z. B. „language“), die Sie nicht selbst setzen. Eigene Begriffe ergänzen dürfen Nutzende immer.',
      en: 'Once a policy exists every setting is locked for users except the keys named here (e.g. "language") that you do not set yourself. Users may always add their own custom terms.',
    },
    items: {
      type: 'string',
      default: '',
      maxLength: 64,
      format: 'user-editable-key',
      title: { de: 'Schlüssel', en: 'Key' },
      description: {
        de: 'sites, warnAt, acknowledgeAt, blockAt, customTerms, allowTerms, customPatterns, logRetentionDays, language oder caseload.',
        en: 'sites, warnAt, acknowledgeAt, blockAt, customTerms, allowTerms, customPatterns, logRetentionDays, language or caseload.',
      },
    },
  },
  language: {
    type: 'string',
    userEditable: true,
    enum: LANGUAGES,
    default: 'auto',
    maxLength: 8,
    title: { de: 'Sprache', en: 'Language' },
    description: {
      de: 'auto (Sprache des Browsers), de oder en.',
      en: 'auto (browser language), de or en.',
    },
  },
  // --- caseload (issue 16): the names themselves are never policy, only how they count ---
  caseload: {
    type: 'string',
    userEditable: true,
    enum: CASELOAD_MODES,
    default: 'on',
    maxLength: 8,
    title: { de: 'Eigene Klientinnen und Klienten erkennen', en: 'Recognise your own clients' },
    description: {
      de: 'on: Namen, die Mitarbeitende unter „Meine Klientinnen und Klienten“ hinterlegen (nur als Hash gespeichert), werden im Entwurf erkannt; off: die Liste wird nicht genutzt. Die Namen selbst gehören nie in die Richtlinie.',
      en: 'on: names that workers enter under "My clients" (stored only as hashes) are recognised in drafts; off: the list is not used. The names themselves never belong in the policy.',
    },
  },
  caseloadAlone: {
    type: 'string',
    userEditable: false,
    enum: CLIENT_LEVELS,
    default: 'warn',
    maxLength: 16,
    title: { de: 'Schwere: Name einer Klientin, eines Klienten', en: "Severity: a client's name" },
    description: {
      de: 'Wie schwer der Name einer eigenen Klientin oder eines eigenen Klienten allein wiegt („hab grad mit Kai geredet“): notice, warn oder high. Mit einer sensiblen Angabe daneben gilt immer high.',
      en: 'How severe the name of one of your own clients is on its own ("just talked to Kai"): notice, warn or high. With sensitive information next to it, it is always high.',
    },
  },
  caseloadGreeting: {
    type: 'string',
    userEditable: false,
    enum: CLIENT_LEVELS,
    default: 'notice',
    maxLength: 16,
    title: { de: 'Schwere: Klientin, Klient begrüßt', en: 'Severity: a client greeted' },
    description: {
      de: 'Wie schwer eine Begrüßung am Zeilenanfang wiegt („Hallo Kai, passt Dienstag?“) – Kontakt und Terminabsprache sind, wofür der Kanal da ist: notice, warn oder high.',
      en: 'How severe a greeting at the start of a line is ("Hi Kai, does Tuesday work?") – contact and appointments are what the channel is for: notice, warn or high.',
    },
  },
} as const satisfies Record<string, PolicyKeySpec>;

export type PolicySchema = typeof POLICY_SCHEMA;
export type PolicyKey = keyof PolicySchema;
export const POLICY_KEYS = Object.keys(POLICY_SCHEMA) as PolicyKey[];

/** The TypeScript type a node describes. */
export type InferNode<N> = N extends { type: 'boolean' }
  ? boolean
  : N extends { type: 'integer' }
    ? number
    : N extends { type: 'string'; enum: readonly (infer E)[] }
      ? E
      : N extends { type: 'string' }
        ? string
        : N extends { type: 'array'; items: infer I }
          ? InferNode<I>[]
          : N extends { type: 'object'; properties: infer P; nullable: true }
            ? { -readonly [K in keyof P]: InferNode<P[K]> } | null
            : N extends { type: 'object'; properties: infer P }
              ? { -readonly [K in keyof P]: InferNode<P[K]> }
              : never;

/** The policy type derived from the schema; equal to `Policy` (test/unit/policy/types.test.ts). */
export type SchemaPolicy = { -readonly [K in PolicyKey]: InferNode<PolicySchema[K]> };

export function isPolicyKey(key: string): key is PolicyKey {
  return Object.hasOwn(POLICY_SCHEMA, key);
}

/** Keys a user may ever change (the allowed entries of `userMayChange`), in schema order. */
export const USER_EDITABLE_KEYS: readonly PolicyKey[] = POLICY_KEYS.filter((key) => POLICY_SCHEMA[key].userEditable);

/** The default a node describes (objects from their properties; nullable objects: null). */
export function nodeDefault(node: SchemaNode): unknown {
  switch (node.type) {
    case 'boolean':
    case 'integer':
    case 'string':
      return node.default;
    case 'array':
      return [];
    case 'object':
      if (node.nullable) return null;
      return Object.fromEntries(Object.entries(node.properties).map(([k, child]) => [k, nodeDefault(child)]));
  }
}
