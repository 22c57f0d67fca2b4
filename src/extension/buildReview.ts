import vscode = require('vscode');
import type { EntityEntry } from '../core/builder/build';
import type { EntityReview, ReviewDecision } from '../core/builder/review';
import { type IndexedEntity, ownEntry } from '../core/dictionary/entityIndex';
import type { EntityType } from '../core/dictionary/schema';
import { type Day, formatDay, parseDay } from '../core/text/calendar';
import type { BuildPrompts } from './buildCommand';

const TYPES: readonly EntityType[] = ['person', 'place', 'organization'];
const TYPE_ICONS: Record<EntityType, string> = { person: 'person', place: 'location', organization: 'organization' };
// The keys are package.json's keybindings for the review's commands.
const button = (icon: string, tooltip: string): vscode.QuickInputButton => ({
  iconPath: new vscode.ThemeIcon(icon),
  tooltip,
});
const CHANGE_TYPE = button('symbol-enum', 'Change Type (Alt+T)');
const MERGE = button('merge', 'Merge with an Existing Entity (Alt+M)');
const ACCEPT_ALL = button('check-all', 'Accept All (Alt+A)');
const REJECT_ALL = button('clear-all', 'Reject All (Alt+N)');

/** One built entity in the review, with what the person has decided for it so far. */
export interface ReviewItem extends vscode.QuickPickItem {
  readonly entity: EntityReview;
  readonly type: EntityType;
  readonly mergeInto?: IndexedEntity;
}

/** Where a merge target lives, seen from the dictionary being written. */
export type MergePlacement = (target: IndexedEntity) => { inPlace: boolean };

/** The story's date, asked when nothing in the text gives it: the person's answer, or undefined when they pressed Escape. */
export function askDate(
  prompts: BuildPrompts,
  article: string,
  guess: Day,
  why: DateQuestion = 'undated',
): Promise<Day | undefined> {
  const prompt = new DatePrompt(article, guess, why);
  return prompts.whileOpen(prompt, prompt.result);
}

/**
 * The review of the built entities: the decisions (an unchecked entity is rejected), or
 * undefined when the person cancelled.
 */
export function review(
  prompts: BuildPrompts,
  target: string,
  entities: readonly EntityReview[],
  known: () => Iterable<IndexedEntity>,
  placement: MergePlacement,
  minConfidence: number,
): Promise<Map<string, ReviewDecision> | undefined> {
  const session = new BuildReviewSession(target, entities, known, placement, minConfidence);
  return prompts.whileOpen(session, session.result);
}

/** Why the story's date is asked: nothing dates the article, or its dateline gives no year ("NAIROBI, June 26"). */
export type DateQuestion = 'undated' | 'yearless';

/** An input box for the story's date, prefilled with the best guess (the file's date, or the dateline's day in the file's year). */
export class DatePrompt {
  readonly inputBox = vscode.window.createInputBox();
  readonly result: Promise<Day | undefined>;
  private finish!: (day: Day | undefined) => void;

  constructor(article: string, guess: Day, why: DateQuestion) {
    const box = this.inputBox;
    box.title = `Date of ${article}`;
    const unknown =
      why === 'undated'
        ? `Nothing in ${article} dates the story (no dateline or full date).`
        : `The dateline of ${article} gives no year, and nothing else in it does: the year shown is the file's.`;
    box.prompt = `${unknown} On what day is it told? Relative dates ("on Saturday") are read from it. Escape cancels the build.`;
    box.placeholder = 'YYYY-MM-DD';
    box.value = formatDay(guess);
    box.ignoreFocusOut = true;
    this.result = new Promise((resolve) => (this.finish = resolve));
    box.onDidChangeValue((value) => (box.validationMessage = dateProblem(value)));
    box.onDidAccept(() => this.submit());
    box.onDidHide(() => this.end(undefined));
    box.show();
  }

  /** Enter: the typed date, if it is one; else the box stays open and says what is wrong. */
  submit(): void {
    const problem = dateProblem(this.inputBox.value);
    this.inputBox.validationMessage = problem;
    if (problem === undefined) this.end(parseDay(this.inputBox.value.trim()));
  }

  cancel(): void {
    this.end(undefined);
  }

  private end(day: Day | undefined): void {
    this.finish(day);
    this.inputBox.dispose();
  }
}

/** Why a typed date is not a day, or undefined when it is one. */
export function dateProblem(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return 'Write the date as YYYY-MM-DD, for example 2025-08-09.';
  return parseDay(trimmed) ? undefined : `${trimmed} is not a day of the calendar.`;
}

