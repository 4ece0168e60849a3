import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import bcrypt from 'bcryptjs';
import { DataSource, In } from 'typeorm';
import type { LoginResponse, MeResponse, Role } from '../../contracts/auth.js';
import { AppError, BadRequestError } from '../../common/app-error.js';
import type { RequestUser } from '../../common/request-user.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { LoginThrottle } from './login-throttle.js';
import { formatToken, hashSecret, newSecret, parseToken, secretMatches } from './session-token.js';
import { Session } from './session.entity.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'pusula_session';
/** Consecutive failed logins that lock an account, and for how long. */
export const LOCKOUT_AFTER = 5;
export const LOCKOUT_MINUTES = 15;
const BCRYPT_ROUNDS = 12;

interface SessionRow {
  session_id: string;
  token_hash: string;
  expires_at: Date;
  revoked_at: Date | null;
  user_id: string;
  email: string;
  name: string;
  is_superadmin: boolean;
  memberships: Array<{ institution_id: string; role: Role; unit_ids: string[] }> | null;
}

@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');
  /** Per address and account (guessing one password), and per address (trying many accounts). */
  private readonly perAccount = new LoginThrottle(10, 60_000);
  private readonly perAddress = new LoginThrottle(50, 60_000);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Checks the password; answers a new session's token. Failed attempts count towards lockout. */
  async login(email: string, password: string, clientKey: string): Promise<LoginResponse> {
    const wait = Math.max(
      this.perAddress.hit(clientKey),
      this.perAccount.hit(`${clientKey}|${email.trim().toLowerCase()}`),
    );
    if (wait > 0)
      throw new AppError(429, 'TOO_MANY_ATTEMPTS', `Too many sign-in attempts; try again in ${wait} s`);
    const user = await this.dataSource.manager.findOneBy(User, { email: email.trim().toLowerCase() });
    if (user?.lockedUntil && user.lockedUntil > new Date()) {
      throw new AppError(
        423,
        'ACCOUNT_LOCKED',
        `The account is locked after ${LOCKOUT_AFTER} failed sign-ins; try again later`,
      );
    }
    // Compare against a dummy hash for unknown e-mails too, so timing does not reveal accounts.
    const valid = await bcrypt.compare(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !valid) {
      if (user) {
        const failed = user.failedLogins + 1;
        await this.dataSource.manager.update(
          User,
          { id: user.id },
          {
            failedLogins: failed >= LOCKOUT_AFTER ? 0 : failed,
            lockedUntil: failed >= LOCKOUT_AFTER ? new Date(Date.now() + LOCKOUT_MINUTES * 60_000) : null,
          },
        );
        if (failed >= LOCKOUT_AFTER)
          this.logger.warn(`Account ${user.id} locked after ${LOCKOUT_AFTER} failed sign-ins`);
      }
      throw new AppError(401, 'INVALID_CREDENTIALS', 'E-mail or password is wrong');
    }
    if (user.failedLogins > 0 || user.lockedUntil) {
      await this.dataSource.manager.update(User, { id: user.id }, { failedLogins: 0, lockedUntil: null });
    }
    const secret = newSecret();
    const expiresAt = new Date(Date.now() + this.config.tokenTtlMinutes * 60_000);
    const session = await this.dataSource.manager.save(Session, {
      userId: user.id,
      tokenHash: hashSecret(secret),
      expiresAt,
      revokedAt: null,
    });
    const me = await this.me(user.id);
    return { accessToken: formatToken(session.id, secret), expiresAt: expiresAt.toISOString(), user: me };
  }

  async logout(user: RequestUser): Promise<void> {
    await this.dataSource.manager.update(Session, { id: user.sessionId }, { revokedAt: new Date() });
  }

  /** A new password ends every other session of the user. */
  async changePassword(user: RequestUser, currentPassword: string, newPassword: string): Promise<void> {
    const stored = await this.dataSource.manager.findOneByOrFail(User, { id: user.id });
    if (!(await bcrypt.compare(currentPassword, stored.passwordHash))) {
      throw new BadRequestError('INVALID_CREDENTIALS', 'The current password is wrong', [
        { path: 'currentPassword', code: 'INVALID_CREDENTIALS', message: 'The current password is wrong' },
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash: await hashPassword(newPassword) });
      await manager.query(
        'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL',
        [user.id, user.sessionId],
      );
    });
  }

  /** The caller of a request from its bearer token or session cookie; null when there is none or it is not valid. */
  async userFromToken(token: string | undefined): Promise<RequestUser | null> {
    const parsed = token ? parseToken(token) : null;
    if (!parsed) return null;
    const rows = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id AS session_id, s.token_hash, s.expires_at, s.revoked_at,
              u.id AS user_id, u.email, u.name, u.is_superadmin,
              (SELECT json_agg(json_build_object(
                        'institution_id', m.institution_id, 'role', m.role,
                        'unit_ids', COALESCE((SELECT json_agg(mu.unit_id) FROM membership_units mu
                                              WHERE mu.user_id = m.user_id AND mu.institution_id = m.institution_id), '[]'::json)))
                 FROM memberships m WHERE m.user_id = u.id) AS memberships
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1`,
      [parsed.sessionId],
    );
    const row = rows[0];
    if (
      !row ||
      row.revoked_at ||
      row.expires_at <= new Date() ||
      !secretMatches(parsed.secret, row.token_hash)
    )
      return null;
    return {
      id: row.user_id,
      email: row.email,
      name: row.name,
      sessionId: row.session_id,
      isSuperadmin: row.is_superadmin,
      memberships: new Map(
        (row.memberships ?? []).map((m) => [m.institution_id, { role: m.role, unitIds: m.unit_ids }]),
      ),
    };
  }

  async me(userId: string): Promise<MeResponse> {
    const [user] = await this.describeUsers([userId]);
    if (!user) throw new Error(`user ${userId} does not exist`);
    return user;
  }

  /** Users with their roles per institution, in the order given: two queries whatever the count. */
  async describeUsers(userIds: string[]): Promise<MeResponse[]> {
    const users = await this.dataSource.manager.findBy(User, { id: In(userIds) });
    const memberships = await this.dataSource.query<
      Array<{ user_id: string; institution_id: string; institution: string; role: Role; units: string[] }>
    >(
      `SELECT m.user_id, m.institution_id, i.name AS institution, m.role,
              COALESCE((SELECT array_agg(un.code ORDER BY un.code) FROM membership_units mu JOIN units un ON un.id = mu.unit_id
                         WHERE mu.user_id = m.user_id AND mu.institution_id = m.institution_id), '{}') AS units
         FROM memberships m JOIN institutions i ON i.id = m.institution_id
        WHERE m.user_id = ANY($1::uuid[]) ORDER BY i.name`,
      [userIds],
    );
    const byId = new Map(users.map((user) => [user.id, user]));
    return userIds.flatMap((id) => {
      const user = byId.get(id);
      if (!user) return [];
      return [
        {
          id: user.id,
          email: user.email,
          name: user.name,
          isSuperadmin: user.isSuperadmin,
          memberships: memberships
            .filter((m) => m.user_id === id)
            .map((m) => ({
              institutionId: m.institution_id,
              institution: m.institution,
              role: m.role,
              units: m.units,
            })),
        },
      ];
    });
  }

  /** On a database without users, the administrator from PUSULA_ADMIN_EMAIL / PUSULA_ADMIN_PASSWORD. */
  async onApplicationBootstrap(): Promise<void> {
    const created = await this.ensureAdministrator();
    if (created) this.logger.log(`Administrator ${created} created`);
  }

  async ensureAdministrator(): Promise<string | null> {
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
      'SELECT count(*)::int AS count FROM users',
    );
    if (count > 0) return null;
    const { adminEmail: email, adminPassword: password } = this.config;
    if (!email || !password) {
      throw new Error(
        'There are no users yet: set PUSULA_ADMIN_EMAIL and PUSULA_ADMIN_PASSWORD for the first administrator',
      );
    }
    await this.dataSource.manager.save(User, {
      email,
      name: 'Yönetici',
      passwordHash: await hashPassword(password),
      isSuperadmin: true,
    });
    return email;
  }
}

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, BCRYPT_ROUNDS);
}

let dummy: Promise<string> | null = null;
function dummyHash(): Promise<string> {
  dummy ??= bcrypt.hash('no such account', BCRYPT_ROUNDS);
  return dummy;
}
