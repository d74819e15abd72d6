import type { AnswerValue, Answers, Catalog } from '../domain/catalog/catalog-types';
import type { ApplicableFee } from '../domain/catalog/fee';
import type { DraftChangeKind, OrphanedAnswer } from '../domain/catalog/migrate-draft';
import type { AttachmentRef } from '../domain/citizen/attachment-ref';
import type { DossierStatus } from '../domain/dossier/status-machine';
import type { ResultDue } from '../domain/dossier/result-due-date';
import type { SyncState } from './records';

/**
 * A person a dossier names who has no citizen record (the new-born child's father who lives elsewhere).
 * A personRef answer holds either a citizen id or the id of one of these, so the domain's uuid rule holds.
 */
export type UnregisteredPerson = { fullName: string };

export type ConfirmationMethod = 'signature' | 'thumbprint' | 'witness';
export type DossierConfirmation = { method: ConfirmationMethod; signatureImage?: AttachmentRef; witnessName?: string; confirmedAt: string };

/** One catalog update as the staff member must see it: what changed, with the texts to name it. */
export type CatalogChangeNotice = {
  fromVersion: string;
  toVersion: string;
  at: string;
  procedureRemoved: boolean;
  changes: Array<{ kind: DraftChangeKind; id: string; labelKey?: string }>;
};

/** Pages of a document the new catalog no longer asks for: kept, never silently dropped. */
export type OrphanedDocument = { labelKey: string; pages: AttachmentRef[]; fromVersion: string };

/** What a dossier draft (drafts table, kind 'dossier') holds; strings as typed so a half-done draft saves. */
export type DossierDraft = {
  id: string;
  citizenId: string;
  procedureCode: string;
  /** The catalog version the answers follow; migrateOpenDrafts moves it forward. */
  catalogVersion: string;
  answers: Record<string, AnswerValue>;
  orphanedAnswers?: Record<string, OrphanedAnswer>;
  orphanedDocuments?: Record<string, OrphanedDocument>;
  persons: Record<string, UnregisteredPerson>;
  /** Photographed pages per document id, in reading order. */
  documents: Record<string, AttachmentRef[]>;
  confirmation: { method: '' | ConfirmationMethod; signatureImage?: AttachmentRef; witnessName: string };
  /** Catalog updates not yet acknowledged by the staff member. */
  catalogChanges?: CatalogChangeNotice[];
};

/** The fields a submitted dossier sends to the server (the outbox mutation's `fields`). */
export type DossierPayload = {
  citizenId: string;
  procedureCode: string;
  catalogVersion: string;
  /** The commune whose one-stop shop receives it (the staff member's commune). */
  communeCode: string;
  answers: Answers;
  persons: Record<string, UnregisteredPerson>;
  documents: Record<string, AttachmentRef[]>;
  confirmation: DossierConfirmation;
  fee: ApplicableFee;
  localReference: string;
  status: DossierStatus;
  submittedAt: string;
  /** The appointment printed on the receipt, fixed when the dossier was received. */
  resultDue: ResultDue | null;
};

/** A submitted dossier in one staff member's workspace (key = ownerUserId:id, like citizens). */
export type DossierRecord = DossierPayload & {
  key: string;
  id: string;
  ownerUserId: string;
  revision: number;
  syncState: SyncState;
  createdAt: string;
  updatedAt: string;
  /** Assigned by the server on first receipt; set on this device by sync. */
  officialCode?: string;
};

/** Every catalog version this device has used (bundled or downloaded), kept so old drafts can be migrated. */
export type CatalogRecord = { version: string; catalog: Catalog; source: 'bundled' | 'server'; savedAt: string };
