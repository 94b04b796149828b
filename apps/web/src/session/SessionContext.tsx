import type { CurrentUser, LoginRequest, RegisterRequest, UpdateProfileRequest } from '@inclusieplein/contract';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { setNotAuthenticatedHandler } from '../api/client';
import { authApi } from '../api/endpoints';
import { reconnectSocket } from '../realtime/socket';

interface Session {
  user: CurrentUser | null;
  /** True until the first `GET /api/auth/me` has returned. */
  loading: boolean;
  login: (body: LoginRequest) => Promise<CurrentUser>;
  register: (body: RegisterRequest) => Promise<CurrentUser>;
  logout: () => Promise<void>;
  updateProfile: (body: UpdateProfileRequest) => Promise<CurrentUser>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<CurrentUser | null>(null);
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let active = true;
    authApi
      .me()
      .then((session) => active && setUser(session.user))
      .catch(() => active && setUser(null))
      .finally(() => active && setLoading(false));
    return () => {
      active = false;
    };
  }, []);

  // A request that fails with `not_authenticated` means the session has ended, so the header shows "Inloggen" again.
  useEffect(() => {
    setNotAuthenticatedHandler(() => setUser(null));
    return () => setNotAuthenticatedHandler(null);
  }, []);

  const login = useCallback(async (body: LoginRequest) => {
    const next = await authApi.login(body);
    setUser(next);
    reconnectSocket();
    return next;
  }, []);

  const register = useCallback(async (body: RegisterRequest) => {
    const next = await authApi.register(body);
    setUser(next);
    reconnectSocket();
    return next;
  }, []);

  const logout = useCallback(async () => {
    await authApi.logout();
    setUser(null);
    reconnectSocket();
  }, []);

  const updateProfile = useCallback(async (body: UpdateProfileRequest) => {
    const next = await authApi.updateProfile(body);
    setUser(next);
    return next;
  }, []);

  const value = useMemo<Session>(
    () => ({ user, loading, login, register, logout, updateProfile }),
    [user, loading, login, register, logout, updateProfile],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession() must be used inside <SessionProvider>.');
  }
  return session;
}
