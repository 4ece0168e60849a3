/** Roles per institution (domain.md 6). */
export const ROLES = ['admin', 'planner', 'unit_manager', 'reviewer'] as const;
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
  memberships: MembershipResponse[];
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

/** `POST /api/users`: a new account holds no role until one is granted (`PUT …/members/:userId`). */
export interface CreateUserRequest {
  email: string;
  name: string;
  /** 10–200 characters. */
  password: string;
  /** Only a superadmin may create another superadmin. */
  isSuperadmin?: boolean;
}

/** `PUT /api/institutions/:institutionId/members/:userId`: grants or replaces the user's role there. */
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
