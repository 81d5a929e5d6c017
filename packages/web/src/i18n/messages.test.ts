import { describe, expect, it } from 'vitest';
import { createAppI18n } from './index.ts';

describe('the messages', () => {
  it('print a literal | where one is meant (a bare | would split the message into plural forms)', () => {
    const zh = createAppI18n('zh-CN').global;
    expect(zh.t('taskList.importHint')).toContain('重点任务 | 具体措施 | 完成时限 | 责任单位 | 进展情况');
    const en = createAppI18n('en').global;
    expect(en.t('taskList.importHint')).toContain('key task | measure | deadline');
  });
});
