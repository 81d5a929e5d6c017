import type { RouteLocationNormalized, RouteLocationRaw } from 'vue-router';
import type { useSessionStore } from '../stores/session.ts';

type Session = Pick<
  ReturnType<typeof useSessionStore>,
  'isSignedIn' | 'isOperator' | 'isLinkageOffice' | 'canReadDashboard' | 'tenantCode' | 'loadMe'
>;

/** Where a signed-in person starts: operators at the console, county staff at their tenant's home. */
export function startOf(session: Session): RouteLocationRaw {
  if (session.isOperator) return { name: 'console' };
  if (session.tenantCode) return { name: 'home', params: { tenant: session.tenantCode } };
  return { name: 'login' };
}

/**
 * Decides where a navigation may go. County staff stay inside their own tenant:
 * a link to another tenant's page lands on their own home instead.
 */
export async function guard(to: RouteLocationNormalized, session: Session): Promise<true | RouteLocationRaw> {
  if (to.meta.isPublic) return true;
  if (!session.isSignedIn) {
    try {
      await session.loadMe();
    } catch {
      // An unreadable session is the same as none: sign in again.
    }
    if (!session.isSignedIn) {
      return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
    }
  }
  if (to.name === 'start') return startOf(session);
  if (to.meta.isOperatorOnly && !session.isOperator) return startOf(session);
  const tenant = to.params.tenant;
  if (typeof tenant === 'string' && !session.isOperator && tenant !== session.tenantCode) {
    return startOf(session);
  }
  if (to.meta.isLinkageOfficeOnly && !session.isLinkageOffice) return startOf(session);
  if (to.meta.isDashboardReaderOnly && !session.canReadDashboard) return startOf(session);
  return true;
}
