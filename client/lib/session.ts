import type { MeResponse, Role } from '../../src/contracts/auth.js';
import type { InstitutionResponse, PlanSummaryResponse } from '../../src/contracts/resources.js';
import { getMe } from '../api/auth.js';
import { ApiError } from '../api/http.js';
import { listInstitutions } from '../api/institutions.js';
import { listPlans } from '../api/plans.js';

/**
 * Who is signed in, and the institution being worked on. The token itself lives in an
 * HttpOnly cookie that scripts cannot read; `me` is what GET /api/auth/me answered.
 */

const INSTITUTION_KEY = 'pusula.institution';

let me: MeResponse | null = null;
let institutions: InstitutionResponse[] | null = null;
let plans: PlanSummaryResponse[] | null = null;
const listeners = new Set<() => void>();

export function currentUser(): MeResponse | null {
  return me;
}

/** Asks the server whether the cookie still holds a session. */
export async function loadSession(): Promise<MeResponse | null> {
  try {
    setUser(await getMe());
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    setUser(null);
  }
  return me;
}

export function setUser(user: MeResponse | null): void {
  me = user;
  institutions = null;
  plans = null;
  for (const listener of listeners) listener();
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The institutions and plans the user can open, cached for the session (the header picker). */
export async function loadDirectory(): Promise<{
  institutions: InstitutionResponse[];
  plans: PlanSummaryResponse[];
}> {
  [institutions, plans] = await Promise.all([institutions ?? listInstitutions(), plans ?? listPlans()]);
  return { institutions, plans };
}

/** Forget cached plans after creating, importing or deleting one. */
export function invalidateDirectory(): void {
  institutions = null;
  plans = null;
}

export function getInstitutionId(): string | null {
  try {
    return localStorage.getItem(INSTITUTION_KEY);
  } catch {
    return null;
  }
}

export function setInstitutionId(id: string): void {
  try {
    localStorage.setItem(INSTITUTION_KEY, id);
  } catch {
    // Without storage the choice lasts until the page is reloaded.
  }
  for (const listener of listeners) listener();
}

/** The user's role in an institution; a superadmin counts as admin everywhere (docs/api.md Roles). */
export function roleIn(institutionId: string | null | undefined, user: MeResponse | null = me): Role | null {
  if (!user) return null;
  if (user.isSuperadmin) return 'admin';
  return user.memberships.find((membership) => membership.institutionId === institutionId)?.role ?? null;
}

/** Hides controls the role may not use; the server still checks every request. */
export function hasRole(institutionId: string | null | undefined, ...roles: Role[]): boolean {
  const role = roleIn(institutionId);
  return role !== null && roles.includes(role);
}
