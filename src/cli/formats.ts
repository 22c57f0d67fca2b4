/** How `newsroom-lens check` writes its findings: for people, for programs, for code scanning and for GitHub. */
import * as path from 'path';
import { pathToFileURL } from 'url';
import type * as sarif from 'sarif';
import { DEFAULT_RULE_SEVERITIES, RULES, RULE_SUMMARIES, type Severity } from '../core/consistency/findings';
import { plural } from '../core/text/plural';
import type { CheckReport, LocatedFinding } from './check';

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

/** What the findings are written for, besides the workspace their paths are relative to. */
export interface FormatContext {
  readonly workspace: string;
  readonly version: string;
}

export function formatReport(format: Format, report: CheckReport, context: FormatContext): string {
  switch (format) {
    case 'text':
      return textReport(report);
    case 'json':
      return `${JSON.stringify({ findings: report.findings.map(jsonFinding) }, null, 2)}\n`;
    case 'sarif':
      return `${JSON.stringify(sarifLog(report, context), null, 2)}\n`;
    case 'github':
      return report.findings.map((finding) => githubAnnotation(finding, context.workspace)).join('') + summary(report);
  }
}

function textReport(report: CheckReport): string {
  const lines = report.findings.map((f) => {
    const fix = f.suggestion === null ? '' : ` → ${JSON.stringify(f.suggestion)}`;
    return `${f.file}:${f.line}:${f.column}: ${f.severity} ${f.rule}: ${f.message}${fix}\n`;
  });
  return lines.join('') + summary(report);
}

function summary({ findings, files }: CheckReport): string {
  const count = (severity: Severity, noun: string) =>
    plural(findings.filter((f) => f.severity === severity).length, noun);
  return `${plural(findings.length, 'finding')} (${count('error', 'error')}, ${count('warning', 'warning')}, ${count('info', 'note')}) in ${plural(files.length, 'file')}\n`;
}

/** The documented JSON fields, in their documented order. */
function jsonFinding(f: LocatedFinding) {
  return {
    file: f.file,
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    text: f.text,
    suggestion: f.suggestion,
    entity: f.entity,
    start: f.start,
    end: f.end,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
  };
}

const SARIF_LEVELS: Record<Severity, sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

const SOURCE_ROOT = 'SRCROOT';

/** A SARIF 2.1.0 log: one run, every rule described, each finding with its exact region. */
function sarifLog(report: CheckReport, context: FormatContext): sarif.Log {
  const root = path.resolve(context.workspace);
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Newsroom Lens',
            version: context.version,
            rules: RULES.map((id) => ({
              id,
              shortDescription: { text: RULE_SUMMARIES[id] },
              defaultConfiguration: {
                level: DEFAULT_RULE_SEVERITIES[id] === 'off' ? 'none' : SARIF_LEVELS[DEFAULT_RULE_SEVERITIES[id]],
              },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(`${root}${path.sep}`).href } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: report.unreadable.length === 0 && !report.problems.some((p) => p.severity === 'error'),
            toolExecutionNotifications: [
              ...report.unreadable.map((text) => ({ level: 'error' as const, message: { text } })),
              ...report.problems.map((problem) => ({
                level: problem.severity,
                message: { text: [problem.file, problem.entry, problem.message].filter(Boolean).join(': ') },
                ...(problem.location && {
                  locations: [
                    {
                      physicalLocation: {
                        artifactLocation: artifactOf(problem.file, root),
                        region: {
                          startLine: problem.location.line,
                          startColumn: problem.location.column,
                          endLine: problem.location.endLine,
                          endColumn: problem.location.endColumn,
                        },
                      },
                    },
                  ],
                }),
              })),
            ],
          },
        ],
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: RULES.indexOf(f.rule),
          level: SARIF_LEVELS[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactOf(f.file, root),
                region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
              },
            },
          ],
        })),
      },
    ],
  };
}

/** A file inside the workspace by its path from the workspace's root; one outside it by its full URI. */
function artifactOf(file: string, root: string): sarif.ArtifactLocation {
  const relative = path.relative(root, path.resolve(file));
  if (relative.startsWith('..') || path.isAbsolute(relative)) return { uri: pathToFileURL(path.resolve(file)).href };
  return { uri: relative.split(path.sep).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}

const GITHUB_LEVELS: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A GitHub Actions workflow command that annotates the finding's words in the pull request. */
function githubAnnotation(f: LocatedFinding, workspace: string): string {
  const relative = path.relative(path.resolve(workspace), path.resolve(f.file));
  const file = relative.startsWith('..') || path.isAbsolute(relative) ? f.file : relative.split(path.sep).join('/');
  const properties = [
    `file=${escapeProperty(file)}`,
    `line=${f.line}`,
    `col=${f.column}`,
    `endLine=${f.endLine}`,
    `endColumn=${f.endColumn}`,
    `title=${escapeProperty(`Newsroom Lens ${f.rule}`)}`,
  ].join(',');
  return `::${GITHUB_LEVELS[f.severity]} ${properties}::${escapeData(f.message)}\n`;
}

/** A workflow command's message: `%`, CR and LF are what would end or garble it. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: besides the message's, `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
