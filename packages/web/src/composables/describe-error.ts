import type { ApiError } from '../api/errors.ts';

type Translate = (key: string, values?: Record<string, unknown>) => string;

/** One sentence that tells the person what happened and what to do — never a raw object. */
export function describeError(error: ApiError, t: Translate, locale: string): string {
  if (error.code === 'NETWORK') return t('errors.network');
  if (error.code === 'AUTH_ACCOUNT_LOCKED') {
    const until = error.details.lockedUntil;
    if (typeof until !== 'string') return t('login.lockedNoTime');
    const time = new Date(until).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone: 'Asia/Shanghai',
      hour12: false,
    });
    return t('login.locked', { time });
  }
  if (error.code === 'AUTH_INVALID_CREDENTIALS') return t('login.failed');
  if (error.code === 'VALIDATION_FAILED' && Object.keys(error.fields).length > 0)
    return t('errors.validation');
  const server = locale === 'en' ? error.message : error.messageZh;
  const base =
    server && !server.startsWith('HTTP ')
      ? server
      : error.status === 403
        ? t('errors.forbidden')
        : error.status === 404
          ? t('errors.notFound')
          : t('errors.generic');
  return error.requestId && error.status >= 500
    ? `${base} ${t('errors.requestId', { id: error.requestId })}`
    : base;
}

/**
 * A server field message in the reader's language: the server writes field
 * messages in English, so Chinese readers get the error code's Chinese
 * sentence, or a plain hint for a schema check.
 */
export function describeFieldError(
  error: ApiError,
  serverMessage: string,
  t: Translate,
  locale: string,
): string {
  if (locale === 'en') return serverMessage;
  return error.code !== 'VALIDATION_FAILED' && error.messageZh ? error.messageZh : t('errors.fieldInvalid');
}
