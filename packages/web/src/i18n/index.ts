import { createI18n } from 'vue-i18n';
import { en } from './en.ts';
import { type Messages, zhCN } from './zh-CN.ts';

export type Locale = 'zh-CN' | 'en';
const KEY = 'liandong.locale';

function initialLocale(): Locale {
  return globalThis.localStorage?.getItem(KEY) === 'en' ? 'en' : 'zh-CN';
}

/** zh-CN first; English for the few who need it. */
export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n<[Messages], Locale, false>({
    legacy: false,
    locale,
    fallbackLocale: 'zh-CN',
    messages: { 'zh-CN': zhCN, en },
  });
}

export const i18n = createAppI18n();

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  globalThis.localStorage?.setItem(KEY, locale);
  document.documentElement.lang = locale;
}
