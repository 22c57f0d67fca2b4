import vscode = require('vscode');
import type { Finding, RuleId } from '../core/consistency/findings';
import type { IndexedEntity } from '../core/dictionary/entityIndex';
import { ENTITY_TYPES, type EntityType } from '../core/dictionary/schema';
import { TYPE_LABELS } from '../core/card/entityCard';
import { readSettings, registerForLanguages } from './config';
import type { DictionaryEditor } from './dictionaryEdits';
import { loadBundle } from './bundleLoader';
import type { DictionaryService } from './dictionaryService';
import { SHOW_PROBLEMS_PANEL } from './dictionaryProblems';
import type { NameChecker } from './diagnostics';
import { rangeOf } from './documents';
import { COMMANDS, DIAGNOSTIC_SOURCE } from './ids';

/** A replacement a fix promises: exactly `text` at [start, end) becomes `suggestion`. */
interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly suggestion: string;
}

/** What a fix command receives: the document and version the findings were made on. */
interface FixRequest {
  readonly uri: string;
  readonly version: number;
  readonly replacements: readonly Replacement[];
}

const RULE_LABELS: Record<RuleId, string> = {
  'name-variant': 'variant spellings',
  'other-script': 'names in other scripts',
  'inconsistent-name': 'inconsistent names',
  'first-reference': 'first references',
  'house-style': 'house-style names',
  'particle-case': '"al-" capitalisation',
  'title-conflict': 'conflicting titles',
  'acronym-first-use': 'acronyms on first use',
  'timeline-conflict': 'conflicting dates',
  misquote: 'misquotations',
  'misattributed-quote': 'misattributed quotations',
  'unsourced-quote': 'quotations no source has',
  'figure-conflict': 'conflicting figures',
};

/** What a fix's title promises: the source's words for a misquotation, else the replacement itself. */
function fixTitle(finding: Finding, suggestion: string): string {
  if (finding.rule === 'misquote') return 'Restore the words of the source';
  if (finding.rule === 'misattributed-quote') return `Give the quotation to ${suggestion}, as the source does`;
  return `Change to “${suggestion}”`;
}

function replacementOf(finding: Finding): Replacement | undefined {
  return finding.suggestion === null
    ? undefined
    : { start: finding.start, end: finding.end, text: finding.text, suggestion: finding.suggestion };
}

/** Quick fixes for the name findings in the Problems panel and the light bulb. */
export class NameFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly checker: NameChecker,
    private readonly dictionaries: DictionaryService,
  ) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] {
    const result = this.checker.resultFor(document);
    // Findings of an older version would point at the wrong words; the next check brings new ones.
    if (!result || result.version !== document.version) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = result.findings.find(
        (candidate) => candidate.rule === diagnostic.code && rangeOf(document, candidate).isEqual(diagnostic.range),
      );
      if (!finding) continue;
      const action = (title: string, command: string, args: unknown[], preferred = false) => {
        const codeAction = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        codeAction.command = { title, command, arguments: args };
        codeAction.diagnostics = [diagnostic];
        codeAction.isPreferred = preferred;
        actions.push(codeAction);
      };
      const replacement = replacementOf(finding);
      if (replacement) {
        action(
          fixTitle(finding, replacement.suggestion),
          COMMANDS.applyFixes,
          [{ uri: document.uri.toString(), version: result.version, replacements: [replacement] }],
          true,
        );
        const sameRule = result.findings
          .filter((other) => other.rule === finding.rule)
          .flatMap((other) => replacementOf(other) ?? []);
        if (sameRule.length > 1) {
          action(`Fix all ${sameRule.length} ${RULE_LABELS[finding.rule]} in this file`, COMMANDS.applyFixes, [
            { uri: document.uri.toString(), version: result.version, replacements: sameRule },
          ]);
        }
      }
      const entity = finding.entity ? this.dictionaries.index.get(finding.entity) : undefined;
      if (finding.rule === 'name-variant' && entity) {
        action(`Add “${finding.text}” as an alias of ${entity.name}`, COMMANDS.addAlias, [
          { entityId: entity.id, alias: finding.text },
        ]);
        action(
          `“${finding.text}” is not a variant of ${entity.name}: record it in the dictionary`,
          COMMANDS.notAVariant,
          [{ entityId: entity.id, name: finding.text }],
        );
      }
      if (finding.rule === 'inconsistent-name' && finding.suggestion) {
        action(`Add “${finding.suggestion}” to a workspace dictionary as a new entity…`, COMMANDS.addEntity, [
          { name: finding.suggestion },
        ]);
      }
      action(`Ignore “${finding.text}” (${finding.rule}) in this file`, COMMANDS.ignoreInFile, [
        { uri: document.uri.toString(), rule: finding.rule, text: finding.text },
      ]);
    }
    return actions;
  }
}

/**
 * Replaces exactly the promised text, all or nothing: if the document changed since the
 * findings were made, nothing is replaced and the writer is told.
 */
async function applyFixes(checker: NameChecker, request: FixRequest): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === request.uri);
  const stale =
    !document ||
    document.version !== request.version ||
    request.replacements.some((replacement) => document.getText(rangeOf(document, replacement)) !== replacement.text);
  if (stale) {
    void vscode.window.showWarningMessage(
      'Newsroom Lens: the draft changed after its names were checked, so nothing was replaced. The names are being checked again; try the fix once more.',
    );
    if (document) checker.check(document);
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const replacement of request.replacements)
    edit.replace(document.uri, rangeOf(document, replacement), replacement.suggestion);
  return vscode.workspace.applyEdit(edit);
}

