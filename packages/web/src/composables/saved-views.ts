/** A named set of list filters a person keeps on this device (保存的筛选). */
export interface SavedView<F> {
  readonly name: string;
  readonly filters: F;
}

export function readSavedViews<F>(key: string): SavedView<F>[] {
  try {
    const parsed: unknown = JSON.parse(globalThis.localStorage?.getItem(key) ?? '[]');
    return Array.isArray(parsed) ? (parsed as SavedView<F>[]) : [];
  } catch {
    return [];
  }
}

export function writeSavedViews<F>(key: string, views: readonly SavedView<F>[]): void {
  globalThis.localStorage?.setItem(key, JSON.stringify(views));
}
