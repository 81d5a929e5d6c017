/**
 * The catalogue of errors the API returns: a stable code, one HTTP status,
 * and a message in Chinese and English. Every error a user can cause is here.
 */
export const ERRORS = {
  VALIDATION_FAILED: { status: 400, en: 'The request is invalid.', zh: '请求内容不符合要求。' },
  MALFORMED_JSON: { status: 400, en: 'The request body is not valid JSON.', zh: '请求内容不是有效的 JSON。' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    en: 'Send the body as application/json.',
    zh: '请以 application/json 格式提交。',
  },
  BODY_TOO_LARGE: { status: 413, en: 'The request body is too large.', zh: '请求内容过大。' },
  AUTH_REQUIRED: { status: 401, en: 'Sign in to continue.', zh: '请先登录。' },
  AUTH_INVALID_CREDENTIALS: { status: 401, en: 'Wrong username or password.', zh: '用户名或密码错误。' },
  AUTH_ACCOUNT_LOCKED: {
    status: 423,
    en: 'Too many failed sign-ins: the account is locked for a while.',
    zh: '登录失败次数过多，账号已暂时锁定。',
  },
  AUTH_ACCOUNT_DISABLED: { status: 403, en: 'This account is disabled.', zh: '该账号已停用。' },
  AUTH_TOKEN_INVALID: {
    status: 401,
    en: 'The session is not valid; sign in again.',
    zh: '登录状态无效，请重新登录。',
  },
  AUTH_TOKEN_EXPIRED: {
    status: 401,
    en: 'The session has expired; sign in again.',
    zh: '登录已过期，请重新登录。',
  },
  AUTH_REFRESH_INVALID: {
    status: 401,
    en: 'The refresh token is not valid; sign in again.',
    zh: '刷新令牌无效，请重新登录。',
  },
  FORBIDDEN: { status: 403, en: 'Your role does not allow this.', zh: '您的角色无权执行此操作。' },
  PROVINCE_NOT_ALLOWED: {
    status: 403,
    en: 'You may onboard tenants only in your own provinces.',
    zh: '您只能为所辖省份开通租户。',
  },
  NOT_FOUND: { status: 404, en: 'Not found.', zh: '未找到。' },
  PLUGIN_NOT_FOUND: { status: 404, en: 'No such plugin is installed.', zh: '未安装该插件。' },
  PLUGIN_UNKNOWN: { status: 400, en: 'No such plugin is installed.', zh: '未安装该插件。' },
  PLUGIN_INVALID: {
    status: 409,
    en: 'The plugin failed validation and cannot be used.',
    zh: '该插件未通过校验，无法使用。',
  },
  PLUGIN_VERSION_MISMATCH: {
    status: 409,
    en: 'Another version of the plugin is installed than the one asked for; review the changes again.',
    zh: '已安装的插件版本与请求的版本不一致，请重新查看变更。',
  },
  PLUGIN_NOT_NEWER: {
    status: 409,
    en: 'The installed plugin version is not newer than the tenant’s.',
    zh: '已安装的插件版本不高于该租户当前版本。',
  },
  JURISDICTION_INCOMPLETE: {
    status: 400,
    en: 'The plugin does not say where the jurisdiction is; give its division code.',
    zh: '该插件未指定辖区，请填写行政区划代码。',
  },
  TENANT_CODE_TAKEN: {
    status: 409,
    en: 'A tenant with this code already exists with other settings.',
    zh: '该租户代码已被使用。',
  },
  USERNAME_TAKEN: { status: 409, en: 'This username is taken.', zh: '该用户名已被使用。' },
  RATE_LIMITED: { status: 429, en: 'Too many requests; try again later.', zh: '请求过于频繁，请稍后再试。' },
  ADMIN_UNIT_KEY_TAKEN: { status: 409, en: 'Another unit already has this key.', zh: '已有单位使用该标识。' },
  ADMIN_UNIT_RETIRED: {
    status: 409,
    en: 'The unit is retired; choose an active unit.',
    zh: '该单位已撤销，请选择在用单位。',
  },
  ADMIN_SELF_CHANGE: {
    status: 409,
    en: 'You cannot change your own role or disable yourself.',
    zh: '不能修改自己的角色或停用自己。',
  },
  CALENDAR_INVALID_NOTICE: {
    status: 400,
    en: 'The holiday notice is invalid.',
    zh: '节假日通知内容不符合要求。',
  },
  CALENDAR_INVALID_LOCAL_DAY: {
    status: 400,
    en: 'The local day is invalid.',
    zh: '本地休息日或工作日不符合要求。',
  },
  CALENDAR_DAY_TAKEN: {
    status: 409,
    en: 'This date already has a local day.',
    zh: '该日期已设置本地休息日或工作日。',
  },
  WEBHOOK_URL_INVALID: {
    status: 400,
    en: 'The webhook address must be an http or https URL.',
    zh: '回调地址必须是 http 或 https 网址。',
  },
  OVERSIGHT_GRANT_INVALID: {
    status: 400,
    en: 'A tenant cannot be granted oversight of itself.',
    zh: '不能授予租户对自身的监督权限。',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    en: 'The database is unavailable; try again shortly.',
    zh: '数据库暂时不可用，请稍后再试。',
  },
  TASK_TEMPLATE_UNKNOWN: {
    status: 400,
    en: 'The tenant has no task-list template with this key.',
    zh: '没有该任务清单模板。',
  },
  TASK_UNIT_UNKNOWN: {
    status: 400,
    en: 'A unit named here is not a unit of the tenant.',
    zh: '所列单位不是本辖区的单位。',
  },
  TASK_DEADLINE_INVALID: { status: 400, en: 'The deadline cannot be computed.', zh: '完成时限无法计算。' },
  TASK_NOT_RESPONSIBLE: {
    status: 403,
    en: 'Only a responsible unit of the measure may report its progress.',
    zh: '只有该措施的责任单位可以报送进展情况。',
  },
  TASK_IMPORT_INVALID: {
    status: 400,
    en: 'The spreadsheet has errors; nothing was imported.',
    zh: '表格存在错误，未导入任何内容。',
  },
  TASK_LIST_READ_ONLY: {
    status: 409,
    en: 'Meeting decisions are edited from their meeting.',
    zh: '会议决议请在会议中编辑。',
  },
  MEETING_SERIES_UNKNOWN: {
    status: 400,
    en: 'The tenant has no meeting series with this key.',
    zh: '没有该会议类型。',
  },
  MEETING_NOT_REQUESTABLE: {
    status: 409,
    en: 'Units may not ask for a meeting of this series.',
    zh: '成员单位不能申请召开此类会议。',
  },
  MEETING_STATE_CONFLICT: {
    status: 409,
    en: 'The meeting is not in a state that allows this.',
    zh: '会议当前状态不允许此操作。',
  },
  MEETING_NOT_ATTENDING_UNIT: {
    status: 403,
    en: 'Only a unit of the tenant may propose agenda items, for itself.',
    zh: '只能以本单位名义提出议题。',
  },
  MATTER_RULE_UNKNOWN: {
    status: 400,
    en: 'The tenant has no such matter rule.',
    zh: '本辖区没有该事项规则。',
  },
  MATTER_UNIT_NOT_ALLOWED: {
    status: 400,
    en: 'The rule does not allow this unit here.',
    zh: '该规则不允许此单位。',
  },
  MATTER_URGENT_INVALID: {
    status: 400,
    en: 'The urgent period is not allowed by the rules.',
    zh: '加急期限不符合规则。',
  },
  MATTER_START_DATE_REQUIRED: {
    status: 400,
    en: 'The rule starts a clock on a date you must give.',
    zh: '该规则的计时起点需要填写日期。',
  },
  MATTER_NOT_YOUR_SIDE: {
    status: 403,
    en: 'Only the other side of this matter (or the linkage office) may do this.',
    zh: '只有该事项的相应一方（或联动办公室）可以执行此操作。',
  },
  MATTER_ILLEGAL_TRANSITION: {
    status: 409,
    en: 'This action is not allowed in the matter’s current state.',
    zh: '事项当前状态下不允许此操作。',
  },
  MATTER_VERSION_CONFLICT: {
    status: 409,
    en: 'Someone changed this matter meanwhile; reload it and try again.',
    zh: '该事项已被他人修改，请刷新后重试。',
  },
  MATTER_CLOCK_INVALID: {
    status: 409,
    en: 'The clock cannot do this now.',
    zh: '该计时当前不能执行此操作。',
  },
  MATTER_ESCALATION_UNKNOWN: {
    status: 400,
    en: 'The rule has no such escalation step.',
    zh: '该规则没有此督办步骤。',
  },
  MATTER_ESCALATION_NOT_DUE: {
    status: 409,
    en: 'Nothing is overdue on this matter, so it cannot be escalated.',
    zh: '该事项没有逾期，不能督办。',
  },
  MATTER_ESCALATION_TAKEN: {
    status: 409,
    en: 'This escalation step (or its alternative) was already taken.',
    zh: '该督办步骤（或其替代步骤）已执行。',
  },
  MATTER_IDEMPOTENCY_MISMATCH: {
    status: 422,
    en: 'This Idempotency-Key was used with a different request.',
    zh: '该幂等键已用于不同的请求。',
  },
  MATTER_ATTACHMENT_TOO_LARGE: {
    status: 413,
    en: 'The file is larger than 10 MiB.',
    zh: '文件超过 10 MiB。',
  },
  MATTER_ATTACHMENT_TYPE: {
    status: 415,
    en: 'Only PDF, PNG, JPEG, DOCX/XLSX and plain text files are accepted.',
    zh: '仅接受 PDF、PNG、JPEG、DOCX/XLSX 和纯文本文件。',
  },
  INTERNAL: { status: 500, en: 'Something went wrong on our side.', zh: '服务器内部错误。' },
} as const satisfies Record<string, { status: number; en: string; zh: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** A problem with one field of the input. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** An error the API reports to the caller as `{ error: { code, message, messageZh, fields? } }`. */
export class AppError extends Error {
  override readonly name = 'AppError';
  readonly code: ErrorCode;
  readonly status: number;
  readonly fields: readonly FieldProblem[] | undefined;
  readonly details: Readonly<Record<string, unknown>> | undefined;

  constructor(
    code: ErrorCode,
    options: { message?: string; fields?: readonly FieldProblem[]; details?: Record<string, unknown> } = {},
  ) {
    super(options.message ?? ERRORS[code].en);
    this.code = code;
    this.status = ERRORS[code].status;
    this.fields = options.fields;
    this.details = options.details;
  }
}

/** The JSON body of an error response. */
export interface ErrorBody {
  readonly error: {
    readonly code: ErrorCode;
    readonly message: string;
    readonly messageZh: string;
    readonly fields?: readonly FieldProblem[];
    readonly details?: Readonly<Record<string, unknown>>;
  };
  readonly requestId: string;
}

export function errorBody(error: AppError, requestId: string): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      messageZh: ERRORS[error.code].zh,
      ...(error.fields ? { fields: error.fields } : {}),
      ...(error.details ? { details: error.details } : {}),
    },
    requestId,
  };
}
