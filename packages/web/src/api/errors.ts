/** The API's error body: `{ error: { code, message, messageZh, fields?, details? }, requestId }`. */
export interface ApiErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly messageZh: string;
    readonly fields?: readonly { readonly path: string; readonly message: string }[];
    readonly details?: Record<string, unknown>;
  };
  readonly requestId?: string;
}

/** A failed call, in words a person can act on; never shown as a raw object. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly messageZh: string;
  /** Field messages keyed by the form path (`admin.username`), the `body.` prefix removed. */
  readonly fields: Readonly<Record<string, string>>;
  readonly details: Readonly<Record<string, unknown>>;
  readonly requestId: string | undefined;

  constructor(status: number, body: ApiErrorBody | undefined) {
    super(body?.error.message ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = body?.error.code ?? (status === 0 ? 'NETWORK' : `HTTP_${status}`);
    this.messageZh = body?.error.messageZh ?? '';
    this.details = body?.error.details ?? {};
    this.requestId = body?.requestId;
    const fields: Record<string, string> = {};
    for (const field of body?.error.fields ?? []) {
      fields[field.path.replace(/^(body|query|params)\./, '')] = field.message;
    }
    this.fields = fields;
  }
}

export function isApiErrorBody(value: unknown): value is ApiErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return (
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
  );
}

/** Turns anything thrown by a call into an ApiError (network failures included). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, undefined);
}
