import vscode = require('vscode');
import type { AnnotationCache } from './annotations';
import { isAnnotated, registerForLanguages } from './config';
import { rangeOf } from './documents';
import type { WorkspaceMentions } from './workspaceMentions';

/** The entity resolved at a position of a draft, if a mention is there. */
export function entityAt(
  annotations: AnnotationCache,
  document: vscode.TextDocument,
  position: vscode.Position,
): { entityId: string; range: vscode.Range } | undefined {
  if (!isAnnotated(document)) return undefined;
  const mention = annotations.get(document)?.mentionAt(document.offsetAt(position));
  if (!mention || mention.entityIds.length !== 1) return undefined;
  return { entityId: mention.entityIds[0]!, range: rangeOf(document, mention) };
}

/** Find All References: every mention of the entity, under any alias, in the workspace's drafts (and the draft asked in). */
export class EntityReferenceProvider implements vscode.ReferenceProvider {
  constructor(
    private readonly annotations: AnnotationCache,
    private readonly workspace: WorkspaceMentions,
  ) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    _context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[]> {
    const at = entityAt(this.annotations, document, position);
    if (!at || !(await this.workspace.ensureScanned(token))) return [];
    return this.workspace.mentionsOf(at.entityId, document).flatMap((file) => {
      const uri = vscode.Uri.parse(file.uri, true);
      return file.mentions.map((mention) => new vscode.Location(uri, rangeOf(file, mention)));
    });
  }
}

export function registerReferences(annotations: AnnotationCache, workspace: WorkspaceMentions): vscode.Disposable {
  const provider = new EntityReferenceProvider(annotations, workspace);
  return registerForLanguages([], (selector) => vscode.languages.registerReferenceProvider(selector, provider));
}
