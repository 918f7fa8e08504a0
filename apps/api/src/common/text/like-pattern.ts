/**
 * Makes LIKE's wildcards (and its escape character, backslash) match themselves. Prisma passes
 * `contains` to (I)LIKE unescaped, so a search for "%" or "_" would otherwise match everything.
 */
export function escapeLikePattern(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}
