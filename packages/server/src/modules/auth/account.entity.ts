import { defineEntity, type InferEntity, p } from '@mikro-orm/core';
import { Tenant } from '../tenancy/tenant.entity.ts';

/**
 * Login credentials. Platform-level because a login names no tenant yet; a
 * tenant user's unit and role live in the tenant-owned `member` row.
 */
export const Account = defineEntity({
  name: 'Account',
  tableName: 'account',
  properties: {
    id: p.uuid().primary(),
    username: p.string().length(64).unique(),
    passwordHash: p.string().length(200),
    displayName: p.string().length(100),
    tenant: () => p.manyToOne(Tenant).nullable(),
    isOperator: p.boolean(),
    /** Province codes an operator reaches; empty with allProvinces for all. */
    operatorProvinces: p.array().default([]),
    allProvinces: p.boolean(),
    failedLogins: p.integer(),
    lockedUntil: p.datetime().nullable(),
    status: p.string().length(20).$type<'active' | 'disabled'>(),
    createdAt: p.datetime(),
  },
});

/** A refresh token, stored hashed. Tokens of one login form a family; reuse of a spent one revokes the family. */
export const RefreshToken = defineEntity({
  name: 'RefreshToken',
  tableName: 'refresh_token',
  properties: {
    id: p.uuid().primary(),
    account: () => p.manyToOne(Account),
    familyId: p.uuid().index(),
    tokenHash: p.string().length(64).unique(),
    createdAt: p.datetime(),
    expiresAt: p.datetime(),
    usedAt: p.datetime().nullable(),
    revokedAt: p.datetime().nullable(),
  },
});

export type AccountRow = InferEntity<typeof Account>;
export type RefreshTokenRow = InferEntity<typeof RefreshToken>;
