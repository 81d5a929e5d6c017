/** A TypeScript single-quoted string literal, as Biome formats them, for any text. */
export function tsString(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
  return `'${escaped}'`;
}

/** Joins template lines and ends the file with one newline. */
export function lines(...parts: readonly string[]): string {
  return `${parts.join('\n')}\n`;
}
