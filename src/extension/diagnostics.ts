import vscode = require('vscode');
import { capFindings } from '../core/consistency/cap';
import { checkDraft } from '../core/consistency/check';
import type { Finding, RuleId } from '../core/consistency/findings';
import type { Activity } from '../core/workspace/activity';
import { KeyedDebounce } from '../core/workspace/debounce';
import { DisposableStore } from '../core/workspace/events';
import type { AnnotationCache } from './annotations';
import { changed, checksAsYouType, isAnnotated, readCheckOptions, readSettings } from './config';
import type { DictionaryService } from './dictionaryService';
import { type Positions, rangeOf } from './documents';
import { DIAGNOSTIC_SOURCE } from './ids';

const TYPING_DELAY_MS = 400;
const IGNORED_KEY = 'newsroomLens.ignoredNames';

/** Names the writer chose to keep, by document URI. */
type IgnoredNames = Record<string, { rule: RuleId; text: string }[]>;

const SEVERITIES: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The findings of one check of a document, and the version they belong to. */
export interface CheckResult {
  readonly version: number;
  readonly findings: readonly Finding[];
}

/**
 * Runs the name-consistency checks on open drafts and shows the findings in the Problems
 * panel: at once on opening, after a pause in typing, and again when dictionaries or
 * settings change. Keeps each result with its document version, so that a fix made from
 * it can tell whether the draft has changed since.
 */
export class NameChecker implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('newsroom-lens');
  private readonly results = new Map<string, CheckResult>();
  private readonly typing: KeyedDebounce;
  private readonly disposables = new DisposableStore();

  constructor(
    private readonly dictionaries: DictionaryService,
    private readonly annotations: AnnotationCache,
    private readonly state: vscode.Memento,
    activity: Activity,
  ) {
    this.typing = new KeyedDebounce(TYPING_DELAY_MS, activity);
    this.disposables.push(
      this.collection,
      this.typing,
      vscode.workspace.onDidOpenTextDocument((document) => this.check(document)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (checksAsYouType(event.document)) this.checkAfterTyping(event.document);
      }),
      // Long documents are checked when saved instead.
      vscode.workspace.onDidSaveTextDocument((document) => this.check(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (changed(event, 'consistency', 'quotes', 'highlight.languages', 'maxDocumentSize')) this.checkAll();
      }),
      dictionaries.onDidChange(() => this.checkAll()),
      // A document's mentions landing late (annotated in slices, or allowed over the size cap):
      // check it once now, and again as it is typed only if it is short enough for that.
      annotations.onDidAnnotate((document) => {
        if (checksAsYouType(document) || !this.results.has(document.uri.toString())) this.check(document);
      }),
    );
    this.checkAll();
  }

  /** The latest findings for a document, if it has been checked. */
  resultFor(document: vscode.TextDocument): CheckResult | undefined {
    return this.results.get(document.uri.toString());
  }

  checkAll(): void {
    vscode.workspace.textDocuments.forEach((document) => this.check(document));
  }

  /** Checks a document now; clears its findings if it is not a draft we annotate. */
  check(document: vscode.TextDocument): CheckResult | undefined {
    const key = document.uri.toString();
    this.typing.cancel(key);
    const annotation = isAnnotated(document) ? this.annotations.get(document) : undefined;
    if (!annotation) {
      this.forget(document.uri);
      return undefined;
    }
    const options = { ...readCheckOptions(document), ignored: this.ignoredIn(document.uri) };
    const result: CheckResult = {
      version: document.version,
      findings: checkDraft(document.getText(), this.dictionaries.indexFor(document.uri), options, annotation.mentions),
    };
    this.results.set(key, result);
    this.collection.set(document.uri, cappedDiagnostics(document, document.uri, result.findings, 'name'));
    return result;
  }

  /** Keeps `text` as written for `rule` in this document from now on. */
  async ignore(uri: vscode.Uri, rule: RuleId, text: string): Promise<void> {
    const all = this.state.get<IgnoredNames>(IGNORED_KEY, {});
    const list = all[uri.toString()] ?? [];
    if (!list.some((entry) => entry.rule === rule && entry.text === text)) list.push({ rule, text });
    await this.state.update(IGNORED_KEY, { ...all, [uri.toString()]: list });
    this.recheck(uri);
  }

  /** Forgets every name ignored in this document. */
  async forgetIgnored(uri: vscode.Uri): Promise<number> {
    const all = this.state.get<IgnoredNames>(IGNORED_KEY, {});
    const count = all[uri.toString()]?.length ?? 0;
    const { [uri.toString()]: _forgotten, ...rest } = all;
    await this.state.update(IGNORED_KEY, rest);
    this.recheck(uri);
    return count;
  }

  private ignoredIn(uri: vscode.Uri): { rule: RuleId; text: string }[] {
    return this.state.get<IgnoredNames>(IGNORED_KEY, {})[uri.toString()] ?? [];
  }

  private recheck(uri: vscode.Uri): void {
    const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
    if (document) this.check(document);
  }

  private checkAfterTyping(document: vscode.TextDocument): void {
    this.typing.schedule(document.uri.toString(), () => this.check(document));
  }

  private forget(uri: vscode.Uri): void {
    this.typing.cancel(uri.toString());
    this.results.delete(uri.toString());
    this.collection.delete(uri);
  }

  dispose(): void {
    this.disposables.dispose();
  }
}

/** The code of the note that says how many findings the Problems panel was not given. */
const LEFT_OUT_CODE = 'left-out';

/**
 * The diagnostics of a document's findings, at most `newsroomLens.consistency.maxProblems` of
 * them (the most severe first) and then a note, at the top of the document, of how many more
 * there are and where to see them all.
 */
export function cappedDiagnostics(
  document: Positions,
  uri: vscode.Uri,
  findings: readonly Finding[],
  kind: 'name' | 'timeline',
): vscode.Diagnostic[] {
  const max = readSettings(uri).maxProblems;
  const { shown, leftOut } = capFindings(findings, max);
  const diagnostics = shown.map((finding) => toDiagnostic(document, finding));
  if (leftOut === 0) return diagnostics;
  const note = new vscode.Diagnostic(
    new vscode.Range(0, 0, 0, 0),
    `${leftOut.toLocaleString('en')} more ${kind} findings in this draft are not listed: the Problems panel gets at most ${max.toLocaleString('en')} per draft (newsroomLens.consistency.maxProblems). "newsroom-lens check ${vscode.workspace.asRelativePath(uri)}" lists them all.`,
    vscode.DiagnosticSeverity.Information,
  );
  note.code = LEFT_OUT_CODE;
  note.source = DIAGNOSTIC_SOURCE;
  return [...diagnostics, note];
}

/** The one way a finding of any rule becomes a diagnostic: its words, message, severity and rule id. */
export function toDiagnostic(document: Positions, finding: Finding): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(rangeOf(document, finding), finding.message, SEVERITIES[finding.severity]);
  diagnostic.code = finding.rule;
  diagnostic.source = DIAGNOSTIC_SOURCE;
  return diagnostic;
}
