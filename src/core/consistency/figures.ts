/**
 * figure-conflict: a figure in a draft that gives a quantity the sources state (the same
 * unit, the same thing counted, the same words around it, the same entities) with a value
 * none of them allows. Rounding and hedges the house style allows ("nearly 60 billion" for
 * 59.5 billion, "more than 28,000" for 28,113) agree; a figure no source states is left alone.
 */

import type { EntityIndex } from '../dictionary/entityIndex';
import { oncePerIndex } from '../dictionary/perIndex';
import type { FigureFact } from '../dictionary/schema';
import { type Figure, figuresAgree, figuresIn, sameQuantity, stem } from '../text/figures';
import type { RawFinding } from './findings';
import type { DraftContext } from './variants';

/** A figure of a dictionary, read back from its sentence so that the words around it can be compared. */
interface ReferenceFigure {
  readonly fact: FigureFact;
  readonly figure: Figure;
  readonly entities: ReadonlySet<string>;
}

/** The dictionaries' figures as the rule compares them, and the things only one of them counts. */
interface References {
  readonly figures: readonly ReferenceFigure[];
  readonly countedOnce: ReadonlySet<string>;
}

const referenceFigures = oncePerIndex((index): References => {
  const figures = index.dictionaries.flatMap((dictionary) =>
    (dictionary.figures ?? []).flatMap((fact) => {
      const figure = figureOfFact(fact);
      return figure ? [{ fact, figure, entities: new Set(fact.entities.map((id) => index.canonicalId(id))) }] : [];
    }),
  );
  const counts = new Map<string, number>();
  for (const { figure } of figures)
    if (figure.counted) counts.set(stem(figure.counted), (counts.get(stem(figure.counted)) ?? 0) + 1);
  const countedOnce = new Set(
    [...counts].filter(([counted, n]) => n === 1 && !GENERIC_COUNTS.has(counted)).map(([c]) => c),
  );
  return { figures, countedOnce };
});

/** Things counted in many quantities of one story ("people", "years"): naming one says little about which quantity it is. */
const GENERIC_COUNTS = new Set(
  [
    'people',
    'persons',
    'others',
    'years',
    'months',
    'weeks',
    'days',
    'hours',
    'minutes',
    'times',
    'percent',
    'cent',
    'points',
    'men',
    'women',
    'children',
  ].map(stem),
);

/** What happened to those counted that makes two counts of one thing two quantities: "12 people killed", "30 wounded". */
const OUTCOMES = new Set(
  [
    'killed',
    'died',
    'dead',
    'death',
    'injured',
    'wounded',
    'missing',
    'arrested',
    'detained',
    'rescued',
    'evacuated',
    'displaced',
    'hospitalised',
    'hospitalized',
    'infected',
  ].map(stem),
);

/**
 * "More than 300 firefighters were tackling the flames" for "over 200 firefighters were fighting the blaze":
 * the only figure of the sources that counts the thing, unless what happened to them tells the counts apart.
 */
function onlyCountOf(references: References, figure: Figure, reference: Figure): boolean {
  return (
    figure.unit === reference.unit &&
    countsAlike(figure, reference) &&
    references.countedOnce.has(stem(reference.counted)) &&
    ![...figure.actions, ...reference.actions].some((action) => OUTCOMES.has(action))
  );
}

/** The figure a dictionary entry states: found again in its sentence, with the entry's own values (edited by hand, perhaps). */
export function figureOfFact(fact: FigureFact): Figure | undefined {
  const found =
    figuresIn(fact.source).find((figure) => figure.text === fact.text) ??
    figuresIn(fact.source).find((figure) => fact.text.includes(figure.text) || figure.text.includes(fact.text)) ??
    figuresIn(fact.text)[0];
  if (!found) return undefined;
  return {
    ...found,
    value: fact.value,
    ...(fact.upTo !== undefined ? { upTo: fact.upTo } : {}),
    hedge: fact.hedge,
    unit: fact.unit ?? '',
    counted: fact.counts ?? found.counted,
  };
}

