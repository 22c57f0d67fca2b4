import type { EntityIndex, FromDictionary, IndexedEntity, RelationLine } from '../dictionary/entityIndex';
import type { Dictionary, EntityType, FactSource, Role } from '../dictionary/schema';
import { type QuotationLink, saidBlock } from './quotationCard';

/** Makes the link target that opens an entity (a command URI in VS Code). */
export type EntityLink = (entityId: string) => string;

export const TYPE_LABELS: Record<EntityType, string> = {
  person: 'person',
  place: 'place',
  organization: 'organisation',
};

const MAX_ALIASES_SHOWN = 12;
const MAX_SOURCE_LENGTH = 400;

/**
 * Escapes text from a document or a dictionary so that Markdown shows it as written:
 * no emphasis, links, headings, HTML or command links can be smuggled into a card. An
 * escaped ":", "." and "@" keep GitHub-flavoured Markdown from seeing a bare
 * "https://…", "www.…" or e-mail address, which it would turn into a live link.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_{}[\]()#+\-.!|~>:@]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;');
}

/** Escapes text for a Markdown link title, which is written inside double quotes. */
export function escapeLinkTitle(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\"]/g, '\\$&').replace(/&/g, '&amp;').replace(/</g, '&lt;');
}

function shorten(text: string): string {
  return text.length > MAX_SOURCE_LENGTH ? `${text.slice(0, MAX_SOURCE_LENGTH - 1)}…` : text;
}

function entityLink(entity: IndexedEntity, link: EntityLink, title?: string): string {
  const titlePart = title ? ` "${escapeLinkTitle(shorten(title))}"` : '';
  return `[${escapeMarkdown(entity.name)}](${link(entity.id)}${titlePart})`;
}

/** The sentence a card cites: the first that states a role, a relation or, failing those, none; with its dictionary. */
export function citedSentence(entity: IndexedEntity): { sentence: string; dictionary: Dictionary } | undefined {
  const fact = entity.roles.find((role) => role.source) ?? entity.relations.find((relation) => relation.source);
  if (!fact?.source) return undefined;
  // A dictionary built before headlines were left out may cite its headline before the sentence.
  const headline = fact.dictionary.source?.title;
  const sentence =
    headline && fact.source.startsWith(`${headline}: `) ? fact.source.slice(headline.length + 2) : fact.source;
  return { sentence, dictionary: fact.dictionary };
}

/** A dictionary as a card names it: its source's title, else its file's name. */
function dictionaryLabel(dictionary: Dictionary): string {
  return dictionary.source?.title ?? dictionary.file.replace(/^.*[/\\]/, '');
}

/** The source of a dictionary as a card credits it: "*Syrian Crisis* (2024-12)". */
function creditOf(dictionary: Dictionary): string {
  const date = dictionary.source?.date;
  return `*${escapeMarkdown(dictionaryLabel(dictionary))}*${date ? ` \\(${escapeMarkdown(date)}\\)` : ''}`;
}

/** Facts from several dictionaries, each group followed by the dictionary it comes from. */
function bySource<T extends FromDictionary>(facts: readonly T[], text: (fact: T) => string, separator: string): string {
  const groups = new Map<Dictionary, string[]>();
  for (const fact of facts) groups.set(fact.dictionary, [...(groups.get(fact.dictionary) ?? []), text(fact)]);
  return [...groups]
    .map(([dictionary, texts]) => `${texts.join(separator)} \\(${escapeMarkdown(dictionaryLabel(dictionary))}\\)`)
    .join('; ');
}

/** Whether a relation line only repeats a role ("Foreign Minister of Russia" as both). */
function repeatsRole(line: RelationLine, entity: IndexedEntity): boolean {
  const reads = `${line.phrase} ${line.other.name}`.toLocaleLowerCase('en');
  return line.direction === 'outgoing' && entity.roles.some((role) => role.title.toLocaleLowerCase('en') === reads);
}

