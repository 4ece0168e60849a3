import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type {
  InvitationResponse,
  MemberResponse,
  MembershipResponse,
  MeResponse,
  PasswordResetResponse,
  PersonResponse,
  Role,
} from '../../contracts/auth.js';
import type { Lang } from '../../contracts/validation.js';
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { errorMessage } from '../../common/messages/index.js';
import { isUuid } from '../../common/ids.js';
import type { RequestUser } from '../../common/request-user.js';
import { Unit } from '../institutions/unit.entity.js';
import { AuthService } from './auth.service.js';
import type { CreateUserDto, PutMembershipDto } from './dto/auth.dto.js';
import { MembershipInvitation } from './membership-invitation.entity.js';
import { MembershipUnit } from './membership-unit.entity.js';
import { Membership } from './membership.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { formatToken, hashSecret, newSecret } from './session-token.js';
import { User } from './user.entity.js';
import { setActor } from '../../database/actor.js';

/** How long an administrator's password reset link works. */
export const RESET_LINK_HOURS = 24;

/** What `putMembership` did: granted the role, or invited a user who belongs elsewhere. */
export type PutMembershipResult =
  { kind: 'granted'; membership: MembershipResponse } | { kind: 'invited'; invitation: InvitationResponse };

interface InvitationRow {
  id: string;
  institution_id: string;
  institution: string;
  user_id: string;
  email: string;
  name: string;
  role: Role;
  units: string[];
  invited_by: string | null;
  invited_by_name: string | null;
  created_at: Date;
}

const INVITATION_SELECT = `
  SELECT v.id, v.institution_id, i.name AS institution, v.user_id, u.email, u.name, v.role,
         COALESCE((SELECT array_agg(un.code ORDER BY un.code) FROM units un WHERE un.id = ANY(v.unit_ids)), '{}') AS units,
         v.invited_by, inviter.name AS invited_by_name, v.created_at
    FROM membership_invitations v
    JOIN institutions i ON i.id = v.institution_id
    JOIN users u ON u.id = v.user_id
    LEFT JOIN users inviter ON inviter.id = v.invited_by`;