export function figureConflictFindings(context: DraftContext, index: EntityIndex): RawFinding[] {
  const references = referenceFigures(index);
  if (references.figures.length === 0) return [];
  const findings: RawFinding[] = [];
  const namedIn = entitiesBySentence(context);
  for (const figure of figuresIn(context.text)) {
    const named = namedIn(figure.sentence);
    let place: string | null | undefined;
    const same = references.figures.filter((reference) => {
      const shared = [...named].some((id) => reference.entities.has(id));
      if (!sameQuantity(figure, reference.figure) && !onlyCountOf(references, figure, reference.figure)) {
        if (!sameCountedEvent(figure, reference.figure)) return false;
        if (place === undefined) place = namedJustBefore(context, figure) ?? null;
        return place !== null && isNamedJustBefore(index, place, reference.fact.source, reference.figure.start);
      }
      if (named.size === 0 || reference.entities.size === 0 || shared) return true;
      // "John Key said … 400 people still missing" for "300 people still missing" in a sentence that names places:
      // the draft names who spoke, not another place. Where it names another of the kind, it is another quantity.
      return (
        countsAlike(figure, reference.figure) && ![...named].some((id) => hasTypeOf(id, reference.entities, index))
      );
    });
    if (same.length === 0 || same.some((reference) => figuresAgree(figure, reference.figure))) continue;
    const stated = [...new Set(same.map((reference) => reference.fact.text))];
    // The sentence named is the one that reads most like the draft's around the figure.
    const closeness = (reference: ReferenceFigure) =>
      reference.figure.context.filter((word) => figure.context.includes(word)).length;
    const first = same.reduce((best, reference) => (closeness(reference) > closeness(best) ? reference : best)).fact;
    findings.push({
      rule: 'figure-conflict',
      message: `"${figure.text}" differs from the sources, which give ${stated.map((text) => `"${text}"`).join(' or ')}: "${first.source}"${sourceFile(first)}.`,
      start: figure.start,
      end: figure.end,
      text: figure.text,
      suggestion: stated.length === 1 ? stated[0]! : null,
      entity: [...named].find((id) => same.some((reference) => reference.entities.has(id))) ?? null,
    });
  }
  return findings;
}

/** Whether both figures name what they count, and the same thing. */
function countsAlike(a: Figure, b: Figure): boolean {
  return a.counted !== '' && b.counted !== '' && stem(a.counted) === stem(b.counted);
}

/** "Muzaffarabad, where 13,000 died" and "…, where 11,000 died": what is counted is what happened, and the same (of the same entity, named just before). */
function sameCountedEvent(a: Figure, b: Figure): boolean {
  return a.unit === b.unit && countsAlike(a, b) && a.actions.some((action) => b.actions.includes(action));
}

/** How close before a figure a name must stand to say what the figure is of: "Muzaffarabad, where 13,000 died". */
const JUST_BEFORE = 40;

/** The entity named last before the figure, close before it in its sentence. */
function namedJustBefore(context: DraftContext, figure: Figure): string | undefined {
  const from = Math.max(figure.sentence.start, figure.start - JUST_BEFORE);
  let found: string | undefined;
  for (const mention of context.mentions) {
    if (mention.start >= figure.start) break;
    if (mention.start >= from && mention.end <= figure.start && mention.entityIds.length === 1)
      found = mention.entityIds[0];
  }
  return found;
}

/** Whether the source sentence names the entity close before its figure, by name or alias. */
function isNamedJustBefore(index: EntityIndex, id: string, sentence: string, figureStart: number): boolean {
  const entity = index.get(id);
  if (!entity) return false;
  const before = sentence.slice(Math.max(0, figureStart - JUST_BEFORE), figureStart);
  return [entity.name, ...entity.aliases.map((alias) => alias.text)].some((name) => before.includes(name));
}

/** Whether the entity is of a type one of `entities` has. */
function hasTypeOf(id: string, entities: ReadonlySet<string>, index: EntityIndex): boolean {
  const type = index.get(id)?.type;
  return [...entities].some((other) => index.get(other)?.type === type);
}

function sourceFile(fact: FigureFact): string {
  const files = [...new Set((fact.sources ?? []).map((source) => source.file))];
  return files.length > 0 ? ` (${files.join(', ')})` : '';
}

/** The entities each sentence of the draft names, asked for in order of position (one pass over the mentions). */
function entitiesBySentence(context: DraftContext): (sentence: { start: number; end: number }) => Set<string> {
  let next = 0;
  let last: { start: number; ids: Set<string> } | undefined;
  return (sentence) => {
    if (last?.start === sentence.start) return last.ids;
    const ids = new Set<string>();
    while (next < context.mentions.length && context.mentions[next]!.start < sentence.start) next++;
    for (let at = next; at < context.mentions.length && context.mentions[at]!.start < sentence.end; at++) {
      const mention = context.mentions[at]!;
      if (mention.entityIds.length === 1) ids.add(mention.entityIds[0]!);
    }
    last = { start: sentence.start, ids };
    return ids;
  };
}
