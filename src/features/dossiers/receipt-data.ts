import type { DossierConfirmation, DossierView } from '../../db/dossier-types';
import type { DocumentRequirement, Procedure, ProcessingTime } from '../../domain/catalog/catalog-types';
import { todayInVietnam, type IsoDate } from '../../domain/calendar/dates';
import type { ResultDue } from '../../domain/dossier/result-due-date';
import { vietnamTime } from './dossier-payload';
import { applicableDocuments } from './draft-state';

// What the receipt shows (form 01 of Circular 01/2018, ../shared/reference/dossier-code-and-receipt.md),
// gathered in one pure function so the printed and the on-screen receipt cannot disagree.

export type ReceiptInput = {
  dossier: DossierView;
  procedure: Procedure | undefined;
  applicant: { fullName: string; phone?: string } | undefined;
  place: { village?: string; commune?: string; province?: string };
  /** The receiving commune, as staff see it ("Xã Bá Thước"). */
  agencyName: string;
  staffName: string;
};

export type ReceiptDocument = { id: string; labelKey: string; form: DocumentRequirement['form']; sets: number; pages: number; generated: boolean };

export type ReceiptData = {
  /** The official code once the server has assigned one; until then the local reference, marked as such. */
  reference: { main: string; official: boolean; local: string };
  qrText: string;
  agencyName: string;
  resultAt: Procedure['resultAt'];
  procedure: { code: string; nameKey?: string; pictogram: string };
  applicant: { fullName: string; address: string; phone?: string };
  documents: ReceiptDocument[];
  /** Papers shown at the desk and handed back (an ID card): named, not received. */
  shown: Array<{ id: string; labelKey: string }>;
  received: { date: IsoDate; time: string };
  processing: ProcessingTime | null;
  resultDue: ResultDue | null;
  confirmation: DossierConfirmation;
  staffName: string;
};

export function buildReceipt({ dossier, procedure, applicant, place, agencyName, staffName }: ReceiptInput): ReceiptData {
  const submitted = new Date(dossier.submittedAt);
  const received = { date: todayInVietnam(submitted), time: vietnamTime(submitted) };
  const applicable = procedure ? applicableDocuments(procedure, dossier.answers, { today: received.date }) : [];
  const documents: ReceiptDocument[] = [];
  for (const d of procedure?.documents ?? []) {
    const pages = dossier.documents[d.id]?.length ?? 0;
    if (d.generated) documents.push({ id: d.id, labelKey: d.labelKey, form: d.form, sets: 1, pages: 0, generated: true });
    else if (pages > 0) documents.push({ id: d.id, labelKey: d.labelKey, form: d.form, sets: d.count, pages, generated: false });
  }
  // Pages of a document the catalog no longer names are still listed: they were received.
  for (const [id, pages] of Object.entries(dossier.documents)) {
    if (!documents.some((d) => d.id === id) && pages.length > 0) documents.push({ id, labelKey: id, form: 'copy', sets: 1, pages: pages.length, generated: false });
  }
  const official = Boolean(dossier.officialCode);
  const main = dossier.officialCode ?? dossier.localReference;
  return {
    reference: { main, official, local: dossier.localReference },
    // A receipt the server has signed carries the signed paper, which any device checks offline (/verify);
    // until then the QR code holds the reference alone.
    qrText: typeof dossier.serverFields?.signedReceipt === 'string' ? dossier.serverFields.signedReceipt : main,
    agencyName,
    resultAt: procedure?.resultAt ?? 'communeOneStop',
    procedure: { code: dossier.procedureCode, ...(procedure ? { nameKey: `${procedure.i18nKey}.name` } : {}), pictogram: procedure?.pictogram ?? 'folder' },
    applicant: {
      fullName: applicant?.fullName ?? '',
      address: [place.village, place.commune, place.province].filter(Boolean).join(', '),
      ...(applicant?.phone ? { phone: applicant.phone } : {}),
    },
    documents,
    shown: applicable.filter((d) => d.form === 'present').map((d) => ({ id: d.id, labelKey: d.labelKey })),
    received,
    processing: procedure?.processing ?? null,
    resultDue: dossier.resultDue,
    confirmation: dossier.confirmation,
    staffName,
  };
}
