import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../domain/calendar/dates';
import { buildWorkCalendar } from '../../domain/calendar/working-days';
import { deadlineState, type DeadlineState } from '../../domain/dossier/deadline';
import { isOfficerEvent } from '../../domain/dossier/officer-events';
import { allowedEvents, type DossierEvent, type DossierStatus } from '../../domain/dossier/status-machine';
import type { Fields } from '../../shared/protocol';
import type { Database } from '../db/schema';
import { loadCitizens } from '../sync/records/citizen-table';
import { loadDossiers } from '../sync/records/dossier-table';
import { readString } from '../sync/records/record-state';

export type DossierEventView = {
  id: string;
  event: string;
  from: string | null;
  to: string;
  note: string | null;
  missingItems: string[];
  at: string;
  actor: { id: string; displayName: string } | null;
};

export type OfficeCitizen = { id: string; communeCode: string; villageId: string | null; villageName: string | null; fields: Fields; createdAt: string };

export type OfficeDossier = {
  dossier: {
    id: string;
    communeCode: string;
    revision: number;
    fields: Fields;
    deadline: DeadlineState;
    createdBy: { id: string; displayName: string } | null;
    createdAt: string;
    updatedAt: string;
  };
  citizen: OfficeCitizen | null;
  events: DossierEventView[];
  /** What the officer may do now: the buttons the screen offers. */
  allowedEvents: DossierEvent[];
};

const calendar = buildWorkCalendar();

/** A citizen of the given communes, with their village's name. */
export async function loadOfficeCitizen(db: Kysely<Database>, id: string, communes: readonly string[]): Promise<OfficeCitizen | undefined> {
  const [citizen] = await loadCitizens(db, [id]);
  if (!citizen || citizen.deleted || !communes.includes(citizen.communeCode)) return undefined;
  const row = await db.selectFrom('citizens').leftJoin('villages', 'villages.id', 'citizens.village_id').select(['citizens.village_id', 'villages.name']).where('citizens.id', '=', id).executeTakeFirst();
  return { id, communeCode: citizen.communeCode, villageId: row?.village_id ?? null, villageName: row?.name ?? null, fields: citizen.fields, createdAt: citizen.createdAt };
}

/** Everything an officer needs to decide on a dossier, or undefined when it is not in their communes. */
export async function loadOfficeDossier(db: Kysely<Database>, id: string, communes: readonly string[], now: Date): Promise<OfficeDossier | undefined> {
  const [dossier] = await loadDossiers(db, [id]);
  if (!dossier || dossier.deleted || !communes.includes(dossier.communeCode)) return undefined;
  const citizenId = readString(dossier.fields, 'citizenId') ?? '';
  const status = readString(dossier.fields, 'status') ?? 'received';
  const creator = dossier.createdBy
    ? await db.selectFrom('users').select(['id', 'display_name']).where('id', '=', dossier.createdBy).executeTakeFirst()
    : undefined;
  const events = await db
    .selectFrom('dossier_events')
    .leftJoin('users', 'users.id', 'dossier_events.actor_id')
    .select(['dossier_events.id', 'event', 'from_status', 'to_status', 'note', 'missing_items', 'dossier_events.created_at', 'actor_id', 'users.display_name'])
    .where('dossier_id', '=', id)
    .orderBy('dossier_events.created_at')
    .orderBy('dossier_events.id')
    .execute();
  return {
    dossier: {
      id, communeCode: dossier.communeCode, revision: dossier.revision, fields: dossier.fields,
      deadline: deadlineState({ status, dueDate: readString(dossier.fields, 'dueDate') ?? null, decidedAt: readString(dossier.fields, 'decidedAt') ?? null }, todayInVietnam(now), calendar),
      createdBy: creator ? { id: creator.id, displayName: creator.display_name } : null,
      createdAt: dossier.createdAt, updatedAt: dossier.updatedAt,
    },
    citizen: (await loadOfficeCitizen(db, citizenId, communes)) ?? null,
    events: events.map((e) => ({
      id: e.id, event: e.event, from: e.from_status, to: e.to_status, note: e.note,
      missingItems: e.missing_items ? (JSON.parse(e.missing_items) as string[]) : [], at: e.created_at,
      actor: e.actor_id ? { id: e.actor_id, displayName: e.display_name ?? '' } : null,
    })),
    allowedEvents: allowedEvents(status as DossierStatus).filter(isOfficerEvent),
  };
}
