import {
  type Alias,
  DATE_PRECISIONS,
  type DatePrecision,
  type DatedEvent,
  type Dictionary,
  ENTITY_TYPES,
  type Entity,
  type EntityType,
  QUOTATION_KINDS,
  type Quotation,
  type QuotationKind,
  type Relation,
  type Role,
  type DateGuessed,
  type SourceInfo,
  isRelationType,
  DISAGREEMENT_KINDS,
  type Disagreement,
  type DisagreementKind,
  FIGURE_HEDGES,
  type FactSource,
  type FigureFact,
} from './schema';
import { daysInMonth } from '../text/calendar';
import { decodeUtf8 } from '../text/decode';

/** Something wrong in a dictionary file: which file, which entry, what, and where. */
export interface DictionaryProblem {
  readonly file: string;
  /** The entry at fault, e.g. `entities[3] "maher-al-assad"`; absent for the file as a whole. */
  readonly entry?: string;
  readonly message: string;
  /** `error`: the entry (or file) was left out; `warning`: it was kept without the faulty part. */
  readonly severity: 'error' | 'warning';
  /** The JSON value at fault, as keys and indexes from the top: `["entities", 3, "type"]`. */
  readonly path?: JsonPath;
  /** The property's name is at fault (an unknown property), not its value. */
  readonly atKey?: boolean;
  /** Where it is in the file, once known (see locateProblems). */
  readonly location?: TextLocation;
}

export type JsonPath = readonly (string | number)[];

/** A stretch of a text: UTF-16 offset and length, 1-based lines and columns of its start and end. */
export interface TextLocation {
  readonly offset: number;
  readonly length: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** Where each entity, event and list item (relation, role…) came from in its file, for problems found later. */
const entryPaths = new WeakMap<object, JsonPath>();

/** The path in its file of an entity, event or list item that parseDictionary read. */
export function pathOf(entry: object): JsonPath | undefined {
  return entryPaths.get(entry);
}

/** `copy`, a copy of an entry parseDictionary read, known by the entry's path in its file. */
export function withPathOf<T extends object>(copy: T, entry: object): T {
  const path = entryPaths.get(entry);
  if (path) entryPaths.set(copy, path);
  return copy;
}

/** The location of `length` characters at `offset` in `text`. */
export function locationIn(text: string, offset: number, length: number): TextLocation {
  const start = lineAndColumnOf(text, offset);
  const end = lineAndColumnOf(text, offset + length);
  return { offset, length, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

function lineAndColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

export interface ParsedDictionary {
  /** What could be used; absent only when nothing could (unreadable file). */
  readonly dictionary?: Dictionary;
  readonly problems: readonly DictionaryProblem[];
}

/** Larger dictionary files are refused rather than parsed on the extension host. */
export const MAX_DICTIONARY_BYTES = 50 * 1024 * 1024;

export const ENTITY_ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
const WIKIDATA_ID = /^Q[1-9]\d*$/;

/** An ISO date prefix that names a real moment: no February 30, month 13 or 24:75. */
export function isIsoDatePrefix(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2})(?::(\d{2}))?)?)?)?$/.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute] = match
    .slice(1)
    .map((part) => (part === undefined ? undefined : Number(part)));
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > daysInMonth(year!, month!))) return false;
  return (hour === undefined || hour <= 23) && (minute === undefined || minute <= 59);
}

/** Aliases this short match inside ordinary words and sentences ("a", "I", "us") unless matched as written. */
export const MAX_CASELESS_ALIAS_LENGTH = 2;

