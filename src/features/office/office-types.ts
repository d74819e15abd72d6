import type { DeadlineState } from '../../domain/dossier/deadline';
import type { DossierEvent } from '../../domain/dossier/status-machine';

// What the back-office API answers (src/server/routes/office.ts), as the screens read it.

export type QueueItem = {
  id: string; officialCode: string | null; localReference: string | null; procedureCode: string; status: string; communeCode: string;
  citizenId: string; citizenName: string; villageId: string | null; submittedAt: string | null; receivedAt: string | null;
  dueDate: string | null; decidedAt: string | null; deadline: DeadlineState;
};
export type QueuePage = { items: QueueItem[]; total: number; page: number; pageSize: number };

export type OfficeCommune = { code: string; name: string; villages: Array<{ id: string; name: string }> };

export type DossierEventView = {
  id: string; event: string; from: string | null; to: string; note: string | null; missingItems: string[]; at: string;
  actor: { id: string; displayName: string } | null;
};

export type OfficeCitizen = { id: string; communeCode: string; villageId: string | null; villageName: string | null; fields: Record<string, unknown>; createdAt: string };

export type OfficeDossier = {
  dossier: { id: string; communeCode: string; revision: number; fields: Record<string, unknown>; deadline: DeadlineState; createdBy: { id: string; displayName: string } | null; createdAt: string; updatedAt: string };
  citizen: OfficeCitizen | null;
  events: DossierEventView[];
  allowedEvents: DossierEvent[];
};

export type CitizenDossiers = { dossiers: Array<Pick<QueueItem, 'id' | 'officialCode' | 'procedureCode' | 'status' | 'receivedAt' | 'dueDate' | 'decidedAt'>> };

export type DashboardFigures = {
  citizens: { total: number; assisted: number; selfRegistered: number };
  received: { total: number; electronic: number; byProcedure: Array<{ procedureCode: string; count: number }> };
  decided: { onTime: number; late: number; onTimeRate: number | null; averageDays: number | null };
  pending: Array<{ status: string; count: number }>;
};
export type Dashboard = { period: { from: string; to: string }; communes: Array<{ code: string; name: string; figures: DashboardFigures }>; overall: DashboardFigures };

export type DataRequestKind = 'access' | 'correction' | 'export' | 'deletion' | 'withdrawal' | 'restriction' | 'objection';
export type RequestDeadline = 'done' | 'overdue' | 'dueSoon' | 'open';
export type DataRequest = {
  id: string; citizenId: string; citizenName: string; communeCode: string; kind: DataRequestKind; status: 'open' | 'done' | 'refused';
  note: string | null; receivedAt: string; acknowledgeBy: string; dueDate: string; deadline: RequestDeadline; completedAt: string | null; outcome: string | null;
};
/** `GET /office/citizens/:id`: the full profile (an audited view), their dossiers and their data requests. */
export type OfficeCitizenAnswer = CitizenDossiers & { citizen: OfficeCitizen; requests: DataRequest[] };
