import type { UserRole } from './schema';

// The communes served first: the former Bá Thước district, Thanh Hóa (province 38), merged into 8 communes
// on 1 July 2025 (shared/reference/administrative-units.md).
export const DEMO_PROVINCE_CODE = '38';
export const DEMO_COMMUNE_CODE = '14923'; // Xã Bá Thước
export const FORMER_BA_THUOC_COMMUNES = ['14923', '14980', '14974', '14932', '14950', '14953', '14959', '14956'];

export const DEFAULT_DEMO_PASSWORD = 'CauNoi@2026';

export type DemoUser = { username: string; displayName: string; role: UserRole; communeCodes: string[] };

export const DEMO_USERS: readonly DemoUser[] = [
  { username: 'canbo.bathuoc', displayName: 'Cán bộ xã Bá Thước', role: 'staff', communeCodes: ['14923'] },
  { username: 'mot.cua.bathuoc', displayName: 'Bộ phận Một cửa xã Bá Thước', role: 'officer', communeCodes: ['14923'] },
  { username: 'quantri', displayName: 'Quản trị hệ thống', role: 'admin', communeCodes: FORMER_BA_THUOC_COMMUNES },
  // A second commune's staff member, so that authorization between communes can be tried and tested.
  { username: 'canbo.thietong', displayName: 'Cán bộ xã Thiết Ống', role: 'staff', communeCodes: ['14980'] },
];

// Villages are in no dataset, so the demo commune gets generic names. Fixed ids keep the seed idempotent.
export const DEMO_VILLAGES = [
  { id: '6f1d1c3e-7b52-4c55-9c2e-1a0e4d3b0001', name: 'Thôn 1' },
  { id: '6f1d1c3e-7b52-4c55-9c2e-1a0e4d3b0002', name: 'Thôn 2' },
  { id: '6f1d1c3e-7b52-4c55-9c2e-1a0e4d3b0003', name: 'Thôn 3' },
  { id: '6f1d1c3e-7b52-4c55-9c2e-1a0e4d3b0004', name: 'Thôn 4' },
] as const;