/**
 * A multi-select list of the built entities, keyboard-first: Space checks or unchecks, Enter
 * writes the checked ones. Each shows its type, confidence, aliases, roles and the sentence it
 * came from; its buttons change the type or merge it with an entity already known.
 */
export class BuildReviewSession {
  readonly quickPick = vscode.window.createQuickPick<ReviewItem>();
  readonly result: Promise<Map<string, ReviewDecision> | undefined>;
  private items: ReviewItem[];
  private checked: Set<string>;
  /** While a question about one item is open, the list is hidden but not cancelled. */
  private asking = false;
  private finish!: (decisions: Map<string, ReviewDecision> | undefined) => void;

  constructor(
    target: string,
    entities: readonly EntityReview[],
    private readonly known: () => Iterable<IndexedEntity>,
    private readonly placement: MergePlacement,
    minConfidence: number,
  ) {
    this.items = entities.map((entity) => itemOf(entity, entity.type));
    this.checked = new Set(entities.filter((entity) => entity.confidence >= minConfidence).map((entity) => entity.id));
    const pick = this.quickPick;
    pick.title = `Review ${entities.length === 1 ? 'the entity' : `${entities.length} entities`} for ${target}`;
    pick.placeholder = `Space checks or unchecks, Alt+T changes the type, Alt+M merges, Enter writes the checked ones, Escape writes nothing. Unchecked: confidence under ${minConfidence}.`;
    pick.canSelectMany = true;
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.ignoreFocusOut = true;
    pick.buttons = [ACCEPT_ALL, REJECT_ALL];
    this.result = new Promise((resolve) => (this.finish = resolve));
    pick.onDidChangeSelection((selected) => (this.checked = new Set(selected.map((item) => item.entity.id))));
    pick.onDidTriggerButton((button) => (button === ACCEPT_ALL ? this.acceptAll() : this.rejectAll()));
    pick.onDidTriggerItemButton(
      ({ item, button }) => void (button === CHANGE_TYPE ? this.changeType(item) : this.mergeWith(item)),
    );
    pick.onDidAccept(() => this.accept());
    pick.onDidHide(() => {
      if (!this.asking) this.end(undefined);
    });
    this.refresh();
    pick.show();
  }

  /** The items as listed, and which are checked. */
  get listed(): readonly { item: ReviewItem; checked: boolean }[] {
    return this.items.map((item) => ({ item, checked: this.checked.has(item.entity.id) }));
  }

  item(name: string): ReviewItem {
    const found = this.items.find((item) => item.entity.name === name);
    if (!found) throw new Error(`${name} is not in the review`);
    return found;
  }

  setChecked(item: ReviewItem, checked: boolean): void {
    if (checked) this.checked.add(item.entity.id);
    else this.checked.delete(item.entity.id);
    this.refresh();
  }

  acceptAll(): void {
    this.checked = new Set(this.items.map((item) => item.entity.id));
    this.refresh();
  }

  rejectAll(): void {
    this.checked.clear();
    this.refresh();
  }

  /** Sets the item's type; asks which when not given. Changing the type undoes a merge. */
  async changeType(item: ReviewItem, type?: EntityType): Promise<void> {
    if (type !== undefined && !TYPES.includes(type))
      throw new Error(`"${String(type)}" is not a type; the types are ${TYPES.join(', ')}`);
    const chosen =
      type ??
      (
        await this.ask(() =>
          vscode.window.showQuickPick(
            TYPES.map((candidate) => ({
              label: `$(${TYPE_ICONS[candidate]}) ${candidate}`,
              type: candidate,
              picked: candidate === item.type,
            })),
            { title: `Type of ${item.entity.name}`, placeHolder: `Built as ${item.entity.type}` },
          ),
        )
      )?.type;
    if (chosen) this.replace(item, itemOf(item.entity, chosen));
  }

