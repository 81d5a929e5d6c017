/** A user's text inside a LIKE pattern, matched literally: `%` and `_` are not wildcards to them. */
export function likeEscaped(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
