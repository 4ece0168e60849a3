import type {
  ChangePasswordRequest,
  CreateUserRequest,
  InvitationResponse,
  MemberResponse,
  MembershipResponse,
  MeResponse,
  PasswordResetResponse,
  ResetPasswordRequest,
  PersonResponse,
  PutMembershipRequest,
} from '../../src/contracts/auth.js';
import { getLang } from '../lib/i18n.js';
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

/**
 * 409 USER_EXISTS; 400 VALIDATION_FAILED with details at email, name, password; 400 PASSWORD_WEAK
 * (why, in the UI's language) at password.
 */
export function createUser(body: CreateUserRequest): Promise<MeResponse> {
  return http.post<MeResponse>('/users', body, { query: { lang: getLang() } });
}

export function listMembers(institutionId: string, signal?: AbortSignal): Promise<MemberResponse[]> {
  return http.get<MemberResponse[]>(membersPath(institutionId), { signal });
}

/**
 * Grants or replaces the user's role in the institution; a unit manager needs units (400 at
 * `units`). A user who belongs to an institution the caller holds no role in gets an invitation
 * instead (202): see `isInvitation`.
 */
export function putMembership(
  institutionId: string,
  userId: string,
  body: PutMembershipRequest,
): Promise<MembershipResponse | InvitationResponse> {
  return http.put<MembershipResponse | InvitationResponse>(
    `${membersPath(institutionId)}/${encodeURIComponent(userId)}`,
    body,
  );
}

/** What putMembership answered: an invitation waiting for the user, not a role. */
export function isInvitation(result: MembershipResponse | InvitationResponse): result is InvitationResponse {
  return 'createdAt' in result;
}

/** The invitations an institution has sent and that wait for an answer (administrators). */
export function listInstitutionInvitations(
  institutionId: string,
  signal?: AbortSignal,
): Promise<InvitationResponse[]> {
  return http.get<InvitationResponse[]>(`/institutions/${encodeURIComponent(institutionId)}/invitations`, {
    signal,
  });
}

export function cancelInvitation(institutionId: string, invitationId: string): Promise<void> {
  return http.delete(
    `/institutions/${encodeURIComponent(institutionId)}/invitations/${encodeURIComponent(invitationId)}`,
  );
}

/** The signed-in user's own pending invitations. */
export function listMyInvitations(signal?: AbortSignal): Promise<InvitationResponse[]> {
  return http.get<InvitationResponse[]>('/invitations', { signal });
}

/** The role becomes the user's; 404 INVITATION_NOT_FOUND when it was cancelled meanwhile. */
export function acceptInvitation(invitationId: string): Promise<MembershipResponse> {
  return http.post<MembershipResponse>(`/invitations/${encodeURIComponent(invitationId)}/accept`);
}

export function declineInvitation(invitationId: string): Promise<void> {
  return http.post<void>(`/invitations/${encodeURIComponent(invitationId)}/decline`);
}

/** The user loses every role and unit in the institution. */
export function deleteMembership(institutionId: string, userId: string): Promise<void> {
  return http.delete(`${membersPath(institutionId)}/${encodeURIComponent(userId)}`);
}

/** 200 with the account, deactivated: it cannot sign in, its sessions end. 409 CANNOT_DEACTIVATE_SELF, USER_INACTIVE. */
export function deactivateUser(userId: string): Promise<MeResponse> {
  return http.post<MeResponse>(`/users/${encodeURIComponent(userId)}/deactivate`);
}

/** 200 with the account, active again. 409 USER_ACTIVE. */
export function reactivateUser(userId: string): Promise<MeResponse> {
  return http.post<MeResponse>(`/users/${encodeURIComponent(userId)}/reactivate`);
}

/** 201 with a one-time link (shown once) for the user to set a new password. 409 USER_INACTIVE. */
export function issuePasswordReset(userId: string): Promise<PasswordResetResponse> {
  return http.post<PasswordResetResponse>(`/users/${encodeURIComponent(userId)}/password-reset`);
}

/**
 * Public: sets a new password with a reset link's token (204). 400 RESET_TOKEN_INVALID,
 * RESET_TOKEN_USED, RESET_TOKEN_EXPIRED at token; PASSWORD_WEAK at newPassword.
 */
export function resetPassword(body: ResetPasswordRequest): Promise<void> {
  return http.post<void>('/auth/password-reset', body, { query: { lang: getLang() } });
}

/**
 * 204; every other session of the user ends. 400 INVALID_CREDENTIALS at currentPassword;
 * 400 PASSWORD_WEAK (why, in the UI's language) at newPassword.
 */
export function changePassword(body: ChangePasswordRequest): Promise<void> {
  return http.post<void>('/auth/password', body, { query: { lang: getLang() } });
}

/** Names behind the user ids of a plan's values (entered, submitted, approved by). */
export function listPlanPeople(planId: string, signal?: AbortSignal): Promise<PersonResponse[]> {
  return http.get<PersonResponse[]>(`/plans/${encodeURIComponent(planId)}/people`, { signal });
}