/** Decodes a dictionary file's bytes, refusing what is too large, binary or not UTF-8, and saying where. */
export function decodeDictionaryBytes(bytes: Uint8Array, file: string): { text?: string; problem?: DictionaryProblem } {
  const refuse = (message: string, location?: TextLocation) => ({
    problem: { file, message, severity: 'error' as const, location },
  });
  if (bytes.length > MAX_DICTIONARY_BYTES) {
    return refuse(`skipped: ${bytes.length} bytes is over the ${MAX_DICTIONARY_BYTES}-byte limit for a dictionary`);
  }
  const decoded = decodeUtf8(bytes);
  if (decoded.kind === 'binary') {
    return refuse(
      `skipped: binary or UTF-16 file (a NUL byte at ${lineAndColumn(decoded.lossy, decoded.char)}), not a UTF-8 JSON dictionary`,
      locationIn(decoded.lossy, decoded.char, 1),
    );
  }
  if (decoded.kind === 'not-utf8') {
    return refuse(
      `skipped: not UTF-8 text (byte 0x${bytes[decoded.byte]!.toString(16).padStart(2, '0')} at ${lineAndColumn(decoded.lossy, decoded.char)}); save the dictionary as UTF-8`,
      locationIn(decoded.lossy, decoded.char, 1),
    );
  }
  return { text: decoded.text };
}

/** "line L, column C" (1-based, UTF-16 columns) of an offset, for messages. */
function lineAndColumn(text: string, offset: number): string {
  const { line, column } = lineAndColumnOf(text, offset);
  return `line ${line}, column ${column}`;
}

/** Parses and checks a dictionary; every entry that is sound is kept. */
export function parseDictionary(text: string, file: string): ParsedDictionary {
  const problems: DictionaryProblem[] = [];
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { message, offset } = describeJsonError(error, text);
    const location = offset === undefined ? undefined : locationIn(text, offset, 1);
    return { problems: [{ file, message: `not valid JSON: ${message}`, severity: 'error', location }] };
  }
  if (!isObject(json)) {
    return {
      problems: [
        { file, message: 'a dictionary must be a JSON object with an "entities" array', severity: 'error', path: [] },
      ],
    };
  }
  if (!Array.isArray(json.entities)) {
    return {
      problems: [
        {
          file,
          message: 'missing "entities": an array of people, places and organisations',
          severity: 'error',
          path: json.entities === undefined ? [] : ['entities'],
        },
      ],
    };
  }
  const report: Report = (entry, message, severity, path, atKey) =>
    problems.push({ file, entry, message, severity, path, ...(atKey ? { atKey } : {}) });

  reportUnknownKeys(
    json,
    ['$schema', 'source', 'entities', 'events', 'quotations', 'builtEntities', 'builtFacts', ...STORY_KEYS],
    undefined,
    [],
    report,
  );
  if (
    json.builtEntities !== undefined &&
    !(Array.isArray(json.builtEntities) && json.builtEntities.every((id) => typeof id === 'string'))
  ) {
    report(undefined, '"builtEntities" must be a list of entity ids', 'warning', ['builtEntities']);
  }
  if (
    json.builtFacts !== undefined &&
    !(Array.isArray(json.builtFacts) && json.builtFacts.every((fact) => typeof fact === 'string'))
  ) {
    report(undefined, '"builtFacts" must be a list of strings', 'warning', ['builtFacts']);
  }
  const source = readSource(json.source, report);

  const entities: Entity[] = [];
  const seenIds = new Set<string>();
  json.entities.forEach((raw, index) => {
    const entity = readEntity(raw, index, report);
    if (!entity) return;
    if (seenIds.has(entity.id)) {
      report(
        `entities[${index}] "${entity.id}"`,
        `duplicate id "${entity.id}"; the first entry with it is kept`,
        'error',
        ['entities', index, 'id'],
      );
      return;
    }
    seenIds.add(entity.id);
    entryPaths.set(entity, ['entities', index]);
    entities.push(entity);
  });

  const events: DatedEvent[] = [];
  if (json.events !== undefined) {
    if (!Array.isArray(json.events)) report(undefined, '"events" must be an array', 'warning', ['events']);
    else {
      json.events.forEach((raw, index) => {
        const event = readEvent(raw, index, report);
        if (!event) return;
        entryPaths.set(event, ['events', index]);
        events.push(event);
      });
    }
  }
  const quotations = readQuotations(json.quotations, report);
  return {
    dictionary: {
      file,
      source,
      entities,
      events,
      ...(quotations ? { quotations } : {}),
      ...readStoryFacts(json, report),
    },
    problems,
  };
}

type Report = (
  entry: string | undefined,
  message: string,
  severity: 'error' | 'warning',
  path: JsonPath,
  atKey?: boolean,
) => void;

