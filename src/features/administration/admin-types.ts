import type { AgencyPublicKey } from '../../shared/papers';

export type Role = 'staff' | 'officer' | 'admin';
export const ROLES: readonly Role[] = ['staff', 'officer', 'admin'];

export type StaffAccount = { id: string; username: string; displayName: string; role: Role; active: boolean; communes: string[]; createdAt: string; manageable: boolean };
export type DeviceView = { id: string; label: string | null; createdAt: string; lastSeenAt: string; revokedAt: string | null; wipeRequestedAt: string | null; lastUserId: string | null };
export type AdminCommune = { code: string; name: string; villages: Array<{ id: string; name: string }> };
export type Agency = { communeCode: string; communeName: string; agencyCode: string; keys: AgencyPublicKey[] };
