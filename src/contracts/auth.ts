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