const DATE_GUESSES: readonly DateGuessed[] = ['date', 'year'];

function readSource(raw: unknown, report: Report): SourceInfo | undefined {
  if (raw === undefined) return undefined;
  if (!isObject(raw) || !isNonEmptyString(raw.title)) {
    report(
      'source',
      '"source" must be an object with a "title"',
      'warning',
      isObject(raw) ? ['source', 'title'] : ['source'],
    );
    return undefined;
  }
  reportUnknownKeys(raw, ['title', 'date', 'dateGuessed', 'publisher', 'url', 'file'], 'source', ['source'], report);
  if (raw.dateGuessed !== undefined && !DATE_GUESSES.includes(raw.dateGuessed as DateGuessed)) {
    report('source', `"dateGuessed" must be "date" or "year", not ${JSON.stringify(raw.dateGuessed)}`, 'warning', [
      'source',
      'dateGuessed',
    ]);
  }
  if (raw.date !== undefined && !isIsoDatePrefix(raw.date)) {
    report('source', `"date" must be a real ISO date such as 2024-12-08, not ${JSON.stringify(raw.date)}`, 'warning', [
      'source',
      'date',
    ]);
  }
  return {
    title: raw.title,
    date: isIsoDatePrefix(raw.date) ? raw.date : undefined,
    ...(DATE_GUESSES.includes(raw.dateGuessed as DateGuessed) ? { dateGuessed: raw.dateGuessed as DateGuessed } : {}),
    publisher: optionalString(raw.publisher),
    url: optionalString(raw.url),
    file: optionalString(raw.file),
  };
}

function readEntity(raw: unknown, index: number, report: Report): Entity | undefined {
  const where = `entities[${index}]`;
  const at: JsonPath = ['entities', index];
  if (!isObject(raw)) {
    report(where, 'an entity must be an object', 'error', at);
    return undefined;
  }
  const label = typeof raw.id === 'string' ? `${where} "${raw.id}"` : where;
  if (typeof raw.id !== 'string' || !ENTITY_ID_PATTERN.test(raw.id)) {
    report(
      label,
      `"id" must be lower-case letters, digits and hyphens, such as "bashar-al-assad"; got ${JSON.stringify(raw.id)}`,
      'error',
      [...at, 'id'],
    );
    return undefined;
  }
  if (!isNonEmptyString(raw.name)) {
    report(label, '"name" (the canonical name) is missing or empty', 'error', [...at, 'name']);
    return undefined;
  }
  if (!ENTITY_TYPES.includes(raw.type as EntityType)) {
    report(label, `"type" must be one of ${ENTITY_TYPES.join(', ')}; got ${JSON.stringify(raw.type)}`, 'error', [
      ...at,
      'type',
    ]);
    return undefined;
  }
  reportUnknownKeys(
    raw,
    ['id', 'name', 'type', 'aliases', 'roles', 'relations', 'notVariants', 'description', 'wikidata'],
    label,
    at,
    report,
  );
  const aliases = readList(raw.aliases, 'aliases', label, at, report, readAlias);
  const roles = readList(raw.roles, 'roles', label, at, report, readRole);
  const relations = readList(raw.relations, 'relations', label, at, report, readRelation);
  const notVariants = readList(raw.notVariants, 'notVariants', label, at, report, (item) =>
    isNonEmptyString(item)
      ? { name: item.trim() }
      : `a name that is not a variant must be a non-empty string, not ${JSON.stringify(item)}`,
  ).map(({ name }) => name);
  if (raw.wikidata !== undefined && !(typeof raw.wikidata === 'string' && WIKIDATA_ID.test(raw.wikidata))) {
    report(label, `"wikidata" must be an item id such as Q44329; got ${JSON.stringify(raw.wikidata)}`, 'warning', [
      ...at,
      'wikidata',
    ]);
  }
  return {
    id: raw.id,
    name: raw.name.trim(),
    type: raw.type as EntityType,
    aliases,
    roles,
    relations,
    notVariants,
    description: optionalString(raw.description),
    wikidata: optionalString(raw.wikidata, WIKIDATA_ID),
  };
}

