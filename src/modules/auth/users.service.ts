import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { MemberResponse, MembershipResponse, MeResponse, PersonResponse } from '../../contracts/auth.js';
import { AppError, BadRequestError, ConflictError, NotFoundError } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import type { RequestUser } from '../../common/request-user.js';
import { Unit } from '../institutions/unit.entity.js';
import { AccessService } from './access.service.js';
import { AuthService, hashPassword } from './auth.service.js';
import type { CreateUserDto, PutMembershipDto } from './dto/auth.dto.js';
import { MembershipUnit } from './membership-unit.entity.js';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';

/** Accounts and the roles they hold per institution; managed by administrators. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly auth: AuthService,
    private readonly access: AccessService,
  ) {}

  /** A superadmin sees every account; an institution admin the accounts holding roles in theirs. */
  async listUsers(caller: RequestUser): Promise<MeResponse[]> {
    const visible = this.adminInstitutions(caller);
    const users = await this.dataSource.query<Array<{ id: string }>>(
      visible === null
        ? 'SELECT id FROM users ORDER BY email'
        : 'SELECT DISTINCT u.id, u.email FROM users u JOIN memberships m ON m.user_id = u.id WHERE m.institution_id = ANY($1::uuid[]) ORDER BY u.email',
      visible === null ? [] : [visible],
    );
    return this.auth.describeUsers(users.map((user) => user.id));
  }

  async createUser(caller: RequestUser, dto: CreateUserDto): Promise<MeResponse> {
    if (!caller.isSuperadmin && this.adminInstitutions(caller)?.length === 0) {
      throw new AppError(403, 'FORBIDDEN', 'Only administrators create users');
    }
    if (dto.isSuperadmin && !caller.isSuperadmin)
      throw new AppError(403, 'FORBIDDEN', 'Only a superadmin creates superadmins');
    const email = dto.email.trim().toLowerCase();
    if (await this.dataSource.manager.existsBy(User, { email }))
      throw new ConflictError('USER_EXISTS', `A user with e-mail ${email} exists`);
    const user = await this.dataSource.manager.save(User, {
      email,
      name: dto.name,
      passwordHash: await hashPassword(dto.password),
      isSuperadmin: dto.isSuperadmin ?? false,
    });
    return this.auth.me(user.id);
  }

  async listMembers(institutionId: string): Promise<MemberResponse[]> {
    const rows = await this.dataSource.query<Array<{ user_id: string }>>(
      'SELECT m.user_id FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.institution_id = $1 ORDER BY u.email',
      [institutionId],
    );
    const users = await this.auth.describeUsers(rows.map((row) => row.user_id));
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

  /** Grants (or changes) a user's role in the institution; unit managers are bound to units. */
  async putMembership(
    institutionId: string,
    userId: string,
    dto: PutMembershipDto,
  ): Promise<MembershipResponse> {
    const user = isUuid(userId) ? await this.dataSource.manager.findOneBy(User, { id: userId }) : null;
    if (!user) throw new NotFoundError('USER_NOT_FOUND', `User ${userId} not found`);
    const codes = [...new Set(dto.units ?? [])];
    if (dto.role === 'unit_manager' && codes.length === 0) {
      throw new BadRequestError('VALIDATION_FAILED', 'A unit manager needs at least one unit', [
        { path: 'units', code: 'REQUIRED', message: 'A unit manager needs at least one unit' },
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
    });
    const me = await this.auth.me(userId);
    return me.memberships.find((item) => item.institutionId === institutionId) as MembershipResponse;
  }

  async deleteMembership(institutionId: string, userId: string): Promise<void> {
    const result = isUuid(userId)
      ? await this.dataSource.manager.delete(Membership, { userId, institutionId })
      : { affected: 0 };
    if (!result.affected)
      throw new NotFoundError('MEMBERSHIP_NOT_FOUND', `User ${userId} has no role in this institution`);
  }

  private adminInstitutions(caller: RequestUser): string[] | null {
    if (caller.isSuperadmin) return null;
    return [...caller.memberships.entries()]
      .filter(([, membership]) => membership.role === 'admin')
      .map(([id]) => id);
  }
}
