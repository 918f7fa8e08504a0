/** The first page's data block of a portal page's HTML (static-apps/first-page.ts), as written. */
export function firstPageData(html: string): Record<string, { data: string }> | null {
  const block = /<script type="application\/json" id="linja-first-page">([^<]*)<\/script>/.exec(
    html,
  );
  return block?.[1] ? (JSON.parse(block[1]) as Record<string, { data: string }>) : null;
}

/**
 * The answers in a portal page's HTML, parsed, or null without a data block. urql's operation keys
 * are numbers; the render's moment (`linja:renderedAt`) is not an answer.
 */
export function answersIn(html: string): Record<string, unknown>[] | null {
  const data = firstPageData(html);
  if (!data) return null;
  return Object.entries(data)
    .filter(([key]) => /^-?\d+$/.test(key))
    .map(([, result]) => JSON.parse(result.data) as Record<string, unknown>);
}
