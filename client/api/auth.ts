import type { LoginRequest, LoginResponse, MeResponse } from '../../src/contracts/auth.js';
import { http } from './http.js';

/** POST /api/auth/login: sets the session cookie; 401 INVALID_CREDENTIALS, 423 ACCOUNT_LOCKED, 429 TOO_MANY_ATTEMPTS. */
export function login(body: LoginRequest): Promise<LoginResponse> {
  return http.post<LoginResponse>('/auth/login', body);
}

export function logout(): Promise<void> {
  return http.post<void>('/auth/logout');
}

/** The signed-in user with roles per institution; 401 when there is no session. */
export function getMe(signal?: AbortSignal): Promise<MeResponse> {
  return http.get<MeResponse>('/auth/me', { signal });
}
