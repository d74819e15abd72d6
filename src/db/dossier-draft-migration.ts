import { findProcedure } from '../domain/catalog/catalog-data';
import type { Catalog, Procedure } from '../domain/catalog/catalog-types';
import { migrateDraft, type DraftChange } from '../domain/catalog/migrate-draft';
import type { CatalogChangeNotice, DossierDraft, OrphanedDocument } from './dossier-types';

// Carries one dossier draft to another catalog version (pure: the store runs it in a transaction).
// Answers move with the domain's migrateDraft; photographed pages of a document the new catalog no
// longer asks for move aside, like orphaned answers. What changed is recorded on the draft, so the
// staff member sees it the next time the draft opens: nothing is stranded or silently altered.

function labelKeyOf(change: DraftChange, from: Procedure | undefined, to: Procedure | undefined): string | undefined {
  const isDocument = change.kind === 'documentAdded' || change.kind === 'documentRemoved';
  const pick = (p: Procedure | undefined) =>
    (isDocument ? p?.documents : p?.fields)?.find((item) => item.id === change.id)?.labelKey
    // requiredChanged names either a field or a document.
    ?? (change.kind === 'requiredChanged' ? p?.documents.find((d) => d.id === change.id)?.labelKey : undefined);
  return change.kind === 'fieldRemoved' || change.kind === 'documentRemoved' ? pick(from) ?? pick(to) : pick(to) ?? pick(from);
}

function moveDocuments(draft: DossierDraft, from: Procedure | undefined, to: Procedure | undefined) {
  const documents: DossierDraft['documents'] = {};
  const orphaned: Record<string, OrphanedDocument> = { ...draft.orphanedDocuments };
  for (const [id, pages] of Object.entries(draft.documents)) {
    if (pages.length === 0) continue;
    if (to?.documents.some((d) => d.id === id)) documents[id] = pages;
    else orphaned[id] = { labelKey: from?.documents.find((d) => d.id === id)?.labelKey ?? id, pages, fromVersion: draft.catalogVersion };
  }
  // A document that comes back brings its pages back.
  for (const [id, orphan] of Object.entries(orphaned)) {
    if (to?.documents.some((d) => d.id === id) && !documents[id]) {
      documents[id] = orphan.pages;
      delete orphaned[id];
    }
  }
  return { documents, orphaned };
}

export function migrateDossierDraft(draft: DossierDraft, fromCatalog: Catalog, toCatalog: Catalog, now = new Date()): DossierDraft {
  if (draft.catalogVersion === toCatalog.version) return draft;
  if (!draft.procedureCode) return { ...draft, catalogVersion: toCatalog.version };
  const from = findProcedure(fromCatalog, draft.procedureCode);
  const to = findProcedure(toCatalog, draft.procedureCode);
  const result = migrateDraft(
    { procedureCode: draft.procedureCode, catalogVersion: draft.catalogVersion, answers: draft.answers, ...(draft.orphanedAnswers ? { orphanedAnswers: draft.orphanedAnswers } : {}) },
    fromCatalog,
    toCatalog,
  );
  const { documents, orphaned } = moveDocuments(draft, from, to);
  const notice: CatalogChangeNotice = {
    fromVersion: draft.catalogVersion,
    toVersion: toCatalog.version,
    at: now.toISOString(),
    procedureRemoved: !to,
    changes: result.changes.map((change) => {
      const labelKey = labelKeyOf(change, from, to);
      return labelKey ? { ...change, labelKey } : { ...change };
    }),
  };
  const { orphanedAnswers: _answers, orphanedDocuments: _documents, ...rest } = draft;
  return {
    ...rest,
    catalogVersion: toCatalog.version,
    answers: { ...result.draft.answers },
    ...(result.draft.orphanedAnswers ? { orphanedAnswers: { ...result.draft.orphanedAnswers } } : {}),
    ...(Object.keys(orphaned).length > 0 ? { orphanedDocuments: orphaned } : {}),
    documents,
    ...(notice.changes.length > 0 || notice.procedureRemoved ? { catalogChanges: [...(draft.catalogChanges ?? []), notice] } : {}),
  };
}
