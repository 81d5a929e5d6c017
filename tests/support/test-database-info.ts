/** What global setup hands each test file about the run's PostgreSQL. */
export interface TestDatabaseInfo {
  readonly adminUrl: string;
  readonly kind: 'url' | 'testcontainers' | 'embedded';
}

export const TEMPLATE_DATABASE = 'liandong_test_template';
export const TEST_PASSWORDS = { owner: 'test-owner-pass', app: 'test-app-pass' } as const;

/** The same server and port, another database and user. */
export function withCredentials(url: string, database: string, user: string, password: string): string {
  const next = new URL(url);
  next.pathname = `/${database}`;
  next.username = user;
  next.password = password;
  return next.toString();
}