/** Reads an optional array, keeping the items `read` accepts and reporting the others. */
function readList<T>(
  raw: unknown,
  key: string,
  label: string,
  at: JsonPath,
  report: Report,
  read: (item: unknown) => T | string,
): T[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    report(label, `"${key}" must be an array; it was ignored`, 'warning', [...at, key]);
    return [];
  }
  const items: T[] = [];
  raw.forEach((item, index) => {
    const result = read(item);
    if (typeof result === 'string')
      report(label, `${key}[${index}]: ${result}; it was ignored`, 'warning', [...at, key, index]);
    else {
      if (typeof result === 'object' && result !== null) entryPaths.set(result, [...at, key, index]);
      items.push(result);
    }
  });
  return items;
}

function readAlias(raw: unknown): Alias | string {
  const alias = isNonEmptyString(raw)
    ? { text: raw.trim(), matchCase: false }
    : isObject(raw) && isNonEmptyString(raw.text)
      ? { text: raw.text.trim(), matchCase: raw.matchCase }
      : undefined;
  if (!alias) return 'an alias must be a non-empty string or {"text": ..., "matchCase": true}';
  if (alias.matchCase !== undefined && typeof alias.matchCase !== 'boolean') return '"matchCase" must be true or false';
  if (alias.matchCase !== true && [...alias.text].length <= MAX_CASELESS_ALIAS_LENGTH) {
    return `${JSON.stringify(alias.text)} is too short to match in any case; write it as {"text": ${JSON.stringify(alias.text)}, "matchCase": true}`;
  }
  return { text: alias.text, matchCase: alias.matchCase === true };
}

function readRole(raw: unknown): Role | string {
  if (!isObject(raw) || !isNonEmptyString(raw.title)) return 'a role must be an object with a non-empty "title"';
  return { title: raw.title.trim(), source: optionalString(raw.source), ...sourcesOf(raw.sources) };
}

function readRelation(raw: unknown): Relation | string {
  if (!isObject(raw)) return 'a relation must be an object with "type" and "target"';
  if (typeof raw.type !== 'string' || !isRelationType(raw.type)) {
    return `unknown relation type ${JSON.stringify(raw.type)} (see the schema's list)`;
  }
  if (typeof raw.target !== 'string' || !ENTITY_ID_PATTERN.test(raw.target)) {
    return `"target" must be the id of an entity; got ${JSON.stringify(raw.target)}`;
  }
  return {
    type: raw.type,
    target: raw.target,
    title: optionalString(raw.title),
    source: optionalString(raw.source),
    ...sourcesOf(raw.sources),
  };
}

function readEvent(raw: unknown, index: number, report: Report): DatedEvent | undefined {
  const where = `events[${index}]`;
  const at: JsonPath = ['events', index];
  if (!isObject(raw)) {
    report(where, 'an event must be an object', 'error', at);
    return undefined;
  }
  if (!isIsoDatePrefix(raw.date)) {
    report(
      where,
      `"date" must be a real ISO date or prefix such as 2024-12-08 or 2024-12-07T22:30; got ${JSON.stringify(raw.date)}`,
      'error',
      [...at, 'date'],
    );
    return undefined;
  }
  if (!DATE_PRECISIONS.includes(raw.precision as DatePrecision)) {
    report(
      where,
      `"precision" must be one of ${DATE_PRECISIONS.join(', ')}; got ${JSON.stringify(raw.precision)}`,
      'error',
      [...at, 'precision'],
    );
    return undefined;
  }
  if (!isNonEmptyString(raw.text)) {
    report(where, '"text" (what happened) is missing', 'error', [...at, 'text']);
    return undefined;
  }
  if (raw.end !== undefined && !isIsoDatePrefix(raw.end)) {
    report(where, `"end" must be a real ISO date; got ${JSON.stringify(raw.end)}; it was ignored`, 'warning', [
      ...at,
      'end',
    ]);
  }
  reportUnknownKeys(
    raw,
    ['date', 'end', 'precision', 'qualifier', 'text', 'entities', 'source', 'sources'],
    where,
    at,
    report,
  );
  const entities = readList(raw.entities, 'entities', where, at, report, (id) =>
    typeof id === 'string' && ENTITY_ID_PATTERN.test(id) ? { id } : `${JSON.stringify(id)} is not an entity id`,
  ).map(({ id }) => id);
  return {
    date: raw.date,
    end: isIsoDatePrefix(raw.end) ? raw.end : undefined,
    precision: raw.precision as DatePrecision,
    qualifier: optionalString(raw.qualifier),
    text: raw.text.trim(),
    entities,
    source: optionalString(raw.source),
    ...sourcesOf(raw.sources),
  };
}

