/** A field of PostgreSQL's COPY text format as its value (null for \N). */
export function unescapeCopy(field: string): string | null {
  if (field === '\\N') return null;
  if (!field.includes('\\')) return field;
  return field.replace(/\\(.)/g, (_, char: string) => {
    switch (char) {
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      default:
        return char;
    }
  });
}

/** `2026-01-05 02:00:00.12+00` (a session in UTC) → `2026-01-05T02:00:00.120000Z`, as the chain hashes it. */
export function utcIsoMicros(timestamp: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2})(?:\.(\d+))?\+00$/.exec(timestamp);
  if (!match) throw new Error(`unexpected timestamp "${timestamp}" (is the session in UTC?)`);
  return `${match[1]}T${match[2]}.${(match[3] ?? '').padEnd(6, '0')}Z`;
}