/** Relations that read the same ("ally of Iran", "ally of Russia") as one line with several entities. */
function groupRelations(
  lines: readonly RelationLine[],
): { phrase: string; direction: RelationLine['direction']; lines: RelationLine[] }[] {
  const groups = new Map<string, { phrase: string; direction: RelationLine['direction']; lines: RelationLine[] }>();
  for (const line of lines) {
    const key = `${line.direction}\u0000${line.phrase}`;
    const group = groups.get(key) ?? { phrase: line.phrase, direction: line.direction, lines: [] };
    group.lines.push(line);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** The hover card of one entity, as Markdown in which everything from data is escaped. */
export function renderEntityCard(
  index: EntityIndex,
  entityId: string,
  mentionsInDraft: number,
  link: EntityLink,
  quotationLink?: QuotationLink,
): string {
  const entity = index.get(entityId);
  if (!entity) return '';
  // Most telling first: a hover has limited height and scrolls the rest.
  const blocks: string[] = [];
  blocks.push(
    `**${escapeMarkdown(entity.name)}** · ${TYPE_LABELS[entity.type]} · Mentions in this draft: ${mentionsInDraft}`,
  );
  // Where the entity's facts come from several dictionaries, each fact names its own.
  const sourced = entity.dictionaries.length > 1;
  // In a story of several articles each role names the articles that give it.
  const roleText = (role: Role) =>
    escapeMarkdown(role.title) + (!sourced && role.sources ? ` \\(${escapeMarkdown(articlesOf(role.sources))}\\)` : '');
  if (entity.roles.length > 0)
    blocks.push(sourced ? bySource(entity.roles, roleText, ' · ') : entity.roles.map(roleText).join(' · '));
  if (entity.description) blocks.push(`*${escapeMarkdown(entity.description)}*`);
  const disagreements = disagreementLines(index, entity);
  if (disagreements) blocks.push(disagreements);

  const cited = citedSentence(entity);
  const credited = (dictionary: Dictionary) => sourced || dictionary.source !== undefined;
  if (cited) {
    const credit = credited(cited.dictionary) ? `\n>\n> — ${creditOf(cited.dictionary)}` : '';
    blocks.push(`> ${escapeMarkdown(shorten(cited.sentence))}${credit}`);
  } else if (!sourced && credited(entity.dictionary)) blocks.push(`Source: ${creditOf(entity.dictionary)}`);

  const relations = groupRelations(index.relationLines(entityId).filter((line) => !repeatsRole(line, entity)));
  if (relations.length > 0) {
    const items = relations.map(({ phrase, direction, lines }) => {
      const others = lines
        .map(
          (line) =>
            entityLink(line.other, link, line.relation.source) +
            (sourced ? ` \\(${escapeMarkdown(dictionaryLabel(line.relation.dictionary))}\\)` : ''),
        )
        .join(', ');
      return `- ${escapeMarkdown(phrase)}${direction === 'incoming' ? ':' : ''} ${others}`;
    });
    blocks.push(items.join('\n'));
  }

  const said = quotationLink ? saidBlock(index, entityId, quotationLink) : undefined;
  if (said) blocks.push(said);

  const aliases = entity.aliases.filter((alias) => alias.text !== entity.name);
  if (aliases.length > 0) {
    const shown = aliases.slice(0, MAX_ALIASES_SHOWN);
    const aliasText = (alias: { readonly text: string }) => escapeMarkdown(alias.text);
    const more = aliases.length > MAX_ALIASES_SHOWN ? ` and ${aliases.length - MAX_ALIASES_SHOWN} more` : '';
    blocks.push(`Also written: ${sourced ? bySource(shown, aliasText, ', ') : shown.map(aliasText).join(', ')}${more}`);
  }
  if (sourced) blocks.push(`Sources: ${entity.dictionaries.map(creditOf).join(' · ')}`);
  return blocks.join('\n\n');
}

/** The card for a name that several entities share: the candidates, none chosen. */
export function renderAmbiguousCard(
  index: EntityIndex,
  written: string,
  entityIds: readonly string[],
  link: EntityLink,
): string {
  const candidates = entityIds
    .map((id) => index.get(id))
    .filter((entity): entity is IndexedEntity => entity !== undefined)
    .map((entity) => {
      const role = entity.roles[0] ? `, ${escapeMarkdown(entity.roles[0].title)}` : '';
      return `- ${entityLink(entity, link)} \\(${TYPE_LABELS[entity.type]}${role}\\)`;
    });
  return [
    `**${escapeMarkdown(written)}** could be any of ${candidates.length} entities:`,
    candidates.join('\n'),
    'The dictionaries give this name to more than one entity, so Newsroom Lens does not guess. Write the full name, or keep the name with one entry only.',
  ].join('\n\n');
}

/**
 * Where the articles of the entity's story disagree about it (a date, figure, title or
 * spelling): each value with the articles that give it, none chosen.
 */
function disagreementLines(index: EntityIndex, entity: IndexedEntity): string | undefined {
  // Any loaded story may disagree about the entity: one built while the entity was known elsewhere links to it, not holds it.
  const lines = index.dictionaries.flatMap((dictionary) =>
    (dictionary.disagreements ?? [])
      .filter((disagreement) => disagreement.entity && index.canonicalId(disagreement.entity) === entity.id)
      .map((disagreement) => {
        const claims = disagreement.claims
          .map((claim) => `${escapeMarkdown(claim.value)} \\(${escapeMarkdown(filesOf(claim.sources))}\\)`)
          .join(' · ');
        const about =
          disagreement.kind === 'title' || disagreement.kind === 'spelling'
            ? ''
            : ` of "${escapeMarkdown(shorten(disagreement.subject))}"`;
        return `- ${disagreement.kind}${about}: ${claims}`;
      }),
  );
  return lines.length > 0 ? `**The sources disagree**\n${lines.join('\n')}` : undefined;
}

/** The articles that state a fact, each once: "agency.txt, local.txt". */
export function articlesOf(sources: readonly FactSource[]): string {
  return [...new Set(sources.map((source) => source.file))].join(', ');
}

function filesOf(sources: readonly FactSource[]): string {
  return articlesOf(sources) || 'no source named';
}
