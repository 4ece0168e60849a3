import type {
  ChangePasswordRequest,
  CreateUserRequest,
  MemberResponse,
  MembershipResponse,
  MeResponse,
  PersonResponse,
  PutMembershipRequest,
} from '../../src/contracts/auth.js';
import type { UnitResponse } from '../../src/contracts/resources.js';
import { http } from './http.js';

/**
 * Accounts and their roles per institution (docs/api.md "Authentication and accounts"): an
 * administrator lists and creates accounts and grants or revokes roles; everyone changes their
 * own password.
 */

const membersPath = (institutionId: string): string =>
  `/institutions/${encodeURIComponent(institutionId)}/members`;

/** A superadmin gets every account; an institution admin those holding a role in theirs. */
export function listUsers(signal?: AbortSignal): Promise<MeResponse[]> {
  return http.get<MeResponse[]>('/users', { signal });
}

/** 409 USER_EXISTS; 400 VALIDATION_FAILED with details at email, name, password. */
export function createUser(body: CreateUserRequest): Promise<MeResponse> {
  return http.post<MeResponse>('/users', body);
}

export function listMembers(institutionId: string, signal?: AbortSignal): Promise<MemberResponse[]> {
  return http.get<MemberResponse[]>(membersPath(institutionId), { signal });
}

/** Grants or replaces the user's role in the institution; a unit manager needs units (400 at `units`). */
export function putMembership(
  institutionId: string,
  userId: string,
  body: PutMembershipRequest,
): Promise<MembershipResponse> {
  return http.put<MembershipResponse>(`${membersPath(institutionId)}/${encodeURIComponent(userId)}`, body);
}

/** The user loses every role and unit in the institution. */
export function deleteMembership(institutionId: string, userId: string): Promise<void> {
  return http.delete(`${membersPath(institutionId)}/${encodeURIComponent(userId)}`);
}

/** The units a unit manager can be bound to. */
export function listUnits(institutionId: string, signal?: AbortSignal): Promise<UnitResponse[]> {
  return http.get<UnitResponse[]>(`/institutions/${encodeURIComponent(institutionId)}/units`, { signal });
}

/** 204; every other session of the user ends. 400 INVALID_CREDENTIALS at currentPassword. */
export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return http.post<void>('/auth/password', body);
}

/** Names behind the user ids of a plan's values (entered, submitted, approved by). */
export function listPlanPeople(planId: string, signal?: AbortSignal): Promise<PersonResponse[]> {
  return http.get<PersonResponse[]>(`/plans/${encodeURIComponent(planId)}/people`, { signal });
}
