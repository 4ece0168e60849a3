/**
 * Roles per institution (domain.md 6). `secretariat`: a city council's general secretariat (genel
 * sekreterlik), which keeps its members, working groups, meetings and recommendations.
 */
export const ROLES = ['admin', 'planner', 'unit_manager', 'reviewer', 'secretariat'] as const;
export type Role = (typeof ROLES)[number];

export interface LoginRequest {
  email: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: MeResponse;
}

export interface MembershipResponse {
  institutionId: string;
  institution: string;
  role: Role;
  /** Unit codes, for unit managers. */
  units: string[];
}

export interface MeResponse {
  id: string;
  email: string;
  name: string;
  isSuperadmin: boolean;
  /** False while an administrator has deactivated the account: it cannot sign in. */
  active: boolean;
  memberships: MembershipResponse[];
}

/**
 * `POST /api/users/:userId/password-reset` (201): a one-time link for the user to set a new
 * password. The token is shown this once; the database keeps only its hash.
 */
export interface PasswordResetResponse {
  token: string;
  /** The client's page for it: `/#/reset-password?token=…`. */
  path: string;
  expiresAt: string;
}

/** `POST /api/auth/password-reset`: the token of the link and the new password (the password policy applies). */
export interface ResetPasswordRequest {
  token: string;
  newPassword: string;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** `POST /api/users`: a new account holds no role until one is granted (`PUT …/members/:userId`). */
export interface CreateUserRequest {
  email: string;
  name: string;
  /** 10–200 characters, and not weak (`400 PASSWORD_WEAK`: common, repeated, a sequence, the e-mail or the name). */
  password: string;
  /** Only a superadmin may create another superadmin. */
  isSuperadmin?: boolean;
}

/**
 * `PUT /api/institutions/:institutionId/members/:userId`: grants or replaces the user's role there
 * (`200 MembershipResponse`); a user who belongs to an institution the caller holds no role in
 * is invited instead (`202 InvitationResponse`), unless the caller is a superadmin.
 */
export interface PutMembershipRequest {
  role: Role;
  /** Unit codes; required (at least one) for a unit manager, ignored for other roles. */
  units?: string[];
}

/** One row of `GET /api/institutions/:institutionId/members`. */
export interface MemberResponse extends MembershipResponse {
  userId: string;
  email: string;
  name: string;
}

/**
 * `GET /api/plans/:planId/people`: an account named in the plan's values (who entered, submitted
 * or approved one), so a screen can show names instead of user ids.
 */
export interface PersonResponse {
  id: string;
  name: string;
}

/**
 * A pending invitation (`PUT …/members/:userId` answers `202` with it): a role offered to a user
 * who already belongs to an institution the inviting administrator holds no role in. It becomes
 * a membership only when that user accepts it (`POST /api/invitations/:id/accept`).
 */
export interface InvitationResponse {
  id: string;
  institutionId: string;
  institution: string;
  userId: string;
  email: string;
  name: string;
  role: Role;
  /** Unit codes, for a unit manager. */
  units: string[];
  /** Who sent it; null when that account no longer exists. */
  invitedBy: PersonResponse | null;
  createdAt: string;
}
