import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { LoginResponse, MeResponse, Role } from '../../contracts/auth.js';
import type { Lang } from '../../contracts/validation.js';
import { AppError, BadRequestError, type ErrorText } from '../../common/app-error.js';
import { isUuid } from '../../common/ids.js';
import { errorMessage } from '../../common/messages/index.js';
import type { RequestUser } from '../../common/request-user.js';
import { ADMINISTRATOR_NAME, APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { ConcurrencyLimit, hashingLimit } from './concurrency-limit.js';
import { hashPassword, needsRehash, verifyPassword } from './password-hashing.js';
import { passwordWeakness, weaknessMessage, type PasswordContext } from './password-policy.js';
import { formatToken, hashSecret, newSecret, parseToken, secretMatches } from './session-token.js';
import { Session } from './session.entity.js';
import { PasswordReset } from './password-reset.entity.js';
import { setActor } from '../../database/actor.js';
import { emailDigest } from '../../common/log-redaction.js';
import {
  addressWaitSeconds,
  locksOnFailure,
  mayCheckPassword,
  normalizeEmail,
  progressiveDelayMs,
  retryAfterSeconds,
  SIGN_IN_RULES,
} from './sign-in-rules.js';
import { User } from './user.entity.js';

export const SESSION_COOKIE = 'pusula_session';
/** How often old sign-in counters and failures are deleted. */
const PRUNE_EVERY_MS = 10 * 60_000;

interface SessionRow {
  session_id: string;
  token_hash: string;
  expires_at: Date;
  revoked_at: Date | null;
  user_id: string;
  email: string;
  name: string;
  is_superadmin: boolean;
  deactivated_at: Date | null;
  memberships: Array<{ institution_id: string; role: Role; unit_ids: string[] }> | null;
  plan_institution_id: string | null;
  institution_exists: boolean;
  responsible_unit_id: string | null;
}

/** The route parameters an access check looks up (AccessService.check); `code` only for unit-scoped routes. */
export interface RouteKeys {
  planId?: string;
  institutionId?: string;
  code?: string;
}

/** What the database says about a route's parameters, read with the caller's session. */
export interface RouteFacts {
  /** The institution of :planId; null when there is no such plan. */
  planInstitutionId: string | null;
  /** Whether :institutionId exists. */
  institutionExists: boolean;
  /** The unit responsible for the target of :code in :planId; null without one (or no such indicator). */
  responsibleUnitId: string | null;
}

const NO_FACTS: RouteFacts = { planInstitutionId: null, institutionExists: false, responsibleUnitId: null };

/** A refused sign-in that may be tried again later: the controller sends Retry-After. */
export class SignInRefusedError extends AppError {
  constructor(
    statusCode: 423 | 429,
    code: 'ACCOUNT_LOCKED' | 'TOO_MANY_ATTEMPTS',
    message: ErrorText,
    public readonly retryAfterSeconds: number,
  ) {
    super(statusCode, code, message);
  }
}

@Injectable()
export class AuthService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Auth');
  /** Password hashes and checks at once: all cores but one, so the event loop keeps one. */
  private readonly hashing = new ConcurrencyLimit(hashingLimit(availableParallelism()));
  private pruneTimer: NodeJS.Timeout | null = null;
  private dummyHash: Promise<string> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Checks the password and answers a new session's token, under the rules of sign-in-rules.ts:
   * the attempt is counted in the database before the password is checked, so the sixth guess
   * from one address is never checked whatever the concurrency. An unknown e-mail goes through
   * every step as a known one (a dummy hash is checked), so nothing tells them apart.
   */
  async login(email: string, password: string, address: string): Promise<LoginResponse> {
    const wait = await this.countAddressAttempt(address);
    if (wait > 0) throw new SignInRefusedError(429, 'TOO_MANY_ATTEMPTS', { seconds: wait }, wait);
    const key = normalizeEmail(email);
    const { reservation, lockedUntil } = await this.reserveAttempt(key, address);
    if (!mayCheckPassword(reservation)) throw lockedError(lockedUntil);
    const delay = progressiveDelayMs(await this.recentFailures(key));
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const user = await this.dataSource.manager.findOneBy(User, { email: key });
    const valid = await this.checkPassword(user?.passwordHash ?? (await this.dummy()), password);
    if (!user || !valid) {
      await this.recordFailure(key, address, reservation);
      throw new AppError(401, 'INVALID_CREDENTIALS');
    }
    // Said only to whoever knows the password: the account exists and an administrator closed it.
    if (user.deactivatedAt) throw new AppError(403, 'ACCOUNT_DEACTIVATED');
    await this.dataSource.query('DELETE FROM sign_in_attempts WHERE email = $1 AND address = $2', [
      key,
      address,
    ]);
    if (needsRehash(user.passwordHash, this.config.passwordHashCost)) await this.rehash(user, password);
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

  /**
   * The first gate: counts the attempt in the address's one-minute window in one statement (a
   * window that has ended starts again at 1), so every instance counts against the same row.
   * Answers the seconds to wait when the address is over its limit, else 0.
   */
  private async countAddressAttempt(address: string): Promise<number> {
    const ended = `a.window_started_at <= now() - make_interval(secs => $2)`;
    const [row] = await this.dataSource.query<
      Array<{ attempts: number; window_started_at: Date; now: Date }>
    >(
      `INSERT INTO sign_in_address_limits AS a (address, attempts, window_started_at)
       VALUES ($1, 1, now())
       ON CONFLICT ON CONSTRAINT sign_in_address_limits_pkey DO UPDATE SET
         attempts = CASE WHEN ${ended} THEN 1 ELSE a.attempts + 1 END,
         window_started_at = CASE WHEN ${ended} THEN now() ELSE a.window_started_at END
       RETURNING attempts, window_started_at, now() AS now`,
      [address, SIGN_IN_RULES.addressWindowSeconds],
    );
    return addressWaitSeconds(row.attempts, row.window_started_at, row.now);
  }

  /**
   * Reserves the next attempt number of (e-mail, address) in one statement; an expired lock or
   * a window without a lock older than 15 minutes starts again at 1.
   */
  private async reserveAttempt(
    email: string,
    address: string,
  ): Promise<{ reservation: number; lockedUntil: Date | null }> {
    const expired = `(a.locked_until <= now() OR (a.locked_until IS NULL AND a.window_started_at <= now() - make_interval(mins => $3)))`;
    const [row] = await this.dataSource.query<Array<{ attempts: number; locked_until: Date | null }>>(
      `INSERT INTO sign_in_attempts AS a (email, address, attempts, window_started_at, locked_until)
       VALUES ($1, $2, 1, now(), NULL)
       ON CONFLICT ON CONSTRAINT sign_in_attempts_pkey DO UPDATE SET
         attempts = CASE WHEN ${expired} THEN 1 ELSE a.attempts + 1 END,
         window_started_at = CASE WHEN ${expired} THEN now() ELSE a.window_started_at END,
         locked_until = CASE WHEN ${expired} THEN NULL ELSE a.locked_until END
       RETURNING attempts, locked_until`,
      [email, address, SIGN_IN_RULES.windowMinutes],
    );
    return { reservation: row.attempts, lockedUntil: row.locked_until };
  }

  private async recentFailures(email: string): Promise<number> {
    const [{ count }] = await this.dataSource.query<Array<{ count: number }>>(
      `SELECT count(*)::int AS count FROM sign_in_failures
        WHERE email = $1 AND failed_at > now() - make_interval(mins => $2)`,
      [email, SIGN_IN_RULES.windowMinutes],
    );
    return count;
  }

  /** A failed check stays counted; the fifth of a window locks, and is logged once. */
  private async recordFailure(email: string, address: string, reservation: number): Promise<void> {
    await this.dataSource.query('INSERT INTO sign_in_failures (email, address) VALUES ($1, $2)', [
      email,
      address,
    ]);
    // The e-mail as its digest: the log names nobody (docs/deployment.md, "Logs").
    this.logger.warn(`security: sign-in failed for e-mail ${emailDigest(email)} from ${address}`);
    if (!locksOnFailure(reservation)) return;
    const locked = await this.dataSource.query<unknown[]>(
      `UPDATE sign_in_attempts SET locked_until = now() + make_interval(mins => $3)
        WHERE email = $1 AND address = $2 AND locked_until IS NULL AND attempts >= $4
        RETURNING 1`,
      [email, address, SIGN_IN_RULES.lockMinutes, SIGN_IN_RULES.failuresPerAddress],
    );
    if (locked.length > 0)
      this.logger.warn(
        `security: sign-in locked for e-mail ${emailDigest(email)} from ${address} for ${SIGN_IN_RULES.lockMinutes} minutes after ${SIGN_IN_RULES.failuresPerAddress} failed sign-ins`,
      );
  }

  /** A bcrypt hash, or one of another cost, becomes argon2id of the configured cost. */
  private async rehash(user: User, password: string): Promise<void> {
    try {
      await this.dataSource.manager.update(
        User,
        { id: user.id, passwordHash: user.passwordHash },
        { passwordHash: await this.hashNewPassword(password) },
      );
    } catch (error) {
      // The sign-in itself succeeded; the next one tries again.
      this.logger.warn(`Password hash of ${user.id} not renewed: ${String(error)}`);
    }
  }

  /** Deletes counters and failures older than their window (every 10 minutes). */
  async pruneSignInRecords(): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM sign_in_address_limits WHERE window_started_at <= now() - make_interval(secs => $1)`,
      [SIGN_IN_RULES.addressWindowSeconds],
    );
    await this.dataSource.query(
      `DELETE FROM sign_in_failures WHERE failed_at <= now() - make_interval(mins => $1)`,
      [SIGN_IN_RULES.windowMinutes],
    );
    await this.dataSource.query(
      `DELETE FROM sign_in_attempts
        WHERE COALESCE(locked_until, window_started_at + make_interval(mins => $1)) <= now()`,
      [SIGN_IN_RULES.windowMinutes],
    );
  }

  /** argon2id of the configured cost (PUSULA_PASSWORD_MEMORY_KIB, PUSULA_PASSWORD_TIME_COST). */
  hashNewPassword(password: string): Promise<string> {
    return this.hashing.run(() => hashPassword(password, this.config.passwordHashCost));
  }

  private checkPassword(storedHash: string, password: string): Promise<boolean> {
    return this.hashing.run(() => verifyPassword(storedHash, password));
  }

  /**
   * Refuses a weak new password (password-policy.ts) with 400 PASSWORD_WEAK, the reason as the
   * message and as a detail at `path`.
   */
  assertStrongPassword(password: string, context: PasswordContext, path: string, lang: Lang): void {
    const weakness = passwordWeakness(password, context);
    if (!weakness) return;
    const message = weaknessMessage(weakness, lang);
    throw new BadRequestError('PASSWORD_WEAK', message, [{ path, code: weakness, message }]);
  }

  /** The hash an unknown e-mail is checked against: as costly as a real one. */
  private dummy(): Promise<string> {
    this.dummyHash ??= this.hashNewPassword('no such account');
    return this.dummyHash;
  }

  async logout(user: RequestUser): Promise<void> {
    await this.dataSource.manager.update(Session, { id: user.sessionId }, { revokedAt: new Date() });
  }

  /** A new password ends every other session of the user. */
  async changePassword(
    user: RequestUser,
    currentPassword: string,
    newPassword: string,
    lang: Lang,
  ): Promise<void> {
    const stored = await this.dataSource.manager.findOneByOrFail(User, { id: user.id });
    if (!(await this.checkPassword(stored.passwordHash, currentPassword))) {
      const message = errorMessage('INVALID_CREDENTIALS', { current: 1 });
      throw new BadRequestError('INVALID_CREDENTIALS', message, [
        { path: 'currentPassword', code: 'INVALID_CREDENTIALS', message },
      ]);
    }
    this.assertStrongPassword(
      newPassword,
      { email: stored.email, name: stored.name, currentPassword },
      'newPassword',
      lang,
    );
    const passwordHash = await this.hashNewPassword(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await manager.update(User, { id: user.id }, { passwordHash });
      await manager.query(
        'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL',
        [user.id, user.sessionId],
      );
    });
  }

  /**
   * Sets a new password with the one-time token of an administrator's reset link (the password
   * policy applies; a weak password leaves the token usable). The token is spent, and every
   * session of the user ends. 400 RESET_TOKEN_INVALID, RESET_TOKEN_USED or RESET_TOKEN_EXPIRED.
   */
  async resetPassword(token: string, newPassword: string, lang: Lang): Promise<void> {
    const parsed = parseToken(token);
    await this.dataSource.transaction(async (manager) => {
      await setActor(manager, null);
      const reset = parsed
        ? await manager.findOne(PasswordReset, {
            where: { id: parsed.sessionId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!reset || !parsed || !secretMatches(parsed.secret, reset.tokenHash))
        throw resetTokenError('RESET_TOKEN_INVALID', lang);
      if (reset.usedAt) throw resetTokenError('RESET_TOKEN_USED', lang);
      if (reset.expiresAt <= new Date()) throw resetTokenError('RESET_TOKEN_EXPIRED', lang);
      const user = await manager.findOneByOrFail(User, { id: reset.userId });
      if (user.deactivatedAt) throw resetTokenError('RESET_TOKEN_INVALID', lang);
      this.assertStrongPassword(newPassword, { email: user.email, name: user.name }, 'newPassword', lang);
      await manager.update(User, { id: user.id }, { passwordHash: await this.hashNewPassword(newPassword) });
      await manager.update(PasswordReset, { id: reset.id }, { usedAt: new Date() });
      await manager.query(
        'UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL',
        [user.id],
      );
    });
  }

  /** The caller of a request from its bearer token or session cookie; null when there is none or it is not valid. */
  /**
   * The caller of a request from its session token, checked against the database (a revoked or
   * expired session, a deactivated account: null), and in the same query what the route's access
   * check reads (AccessService.check): the institution of its plan, whether its institution
   * exists, the responsible unit of its indicator. One round trip for all of them.
   */
  async callerFromToken(
    token: string | undefined,
    route: RouteKeys = {},
  ): Promise<{ user: RequestUser | null; facts: RouteFacts }> {
    const parsed = token ? parseToken(token) : null;
    if (!parsed) return { user: null, facts: NO_FACTS };
    const planId = route.planId !== undefined && isUuid(route.planId) ? route.planId : null;
    const institutionId =
      route.institutionId !== undefined && isUuid(route.institutionId) ? route.institutionId : null;
    const rows = await this.dataSource.query<SessionRow[]>(
      `SELECT s.id AS session_id, s.token_hash, s.expires_at, s.revoked_at,
              u.id AS user_id, u.email, u.name, u.is_superadmin, u.deactivated_at,
              (SELECT json_agg(json_build_object(
                        'institution_id', m.institution_id, 'role', m.role,
                        'unit_ids', COALESCE((SELECT json_agg(mu.unit_id) FROM membership_units mu
                                              WHERE mu.user_id = m.user_id AND mu.institution_id = m.institution_id), '[]'::json)))
                 FROM memberships m WHERE m.user_id = u.id) AS memberships,
              (SELECT p.institution_id FROM plans p WHERE p.id = $2::uuid) AS plan_institution_id,
              EXISTS (SELECT 1 FROM institutions i WHERE i.id = $3::uuid) AS institution_exists,
              (SELECT t.responsible_unit_id FROM indicators i JOIN targets t ON t.id = i.target_id
                WHERE i.plan_id = $2::uuid AND i.code = $4::text) AS responsible_unit_id
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.id = $1`,
      [parsed.sessionId, planId, institutionId, route.code ?? null],
    );
    const row = rows[0];
    if (
      !row ||
      row.revoked_at ||
      row.deactivated_at ||
      row.expires_at <= new Date() ||
      !secretMatches(parsed.secret, row.token_hash)
    )
      return { user: null, facts: NO_FACTS };
    return {
      user: {
        id: row.user_id,
        email: row.email,
        name: row.name,
        sessionId: row.session_id,
        isSuperadmin: row.is_superadmin,
        memberships: new Map(
          (row.memberships ?? []).map((m) => [m.institution_id, { role: m.role, unitIds: m.unit_ids }]),
        ),
      },
      facts: {
        planInstitutionId: row.plan_institution_id,
        institutionExists: row.institution_exists,
        responsibleUnitId: row.responsible_unit_id,
      },
    };
  }

  async me(userId: string): Promise<MeResponse> {
    const [user] = await this.describeUsers([userId]);
    if (!user) throw new Error(`user ${userId} does not exist`);
    return user;
  }

  /**
   * Users with their roles per institution, in the order given: two queries whatever the count.
   * `institutionIds` keeps only the roles in those institutions (null: every role).
   */
  async describeUsers(userIds: string[], institutionIds: string[] | null = null): Promise<MeResponse[]> {
    const users = await this.dataSource.manager.findBy(User, { id: In(userIds) });
    const memberships = await this.dataSource.query<
      Array<{ user_id: string; institution_id: string; institution: string; role: Role; units: string[] }>
    >(
      `SELECT m.user_id, m.institution_id, i.name AS institution, m.role,
              COALESCE((SELECT array_agg(un.code ORDER BY un.code) FROM membership_units mu JOIN units un ON un.id = mu.unit_id
                         WHERE mu.user_id = m.user_id AND mu.institution_id = m.institution_id), '{}') AS units
         FROM memberships m JOIN institutions i ON i.id = m.institution_id
        WHERE m.user_id = ANY($1::uuid[]) AND ($2::uuid[] IS NULL OR m.institution_id = ANY($2::uuid[]))
        ORDER BY i.name`,
      [userIds, institutionIds],
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
          active: user.deactivatedAt === null,
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
    if (created) this.logger.log('Administrator of PUSULA_ADMIN_EMAIL created');
    // Ready before the first sign-in of an unknown e-mail, which must take as long as any other.
    await this.dummy();
    this.pruneTimer = setInterval(() => {
      this.pruneSignInRecords().catch((error: unknown) =>
        this.logger.warn(`Pruning sign-in records failed: ${String(error)}`),
      );
    }, PRUNE_EVERY_MS);
    this.pruneTimer.unref();
  }

  onModuleDestroy(): void {
    if (this.pruneTimer) clearInterval(this.pruneTimer);
    this.pruneTimer = null;
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
    // Instances started at once on one new database all see no users: the first insert wins.
    const inserted = await this.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO users (email, name, password_hash, is_superadmin, version) VALUES ($1, $2, $3, true, 1)
       ON CONFLICT (email) DO NOTHING RETURNING id`,
      [email, ADMINISTRATOR_NAME, await this.hashNewPassword(password)],
    );
    return inserted.length > 0 ? email : null;
  }
}

function resetTokenError(
  code: 'RESET_TOKEN_INVALID' | 'RESET_TOKEN_USED' | 'RESET_TOKEN_EXPIRED',
  lang: Lang,
): BadRequestError {
  const message = errorMessage(code, {}, lang);
  return new BadRequestError(code, message, [{ path: 'token', code, message }]);
}

/** The same answer whether the e-mail has an account or not. */
function lockedError(lockedUntil: Date | null): SignInRefusedError {
  const seconds = retryAfterSeconds(lockedUntil, new Date());
  return new SignInRefusedError(423, 'ACCOUNT_LOCKED', { minutes: Math.ceil(seconds / 60) }, seconds);
}