/** Accounts, the roles they hold per institution and invitations to roles; managed by administrators. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
  ) {}

  /**
   * A superadmin sees every account; an institution admin the accounts holding roles in the
   * institutions they administer, each with only its roles in institutions whose members the
   * caller may list (admin or planner there): a shared account's other institutions stay hidden.
   */
  async listUsers(caller: RequestUser): Promise<MeResponse[]> {
    const visible = this.adminInstitutions(caller);
    const users = await this.dataSource.query<Array<{ id: string }>>(
      visible === null
        ? 'SELECT id FROM users ORDER BY email'
        : 'SELECT DISTINCT u.id, u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.institution_id = ANY($1::uuid[]) ORDER BY u.email',
      visible === null ? [] : [visible],
    );
    return this.auth.describeUsers(
      users.map((user) => user.id),
      this.memberListInstitutions(caller),
    );
  }

  async createUser(caller: RequestUser, dto: CreateUserDto, lang: Lang): Promise<MeResponse> {
    if (!caller.isSuperadmin && this.adminInstitutions(caller)?.length === 0) {
      throw new AppError(403, 'FORBIDDEN', { only: 'admin' });
    }
    if (dto.isSuperadmin && !caller.isSuperadmin)
      throw new AppError(403, 'FORBIDDEN', { only: 'superadmin' });
    const email = dto.email.trim().toLowerCase();
    this.auth.assertStrongPassword(dto.password, { email, name: dto.name }, 'password', lang);
    if (await this.dataSource.manager.existsBy(User, { email }))
      throw new ConflictError('USER_EXISTS', { email });
    const user = await this.dataSource.manager.save(User, {
      email,
      name: dto.name,
      passwordHash: await this.auth.hashNewPassword(dto.password),
      isSuperadmin: dto.isSuperadmin ?? false,
    });
    const [described] = await this.auth.describeUsers([user.id], this.memberListInstitutions(caller));
    return described;
  }

  /**
   * Closes an account: it cannot sign in, and its sessions end at once. Not one's own (409
   * CANNOT_DEACTIVATE_SELF), nor an inactive one (409 USER_INACTIVE). Audited (entity `user`).
   */
  async deactivateUser(caller: RequestUser, userId: string): Promise<MeResponse> {
    const user = await this.managedUser(caller, userId);
    if (user.id === caller.id) throw new ConflictError('CANNOT_DEACTIVATE_SELF');
    if (user.deactivatedAt) throw new ConflictError('USER_INACTIVE', { email: user.email });
    await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      await manager.update(User, { id: user.id }, { deactivatedAt: new Date(), deactivatedBy: caller.id });
      await manager.query(
        'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
        [user.id],
      );
    });
    return this.describedFor(caller, user.id);
  }

  /** Opens a deactivated account again (409 USER_ACTIVE when it is open). Audited (entity `user`). */
  async reactivateUser(caller: RequestUser, userId: string): Promise<MeResponse> {
    const user = await this.managedUser(caller, userId);
    if (!user.deactivatedAt) throw new ConflictError('USER_ACTIVE', { email: user.email });
    await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      await manager.update(User, { id: user.id }, { deactivatedAt: null, deactivatedBy: null });
    });
    return this.describedFor(caller, user.id);
  }

  /**
   * A one-time link for the user to set a new password, valid for RESET_LINK_HOURS; an earlier
   * unused link of the user stops working. The token is answered this once. Audited
   * (entity `password_reset`).
   */
  async issuePasswordReset(caller: RequestUser, userId: string): Promise<PasswordResetResponse> {
    const user = await this.managedUser(caller, userId);
    if (user.deactivatedAt) throw new ConflictError('USER_INACTIVE', { email: user.email, reactivate: 1 });
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + RESET_LINK_HOURS * 3_600_000);
    const id = await this.dataSource.transaction(async (manager) => {
      await setActor(manager);
      await manager.query(
        'UPDATE password_resets SET expires_at = now() WHERE user_id = $1 AND used_at IS NULL AND expires_at > now()',
        [user.id],
      );
      const saved = await manager.save(PasswordReset, {
        userId: user.id,
        tokenHash: hashSecret(secret),
        createdBy: caller.id,
        expiresAt,
        usedAt: null,
      });
      return saved.id;
    });
    const token = formatToken(id, secret);
    return {
      token,
      path: `/#/reset-password?token=${encodeURIComponent(token)}`,
      expiresAt: expiresAt.toISOString(),
    };
  }

  async listMembers(institutionId: string): Promise<MemberResponse[]> {
    const rows = await this.dataSource.query<Array<{ user_id: string }>>(
      'SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.institution_id = $1 ORDER BY u.email',
      [institutionId],
    );
    const users = await this.auth.describeUsers(
      rows.map((row) => row.user_id),
      [institutionId],
    );
    return users.map((user) => ({
      userId: user.id,
      email: user.email,
      name: user.name,
      ...(user.memberships.find((item) => item.institutionId === institutionId) as MembershipResponse),
    }));
  }

  /**
   * The accounts named in a plan's values (entered, submitted, approved) and in the corrections of
   * them (proposed, decided), by name.
   */
  async listPlanPeople(planId: string): Promise<PersonResponse[]> {
    return this.dataSource.query<PersonResponse[]>(
      `SELECT u.id, u.name FROM users u
        WHERE u.id IN (SELECT unnest(ARRAY[v.entered_by, v.submitted_by, v.approved_by])
                         FROM indicator_values v WHERE v.plan_id = $1)
           OR u.id IN (SELECT unnest(ARRAY[c.proposed_by, c.decided_by])
                         FROM value_corrections c WHERE c.plan_id = $1)
        ORDER BY u.name, u.id`,
      [planId],
    );
  }

  /**
   * Grants (or changes) a user's role in the institution; unit managers are bound to units. A
   * user who holds no role here yet but belongs to an institution the caller has no role in is
   * not adopted: they get an invitation to accept or decline (a superadmin grants directly).
   */
  async putMembership(
    caller: RequestUser,
    institutionId: string,
    userId: string,
    dto: PutMembershipDto,
  ): Promise<PutMembershipResult> {
    const user = isUuid(userId) ? await this.dataSource.manager.findOneBy(User, { id: userId }) : null;
    if (!user) throw new NotFoundError('USER_NOT_FOUND', { id: userId });
    const units = await this.unitsOf(institutionId, dto);
    if (!caller.isSuperadmin && (await this.belongsElsewhere(userId, institutionId, caller))) {
      const [{ id }] = await this.dataSource.query<Array<{ id: string }>>(
        `INSERT INTO membership_invitations (institution_id, user_id, role, unit_ids, invited_by)
         VALUES ($1, $2, $3, $4::uuid[], $5)
         ON CONFLICT ON CONSTRAINT membership_invitations_institution_id_user_id_key DO UPDATE SET
           role = EXCLUDED.role, unit_ids = EXCLUDED.unit_ids, invited_by = EXCLUDED.invited_by, created_at = now()
         RETURNING id`,
        [institutionId, userId, dto.role, units.map((unit) => unit.id), caller.id],
      );
      const [invitation] = await this.invitations('v.id = $1', [id]);
      return { kind: 'invited', invitation };
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.upsert(Membership, { userId, institutionId, role: dto.role }, [
        'userId',
        'institutionId',
      ]);
      await manager.delete(MembershipUnit, { userId, institutionId });
      if (dto.role === 'unit_manager') {
        await manager.insert(
          MembershipUnit,
          units.map((unit) => ({ userId, institutionId, unitId: unit.id })),
        );
      }
      await manager.delete(MembershipInvitation, { userId, institutionId });
    });
    return { kind: 'granted', membership: await this.membershipIn(userId, institutionId) };
  }

  async deleteMembership(institutionId: string, userId: string): Promise<void> {
    const result = isUuid(userId)
      ? await this.dataSource.manager.delete(Membership, { userId, institutionId })
      : { affected: 0 };
    if (!result.affected) throw new NotFoundError('MEMBERSHIP_NOT_FOUND', { id: userId });
  }

  /** The caller's own pending invitations. */
  listMyInvitations(caller: RequestUser): Promise<InvitationResponse[]> {
    return this.invitations('v.user_id = $1', [caller.id]);
  }

  /** The pending invitations an institution has sent. */
  listInstitutionInvitations(institutionId: string): Promise<InvitationResponse[]> {
    return this.invitations('v.institution_id = $1', [institutionId]);
  }

  /** The invited user takes the role: the invitation becomes a membership (with the units that still exist). */
  async acceptInvitation(caller: RequestUser, invitationId: string): Promise<MembershipResponse> {
    const institutionId = await this.dataSource.transaction(async (manager) => {
      const invitation = isUuid(invitationId)
        ? await manager.findOne(MembershipInvitation, {
            where: { id: invitationId, userId: caller.id },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!invitation) throw invitationNotFound(invitationId);
      const { institutionId, role } = invitation;
      const units = invitation.unitIds.length
        ? await manager.findBy(Unit, { id: In(invitation.unitIds), institutionId })
        : [];
      if (role === 'unit_manager' && units.length === 0) {
        throw new ConflictError('INVITATION_UNITS_GONE');
      }
      await manager.upsert(Membership, { userId: caller.id, institutionId, role }, [
        'userId',
        'institutionId',
      ]);
      await manager.delete(MembershipUnit, { userId: caller.id, institutionId });
      if (role === 'unit_manager') {
        await manager.insert(
          MembershipUnit,
          units.map((unit) => ({ userId: caller.id, institutionId, unitId: unit.id })),
        );
      }
      await manager.delete(MembershipInvitation, { id: invitation.id });
      return institutionId;
    });
    return this.membershipIn(caller.id, institutionId);
  }

  async declineInvitation(caller: RequestUser, invitationId: string): Promise<void> {
    const result = isUuid(invitationId)
      ? await this.dataSource.manager.delete(MembershipInvitation, { id: invitationId, userId: caller.id })
      : { affected: 0 };
    if (!result.affected) throw invitationNotFound(invitationId);
  }

  async cancelInvitation(institutionId: string, invitationId: string): Promise<void> {
    const result = isUuid(invitationId)
      ? await this.dataSource.manager.delete(MembershipInvitation, { id: invitationId, institutionId })
      : { affected: 0 };
    if (!result.affected) throw invitationNotFound(invitationId);
  }

  private async unitsOf(institutionId: string, dto: PutMembershipDto): Promise<Unit[]> {
    const codes = [...new Set(dto.units ?? [])];
    if (dto.role === 'unit_manager' && codes.length === 0) {
      throw new BadRequestError('VALIDATION_FAILED', { unitsRequired: 1 }, [
        { path: 'units', code: 'REQUIRED', message: errorMessage('VALIDATION_FAILED', { unitsRequired: 1 }) },
      ]);
    }
    const units = codes.length
      ? await this.dataSource.manager.findBy(Unit, { institutionId, code: In(codes) })
      : [];
    const unknown = codes.filter((code) => !units.some((unit) => unit.code === code));
    if (unknown.length > 0) {
      throw new BadRequestError(
        'UNKNOWN_UNIT',
        `Units not in this institution: ${unknown.join(', ')}`,
        unknown.map((code) => ({
          path: `units[${codes.indexOf(code)}]`,
          code: 'UNKNOWN_UNIT',
          message: `Unit ${code} does not exist`,
        })),
      );
    }
    return dto.role === 'unit_manager' ? units : [];
  }

  /** Holds no role here yet, and one in an institution where the caller holds none. */
  private async belongsElsewhere(
    userId: string,
    institutionId: string,
    caller: RequestUser,
  ): Promise<boolean> {
    const [row] = await this.dataSource.query<Array<{ here: boolean; elsewhere: boolean }>>(
      `SELECT bool_or(institution_id = $2) AS here,
              bool_or(institution_id <> $2 AND NOT (institution_id = ANY($3::uuid[]))) AS elsewhere
         FROM memberships WHERE user_id = $1`,
      [userId, institutionId, [...caller.memberships.keys()]],
    );
    return !row.here && row.elsewhere === true;
  }

  /**
   * An account the caller administers: any for a superadmin; otherwise one holding a role in an
   * institution the caller administers (404 USER_NOT_FOUND, as for an unknown id), and never a
   * superadmin (403).
   */
  private async managedUser(caller: RequestUser, userId: string): Promise<User> {
    const user = isUuid(userId) ? await this.dataSource.manager.findOneBy(User, { id: userId }) : null;
    const administered = this.adminInstitutions(caller);
    const visible =
      user !== null &&
      (administered === null ||
        (await this.dataSource.manager.existsBy(Membership, {
          userId: user.id,
          institutionId: In(administered),
        })));
    if (!user || !visible) throw new NotFoundError('USER_NOT_FOUND', { id: userId });
    if (user.isSuperadmin && !caller.isSuperadmin)
      throw new AppError(403, 'FORBIDDEN', { only: 'superadmin' });
    return user;
  }

  private async describedFor(caller: RequestUser, userId: string): Promise<MeResponse> {
    const [described] = await this.auth.describeUsers([userId], this.memberListInstitutions(caller));
    return described;
  }

  private async membershipIn(userId: string, institutionId: string): Promise<MembershipResponse> {
    const [user] = await this.auth.describeUsers([userId], [institutionId]);
    return user.memberships[0];
  }

  private async invitations(where: string, params: unknown[]): Promise<InvitationResponse[]> {
    const rows = await this.dataSource.query<InvitationRow[]>(
      `${INVITATION_SELECT} WHERE ${where} ORDER BY v.created_at, v.id`,
      params,
    );
    return rows.map((row) => ({
      id: row.id,
      institutionId: row.institution_id,
      institution: row.institution,
      userId: row.user_id,
      email: row.email,
      name: row.name,
      role: row.role,
      units: row.units,
      invitedBy: row.invited_by ? { id: row.invited_by, name: row.invited_by_name ?? '' } : null,
      createdAt: row.created_at.toISOString(),
    }));
  }

  private adminInstitutions(caller: RequestUser): string[] | null {
    if (caller.isSuperadmin) return null;
    return [...caller.memberships.entries()]
      .filter(([, membership]) => membership.role === 'admin')
      .map(([id]) => id);
  }

  /** Institutions whose members the caller may list (GET …/members: admin, planner); null: all. */
  private memberListInstitutions(caller: RequestUser): string[] | null {
    if (caller.isSuperadmin) return null;
    return [...caller.memberships.entries()]
      .filter(([, membership]) => membership.role === 'admin' || membership.role === 'planner')
      .map(([id]) => id);
  }
}

function invitationNotFound(invitationId: string): NotFoundError {
  return new NotFoundError('INVITATION_NOT_FOUND', { id: invitationId });
}