function readQuotations(raw: unknown, report: Report): Quotation[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw)) {
    report(undefined, '"quotations" must be an array; it was ignored', 'warning', ['quotations']);
    return [];
  }
  const quotations: Quotation[] = [];
  raw.forEach((item, index) => {
    const quotation = readQuotation(item, index, report);
    if (!quotation) return;
    entryPaths.set(quotation, ['quotations', index]);
    quotations.push(quotation);
  });
  return quotations;
}

function readQuotation(raw: unknown, index: number, report: Report): Quotation | undefined {
  const where = `quotations[${index}]`;
  const at: JsonPath = ['quotations', index];
  if (!isObject(raw)) {
    report(where, 'a quotation must be an object with "speaker", "kind" and "text"', 'error', at);
    return undefined;
  }
  if (typeof raw.speaker !== 'string' || !ENTITY_ID_PATTERN.test(raw.speaker)) {
    report(where, `"speaker" must be the id of an entity; got ${JSON.stringify(raw.speaker)}`, 'error', [
      ...at,
      'speaker',
    ]);
    return undefined;
  }
  if (!QUOTATION_KINDS.includes(raw.kind as QuotationKind)) {
    report(where, `"kind" must be one of ${QUOTATION_KINDS.join(', ')}; got ${JSON.stringify(raw.kind)}`, 'error', [
      ...at,
      'kind',
    ]);
    return undefined;
  }
  if (!isNonEmptyString(raw.text)) {
    report(where, '"text" (the quoted words) is missing or empty', 'error', [...at, 'text']);
    return undefined;
  }
  reportUnknownKeys(raw, ['speaker', 'verb', 'kind', 'text', 'source', 'start', 'end', 'sources'], where, at, report);
  const offset = (key: 'start' | 'end') => {
    const value = raw[key];
    if (value === undefined) return undefined;
    if (Number.isInteger(value) && (value as number) >= 0) return value as number;
    report(
      where,
      `"${key}" must be an offset (a whole number, 0 or more); got ${JSON.stringify(value)}; it was ignored`,
      'warning',
      [...at, key],
    );
    return undefined;
  };
  const start = offset('start');
  const end = offset('end');
  const span = start !== undefined && end !== undefined && end > start ? { start, end } : {};
  if (start !== undefined && end !== undefined && end <= start)
    report(where, `"end" (${end}) must come after "start" (${start}); both were ignored`, 'warning', [...at, 'end']);
  return {
    speaker: raw.speaker,
    verb: optionalString(raw.verb),
    kind: raw.kind as QuotationKind,
    text: raw.text.trim(),
    source: optionalString(raw.source),
    ...span,
    ...sourcesOf(raw.sources),
  };
}

function reportUnknownKeys(
  raw: Record<string, unknown>,
  known: readonly string[],
  entry: string | undefined,
  at: JsonPath,
  report: Report,
): void {
  for (const key of Object.keys(raw)) {
    if (!known.includes(key))
      report(
        entry,
        `unknown property "${key}" was ignored (expected one of ${known.join(', ')})`,
        'warning',
        [...at, key],
        true,
      );
  }
}

