import { create } from 'zustand';

export type SessionUser = {
  userId: string;
  username: string;
  displayName: string;
  role: 'staff' | 'officer' | 'admin' | 'citizen';
  communes: { code: string; name: string }[];
};

/**
 * Who is working on this device right now. Memory only: a reload or the idle timer locks the app,
 * and the next person must unlock with their own PIN (shared tablets, issue 3).
 */
type SessionState = { user?: SessionUser; lastActivityAt: number };

export const useSession = create<SessionState>(() => ({ lastActivityAt: Date.now() }));

export const startSession = (user: SessionUser): void => useSession.setState({ user, lastActivityAt: Date.now() });
export const endSession = (): void => useSession.setState({ user: undefined });
export const touchSession = (): void => useSession.setState({ lastActivityAt: Date.now() });
