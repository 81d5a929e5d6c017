import { beforeEach, describe, expect, it } from 'vitest';
import { setSessionEndedListener } from '../api/client.ts';
import { readTokens, writeTokens } from '../api/tokens.ts';
import { appPlugins, json, stubFetch } from '../test/mount-helpers.ts';
import { useSessionStore } from './session.ts';

const me = {
  id: '00000000-0000-4000-8000-000000000001',
  username: 'xuyi-staff',
  displayName: '工作人员',
  isOperator: false,
  provinces: [],
  tenant: { code: 'xuyi', name: '盱眙县' },
  role: 'staff',
  unitId: null,
};
const expired = {
  error: { code: 'AUTH_TOKEN_EXPIRED', message: 'expired', messageZh: '已过期' },
  requestId: 'r',
};

describe('useSessionStore', () => {
  beforeEach(() => {
    localStorage.clear();
    appPlugins();
  });

  it('signs in, keeps the tokens and knows who I am', async () => {
    stubFetch((request) =>
      request.url.endsWith('/api/auth/login')
        ? json(200, { accessToken: 'a1', refreshToken: 'r1', expiresIn: 900 })
        : json(200, me),
    );
    const session = useSessionStore();
    await session.login({ username: 'xuyi-staff', password: 'secret-password' });
    expect(readTokens()).toEqual({ accessToken: 'a1', refreshToken: 'r1' });
    expect(session.tenantCode).toBe('xuyi');
    expect(session.isLinkageOffice).toBe(false);
  });

  it('renews an expired access token once and retries the call with the new one', async () => {
    writeTokens({ accessToken: 'old', refreshToken: 'r1' });
    const calls = stubFetch(async (request) => {
      if (request.url.endsWith('/api/auth/refresh')) {
        expect(await request.json()).toEqual({ refreshToken: 'r1' });
        return json(200, { accessToken: 'new', refreshToken: 'r2', expiresIn: 900 });
      }
      return request.headers.get('authorization') === 'Bearer new' ? json(200, me) : json(401, expired);
    });
    const session = useSessionStore();
    await session.loadMe();
    expect(session.me?.username).toBe('xuyi-staff');
    expect(readTokens()).toEqual({ accessToken: 'new', refreshToken: 'r2' });
    expect(calls.filter((call) => call.url.endsWith('/api/auth/refresh'))).toHaveLength(1);
  });

  it('ends the session and says why when the refresh token is refused', async () => {
    writeTokens({ accessToken: 'old', refreshToken: 'spent' });
    stubFetch((request) =>
      request.url.endsWith('/api/auth/refresh')
        ? json(401, { error: { code: 'AUTH_REFRESH_INVALID', message: 'x', messageZh: 'x' }, requestId: 'r' })
        : json(401, expired),
    );
    const session = useSessionStore();
    setSessionEndedListener(() => session.expire());
    await expect(session.loadMe()).rejects.toMatchObject({ code: 'AUTH_TOKEN_EXPIRED' });
    expect(session.signOutReason).toBe('expired');
    expect(readTokens()).toBeNull();
  });

  it('signs out locally even when the server cannot be reached', async () => {
    writeTokens({ accessToken: 'a', refreshToken: 'r' });
    stubFetch(() => {
      throw new TypeError('offline');
    });
    const session = useSessionStore();
    await session.logout();
    expect(readTokens()).toBeNull();
    expect(session.signOutReason).toBe('logout');
  });
});