/** Reports a failed dictionary edit where the writer sees it. */
async function reportingErrors<T>(what: string, work: () => Promise<T>): Promise<T | undefined> {
  try {
    return await work();
  } catch (error) {
    void vscode.window.showErrorMessage(
      `Newsroom Lens could not ${what}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return undefined;
  }
}

/**
 * Adds something to a loaded entity's entry (in `dictionary`, if given, when the entry must
 * be copied), says where in the status bar, and returns the dictionary's URI.
 */
function addToEntity(
  dictionaries: DictionaryService,
  what: string,
  add: (entity: IndexedEntity, target: vscode.Uri | undefined) => Promise<vscode.Uri | undefined>,
  args: { entityId: string; dictionary?: string },
  done: (entity: IndexedEntity) => string,
): Promise<string | undefined> {
  return reportingErrors(what, async () => {
    const entity = dictionaries.index.get(args.entityId);
    if (!entity) throw new Error(`no entity "${args.entityId}" is loaded`);
    const written = await add(entity, args.dictionary ? vscode.Uri.parse(args.dictionary, true) : undefined);
    if (written)
      void vscode.window.setStatusBarMessage(
        `Newsroom Lens: ${done(entity)} in ${vscode.workspace.asRelativePath(written)}`,
        5000,
      );
    return written?.toString();
  });
}

/** The commands behind the quick fixes, and the palette commands for names. */
export function registerNameFixes(checker: NameChecker, dictionaries: DictionaryService): vscode.Disposable {
  // The editor and jsonc-parser's editing are loaded on the first edit.
  let editor: DictionaryEditor | undefined;
  const edits = async () =>
    (editor ??= new (await loadBundle(dictionaries.extensionUri, 'dictionaryEdits')).DictionaryEditor(dictionaries));
  const provider = new NameFixProvider(checker, dictionaries);
  return vscode.Disposable.from(
    registerForLanguages([], (selector) =>
      vscode.languages.registerCodeActionsProvider(selector, provider, {
        providedCodeActionKinds: NameFixProvider.kinds,
      }),
    ),
    vscode.commands.registerCommand(COMMANDS.applyFixes, (request: FixRequest) => applyFixes(checker, request)),
    vscode.commands.registerCommand(
      COMMANDS.addAlias,
      (args: { entityId: string; alias: string; dictionary?: string }) =>
        addToEntity(
          dictionaries,
          'add the alias',
          async (entity, target) => (await edits()).addToList(entity, 'aliases', args.alias, target),
          args,
          (entity) => `“${args.alias}” added to ${entity.name}`,
        ),
    ),
    vscode.commands.registerCommand(
      COMMANDS.notAVariant,
      (args: { entityId: string; name: string; dictionary?: string }) =>
        addToEntity(
          dictionaries,
          'record the name',
          async (entity, target) => (await edits()).addToList(entity, 'notVariants', args.name, target),
          args,
          (entity) => `“${args.name}” recorded as not ${entity.name}`,
        ),
    ),
    vscode.commands.registerCommand(
      COMMANDS.addEntity,
      (args?: { name?: string; type?: EntityType; dictionary?: string }) =>
        reportingErrors('add the entity', async () => {
          const active = vscode.window.activeTextEditor;
          const selected =
            active && !active.selection.isEmpty ? active.document.getText(active.selection).trim() : undefined;
          const name =
            args?.name ??
            (await vscode.window.showInputBox({
              title: 'Add a name to a workspace dictionary',
              prompt: 'The canonical name: the fullest form, without title',
              value: selected,
            }));
          if (!name?.trim()) return undefined;
          const type =
            args?.type ??
            (
              await vscode.window.showQuickPick(
                ENTITY_TYPES.map((value) => ({ label: TYPE_LABELS[value], value })),
                { title: `What is ${name}?` },
              )
            )?.value;
          if (!type) return undefined;
          const target = args?.dictionary
            ? vscode.Uri.parse(args.dictionary, true)
            : await (await edits()).chooseWorkspaceDictionary(`Add ${name} to which dictionary?`);
          if (!target) return undefined;
          const id = await (await edits()).addEntity(name.trim(), type, target);
          void vscode.window.setStatusBarMessage(
            `Newsroom Lens: ${name} added to ${vscode.workspace.asRelativePath(target)}`,
            5000,
          );
          return id;
        }),
    ),
    vscode.commands.registerCommand(COMMANDS.ignoreInFile, (args: { uri: string; rule: RuleId; text: string }) =>
      checker.ignore(vscode.Uri.parse(args.uri, true), args.rule, args.text),
    ),
    vscode.commands.registerCommand(COMMANDS.forgetIgnored, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) return;
      const count = await checker.forgetIgnored(document.uri);
      void vscode.window.setStatusBarMessage(
        `Newsroom Lens: ${count} ignored name${count === 1 ? '' : 's'} forgotten`,
        4000,
      );
    }),
    vscode.commands.registerCommand(COMMANDS.checkNames, async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Newsroom Lens: open a draft to check its names.');
        return;
      }
      const result = checker.check(document);
      if (!result) {
        void vscode.window.showInformationMessage(
          `Newsroom Lens checks ${readSettings(document).languages.join(', ')} documents (setting newsroomLens.highlight.languages).`,
        );
        return;
      }
      await vscode.commands.executeCommand(SHOW_PROBLEMS_PANEL);
      void vscode.window.setStatusBarMessage(
        `Newsroom Lens: ${result.findings.length} name finding${result.findings.length === 1 ? '' : 's'}`,
        4000,
      );
    }),
  );
}
