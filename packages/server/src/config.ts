import { z } from 'zod';
import { parseCidr } from './modules/notifications/webhook-destination.ts';

const DEV_JWT_SECRET = 'liandong-development-secret-change-me-in-production';
const DEV_APP_PASSWORD = 'liandong-app-dev';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_URL: z.url().optional(),
  DATABASE_APP_URL: z.url().optional(),
  DATABASE_APP_PASSWORD: z.string().min(8).optional(),
  LIANDONG_DATA_DIR: z.string().default('.data'),
  LIANDONG_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  JWT_SECRET: z.string().min(32).optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(30).max(86_400).default(900),
  REFRESH_TOKEN_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(300)
    .default(30 * 86_400),
  LIANDONG_DEMO_PASSWORD: z.string().min(8).default('liandong-demo'),
  LIANDONG_SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** Private networks webhooks may reach: unset (public addresses only), `all`, or CIDRs `10.0.0.0/8,…`. */
  LIANDONG_WEBHOOK_PRIVATE_NETWORKS: z.string().default(''),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** The server's settings, read once from the environment. */
export interface Config {
  readonly isProduction: boolean;
  readonly port: number;
  readonly host: string;
  /** Owner connection (runs migrations); unset → embedded PostgreSQL. */
  readonly databaseUrl: string | undefined;
  /** Application-role connection; derived from databaseUrl when unset. */
  readonly databaseAppUrl: string | undefined;
  readonly databaseAppPassword: string;
  readonly dataDir: string;
  readonly embeddedPgPort: number;
  readonly jwtSecret: string;
  readonly accessTokenTtlSeconds: number;
  readonly refreshTokenTtlSeconds: number;
  readonly demoPassword: string;
  readonly seedDemo: boolean;
  readonly logLevel: string;
  /** Private networks webhooks may reach besides public addresses. */
  readonly webhookPrivateNetworks: 'all' | readonly string[];
}

/** Thrown when the environment is unusable; main prints its message without a stack. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

function privateNetworks(raw: string): 'all' | string[] {
  if (raw.trim() === 'all') return 'all';
  const cidrs = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const wrong = cidrs.filter((cidr) => parseCidr(cidr) === undefined);
  if (wrong.length > 0) {
    throw new ConfigError(
      `invalid environment:\n  LIANDONG_WEBHOOK_PRIVATE_NETWORKS: not a CIDR: ${wrong.join(', ')} (e.g. 10.0.0.0/8, or all)`,
    );
  }
  return cidrs;
}

/** Reads and checks the environment. Production refuses the development defaults for secrets. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid environment:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction) {
    const missing = [
      e.JWT_SECRET ? undefined : 'JWT_SECRET',
      e.DATABASE_URL ? undefined : 'DATABASE_URL',
      e.DATABASE_APP_PASSWORD || e.DATABASE_APP_URL ? undefined : 'DATABASE_APP_PASSWORD',
    ].filter((name) => name !== undefined);
    if (missing.length > 0) {
      throw new ConfigError(
        `production mode needs ${missing.join(', ')} set: development defaults are refused`,
      );
    }
  }
  return {
    isProduction,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    databaseAppUrl: e.DATABASE_APP_URL,
    databaseAppPassword: e.DATABASE_APP_PASSWORD ?? DEV_APP_PASSWORD,
    dataDir: e.LIANDONG_DATA_DIR,
    embeddedPgPort: e.LIANDONG_PG_PORT,
    jwtSecret: e.JWT_SECRET ?? DEV_JWT_SECRET,
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: e.REFRESH_TOKEN_TTL_SECONDS,
    demoPassword: e.LIANDONG_DEMO_PASSWORD,
    seedDemo: e.LIANDONG_SEED_DEMO === 'true',
    logLevel: e.LOG_LEVEL,
    webhookPrivateNetworks: privateNetworks(e.LIANDONG_WEBHOOK_PRIVATE_NETWORKS),
  };
}