  /** Merges the item into a known entity of its type; asks which when not given. */
  async mergeWith(item: ReviewItem, targetId?: string): Promise<void> {
    const candidates = [...this.known()].filter((entity) => entity.type === item.type && entity.id !== item.entity.id);
    const target =
      targetId !== undefined
        ? candidates.find((entity) => entity.id === targetId)
        : (
            await this.ask(() =>
              vscode.window.showQuickPick(
                candidates
                  .sort((a, b) => a.name.localeCompare(b.name))
                  .map((entity) => ({
                    label: plain(entity.name),
                    description: plain(entity.aliases.map((alias) => alias.text).join(', ')),
                    detail: plain(entity.id),
                    entity,
                  })),
                {
                  title: `Merge ${item.entity.name} with…`,
                  placeHolder:
                    candidates.length > 0
                      ? `Its names become aliases of the ${item.type} you pick; it is not added itself`
                      : `No ${item.type} is known yet`,
                  matchOnDescription: true,
                },
              ),
            )
          )?.entity;
    if (targetId !== undefined && !target) throw new Error(`no ${item.type} with the id "${targetId}" is loaded`);
    if (target) {
      this.checked.add(item.entity.id);
      this.replace(item, itemOf(item.entity, target.type, target));
    }
  }

  /** Alt+T: changes the type of the entity the list's cursor is on. */
  async changeTypeOfActive(type?: EntityType): Promise<void> {
    const item = this.activeItem();
    if (item) await this.changeType(item, type);
  }

  /** Alt+M: merges the entity the list's cursor is on. */
  async mergeActive(targetId?: string): Promise<void> {
    const item = this.activeItem();
    if (item) await this.mergeWith(item, targetId);
  }

  /** Enter: the checked entities are written as decided, the others left out. */
  accept(): void {
    const decisions = new Map<string, ReviewDecision>();
    for (const item of this.items) {
      const id = item.entity.id;
      if (!this.checked.has(id)) decisions.set(id, { kind: 'reject' });
      else if (item.mergeInto)
        decisions.set(id, { kind: 'merge', into: entryOf(item.mergeInto), ...this.placement(item.mergeInto) });
      else if (item.type !== item.entity.type) decisions.set(id, { kind: 'accept', type: item.type });
    }
    this.end(decisions);
  }

  cancel(): void {
    this.end(undefined);
  }

  /** The entity under the list's cursor, while no question about one is open. */
  private activeItem(): ReviewItem | undefined {
    return this.asking ? undefined : this.quickPick.activeItems[0];
  }

  private async ask<T>(question: () => Thenable<T>): Promise<T> {
    this.asking = true;
    try {
      return await question();
    } finally {
      this.asking = false;
      this.quickPick.show();
      this.refresh();
    }
  }

  private replace(item: ReviewItem, by: ReviewItem): void {
    this.items = this.items.map((candidate) => (candidate.entity.id === item.entity.id ? by : candidate));
    this.refresh();
  }

  private refresh(): void {
    this.quickPick.keepScrollPosition = true;
    this.quickPick.items = this.items;
    this.quickPick.selectedItems = this.items.filter((item) => this.checked.has(item.entity.id));
  }

  private end(decisions: Map<string, ReviewDecision> | undefined): void {
    this.finish(decisions);
    this.quickPick.dispose();
  }
}

/** Text from an article or a dictionary, shown as written: "$(…)" would otherwise draw an icon. */
function plain(text: string): string {
  return text.replace(/\$\(/g, '\\$(');
}

function itemOf(entity: EntityReview, type: EntityType, mergeInto?: IndexedEntity): ReviewItem {
  const aliases = entity.aliases.map((alias) => (typeof alias === 'string' ? alias : alias.text));
  const what = [
    mergeInto
      ? `merge into ${mergeInto.name} (${mergeInto.id})`
      : type === entity.type
        ? type
        : `${type} (built as ${entity.type})`,
    `confidence ${entity.confidence.toFixed(2)}`,
    aliases.length > 0 ? `aliases: ${aliases.join(', ')}` : '',
    entity.roles.length > 0 ? `roles: ${entity.roles.join('; ')}` : '',
  ];
  return {
    label: `$(${TYPE_ICONS[type]}) ${plain(entity.name)}`,
    description: plain(what.filter(Boolean).join(' · ')),
    detail: plain(entity.evidence),
    buttons: [CHANGE_TYPE, MERGE],
    entity,
    type,
    ...(mergeInto ? { mergeInto } : {}),
  };
}

/**
 * A loaded entity as its own dictionary file writes it (what other dictionaries add left
 * out). Roles and relations written by hand may have no source sentence, which a built entry always has.
 */
function entryOf(loaded: IndexedEntity): EntityEntry {
  const { notVariants, ...entity } = ownEntry(loaded);
  return {
    ...entity,
    aliases: entity.aliases.map((alias) => (alias.matchCase ? alias : alias.text)),
    ...(notVariants.length > 0 ? { notVariants: [...notVariants] } : {}),
  } as EntityEntry;
}
