import type { AnswerValue, Catalog } from '../domain/catalog/catalog-types';
import type { DraftChangeKind, OrphanedAnswer } from '../domain/catalog/migrate-draft';
import type { AttachmentRef } from '../domain/citizen/attachment-ref';
import type { DossierSubmission } from '../domain/dossier/dossier-submission';
import type { DossierStatus } from '../domain/dossier/status-machine';
import type { Sealed } from '../lib/crypto-keys';
import type { SyncState } from './records';

/**
 * A person a dossier names who has no citizen record (the new-born child's father who lives elsewhere).
 * A personRef answer holds either a citizen id or the id of one of these, so the domain's uuid rule holds.
 */
export type UnregisteredPerson = { fullName: string };

export type DossierConfirmation = DossierSubmission['confirmation'];
export type ConfirmationMethod = DossierConfirmation['method'];

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

/** The fields a submitted dossier sends to the server (the outbox mutation's `fields`), as the domain defines them. */
export type DossierPayload = DossierSubmission;

/** The personal part of a dossier (answers, people, pages, signature, fee exemption), sealed under the workspace key. */
export type DossierSecret = Pick<DossierSubmission, 'answers' | 'persons' | 'documents' | 'confirmation' | 'fee'>;

/** A submitted dossier as stored, in one staff member's workspace (key = ownerUserId:id, like citizens). */
export type DossierRecord = Omit<DossierSubmission, keyof DossierSecret> & {
  key: string;
  id: string;
  ownerUserId: string;
  /** Owned by the server once it has the dossier ('submitted' until then). */
  status: DossierStatus;
  revision: number;
  syncState: SyncState;
  createdAt: string;
  updatedAt: string;
  /** Assigned by the server on first receipt; set on this device by sync. */
  officialCode?: string;
  /** What officers decided, as pulled: why a supplement is needed and what is missing, when it was received. */
  serverFields?: {
    statusReason?: unknown; missingItems?: unknown; receivedAt?: unknown;
    /** The statutory result date the server counted, and the signed papers the QR codes carry (src/shared/papers). */
    dueDate?: unknown; signedReceipt?: unknown; signedResult?: unknown;
  };
  sealed: Sealed;
};

/** A dossier opened with the workspace's key: what screens work with. */
export type DossierView = Omit<DossierRecord, 'sealed'> & DossierSecret;

/** Every catalog version this device has used (bundled or downloaded), kept so old drafts can be migrated. */
export type CatalogRecord = { version: string; catalog: Catalog; source: 'bundled' | 'server'; savedAt: string };
