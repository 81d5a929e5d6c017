import { randomUUID } from 'node:crypto';
import { type EntityManager, LockMode, type MikroORM } from '@mikro-orm/postgresql';
import type { Clock } from '../../clock.ts';
import { inPlatform } from '../../db/tenant-transaction.ts';
import { AppError, type ErrorCode } from '../../errors.ts';
import { Account, RefreshToken } from './account.entity.ts';
import { verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { type AccessClaims, hashRefreshToken, newRefreshToken, type TokenPair } from './tokens.ts';

/** After this many failed sign-ins in a row the account is locked for LOCK_MINUTES. */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export interface AuthServiceDeps {
  readonly orm: MikroORM;
  readonly clock: Clock;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  readonly signAccessToken: (claims: AccessClaims, ttlSeconds: number) => string;
}

/** Sign-in, rotating refresh tokens with reuse detection, and sign-out. */
export class AuthService {
  private readonly deps: AuthServiceDeps;

  constructor(deps: AuthServiceDeps) {
    this.deps = deps;
  }

  async login(username: string, password: string): Promise<TokenPair> {
    const { orm, clock } = this.deps;
    const account = await orm.em.fork().findOne(Account, { username });
    if (!account) {
      await verifyAgainstDummy(password);
      throw new AppError('AUTH_INVALID_CREDENTIALS');
    }
    const now = clock.now();
    if (account.lockedUntil && account.lockedUntil > now) {
      throw new AppError('AUTH_ACCOUNT_LOCKED', {
        details: { lockedUntil: account.lockedUntil.toISOString() },
      });
    }
    const isValid = await verifyPassword(account.passwordHash, password);
    // Outcomes are returned, not thrown, so a failed attempt's count commits with the transaction.
    const outcome = await inPlatform(orm, async (em) => {
      const fresh = await em.findOneOrFail(
        Account,
        { id: account.id },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!isValid) {
        fresh.failedLogins += 1;
        if (fresh.failedLogins >= MAX_FAILED_LOGINS) {
          fresh.failedLogins = 0;
          fresh.lockedUntil = new Date(now.getTime() + LOCK_MINUTES * 60_000);
        }
        await em.flush();
        return fresh.lockedUntil && fresh.lockedUntil > now
          ? failure('AUTH_ACCOUNT_LOCKED', { lockedUntil: fresh.lockedUntil.toISOString() })
          : failure('AUTH_INVALID_CREDENTIALS');
      }
      if (fresh.status !== 'active') return failure('AUTH_ACCOUNT_DISABLED');
      fresh.failedLogins = 0;
      fresh.lockedUntil = null;
      return success(await this.issue(em, fresh.id, randomUUID(), now));
    });
    return unwrap(outcome);
  }

  async refresh(refreshToken: string): Promise<TokenPair> {
    const { orm, clock } = this.deps;
    const now = clock.now();
    const outcome = await inPlatform(orm, async (em) => {
      const stored = await em.findOne(
        RefreshToken,
        { tokenHash: hashRefreshToken(refreshToken) },
        { populate: ['account'], lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (!stored) return failure('AUTH_REFRESH_INVALID');
      if (stored.usedAt || stored.revokedAt) {
        // A spent token presented again means it leaked: end every session of its family.
        await em.nativeUpdate(
          RefreshToken,
          { familyId: stored.familyId, revokedAt: null },
          { revokedAt: now },
        );
        return failure('AUTH_REFRESH_INVALID');
      }
      if (stored.expiresAt <= now) return failure('AUTH_REFRESH_INVALID');
      if (stored.account.status !== 'active') return failure('AUTH_ACCOUNT_DISABLED');
      stored.usedAt = now;
      return success(await this.issue(em, stored.account.id, stored.familyId, now));
    });
    return unwrap(outcome);
  }

  /** Revokes the whole family of the given refresh token, or of the session an access token names. */
  async logout(input: { refreshToken?: string; sessionId?: string }): Promise<void> {
    const { orm, clock } = this.deps;
    await inPlatform(orm, async (em) => {
      let familyId = input.sessionId;
      if (input.refreshToken) {
        const stored = await em.findOne(RefreshToken, { tokenHash: hashRefreshToken(input.refreshToken) });
        familyId = stored?.familyId ?? familyId;
      }
      if (familyId) {
        await em.nativeUpdate(RefreshToken, { familyId, revokedAt: null }, { revokedAt: clock.now() });
      }
    });
  }

  private async issue(em: EntityManager, accountId: string, familyId: string, now: Date): Promise<TokenPair> {
    const { token, hash } = newRefreshToken();
    em.create(RefreshToken, {
      id: randomUUID(),
      account: accountId,
      familyId,
      tokenHash: hash,
      createdAt: now,
      expiresAt: new Date(now.getTime() + this.deps.refreshTokenTtlSeconds * 1000),
      usedAt: null,
      revokedAt: null,
    });
    await em.flush();
    const accessToken = this.deps.signAccessToken(
      { sub: accountId, sid: familyId, typ: 'access' },
      this.deps.accessTokenTtlSeconds,
    );
    return {
      accessToken,
      refreshToken: token,
      expiresIn: this.deps.accessTokenTtlSeconds,
      tokenType: 'Bearer',
    };
  }
}

type Outcome =
  | { readonly ok: true; readonly pair: TokenPair }
  | { readonly ok: false; readonly code: ErrorCode; readonly details?: Record<string, unknown> };

function success(pair: TokenPair): Outcome {
  return { ok: true, pair };
}

function failure(code: ErrorCode, details?: Record<string, unknown>): Outcome {
  return details ? { ok: false, code, details } : { ok: false, code };
}

function unwrap(outcome: Outcome): TokenPair {
  if (outcome.ok) return outcome.pair;
  throw new AppError(outcome.code, outcome.details ? { details: outcome.details } : {});
}