/** JSON.parse's message, and the offset it names where it names one (Node 20 does not; locateProblems finds it then). */
function describeJsonError(error: unknown, text: string): { message: string; offset?: number } {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (!position) return { message };
  const offset = Number(position[1]);
  return {
    message: `${message.replace(/\s*in JSON at position \d+.*$/, '')} at ${lineAndColumn(text, offset)}`,
    offset,
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

function optionalString(value: unknown, pattern?: RegExp): string | undefined {
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  return pattern && !pattern.test(value) ? undefined : value.trim();
}

// Figures, disagreements and the sources of each fact (issue #19, items 4 and 5): all optional,
// so that a dictionary of one article, written before them, loads as it did.

const STORY_KEYS = ['figures', 'disagreements'];

function readStoryFacts(
  json: Record<string, unknown>,
  report: Report,
): { figures?: FigureFact[]; disagreements?: Disagreement[] } {
  const at: JsonPath = [];
  const figures =
    json.figures === undefined ? undefined : readList(json.figures, 'figures', 'figures', at, report, readFigure);
  const disagreements =
    json.disagreements === undefined
      ? undefined
      : readList(json.disagreements, 'disagreements', 'disagreements', at, report, readDisagreement);
  return { ...(figures ? { figures } : {}), ...(disagreements ? { disagreements } : {}) };
}

function readFigure(raw: unknown): FigureFact | string {
  if (!isObject(raw) || !isNonEmptyString(raw.text) || !isNonEmptyString(raw.source))
    return 'a figure must be an object with "text", "value" and "source"';
  if (typeof raw.value !== 'number' || !Number.isFinite(raw.value)) return '"value" must be a number';
  if (raw.upTo !== undefined && !(typeof raw.upTo === 'number' && raw.upTo > raw.value))
    return '"upTo" must be a number above "value"';
  const hedge = raw.hedge ?? 'exact';
  if (!FIGURE_HEDGES.includes(hedge as FigureFact['hedge']))
    return `"hedge" must be one of ${FIGURE_HEDGES.join(', ')}; got ${JSON.stringify(raw.hedge)}`;
  const entities = Array.isArray(raw.entities)
    ? raw.entities.filter((id): id is string => typeof id === 'string' && ENTITY_ID_PATTERN.test(id))
    : [];
  return {
    text: raw.text.trim(),
    value: raw.value,
    ...(typeof raw.upTo === 'number' ? { upTo: raw.upTo } : {}),
    ...(isNonEmptyString(raw.unit) ? { unit: raw.unit.trim() } : {}),
    ...(isNonEmptyString(raw.counts) ? { counts: raw.counts.trim() } : {}),
    hedge: hedge as FigureFact['hedge'],
    entities,
    source: raw.source.trim(),
    ...sourcesOf(raw.sources),
  };
}

function readDisagreement(raw: unknown): Disagreement | string {
  if (!isObject(raw) || !DISAGREEMENT_KINDS.includes(raw.kind as DisagreementKind))
    return `a disagreement must have a "kind" (${DISAGREEMENT_KINDS.join(', ')})`;
  if (!isNonEmptyString(raw.subject)) return 'a disagreement must name its "subject"';
  const claims = Array.isArray(raw.claims)
    ? raw.claims.flatMap((claim) =>
        isObject(claim) && isNonEmptyString(claim.value)
          ? [{ value: claim.value.trim(), sources: sourcesOf(claim.sources).sources ?? [] }]
          : [],
      )
    : [];
  if (claims.length < 2) return 'a disagreement needs at least two "claims", each with a "value"';
  return {
    kind: raw.kind as DisagreementKind,
    subject: raw.subject.trim(),
    ...(typeof raw.entity === 'string' && ENTITY_ID_PATTERN.test(raw.entity) ? { entity: raw.entity } : {}),
    claims,
  };
}

/** The sources that are sound ({file, sentence}, offsets optional); anything else in the list is dropped. */
function sourcesOf(raw: unknown): { sources?: FactSource[] } {
  if (!Array.isArray(raw)) return {};
  const sources = raw.flatMap((item): FactSource[] =>
    isObject(item) && isNonEmptyString(item.file) && isNonEmptyString(item.sentence)
      ? [
          {
            file: item.file.trim(),
            sentence: item.sentence.trim(),
            ...(Number.isInteger(item.start) && Number.isInteger(item.end)
              ? { start: item.start as number, end: item.end as number }
              : {}),
          },
        ]
      : [],
  );
  return sources.length > 0 ? { sources } : {};
}
