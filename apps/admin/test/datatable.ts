/**
 * mantine-datatable renders a cell only when its column's media query matches, and a column without
 * one asks matchMedia(''); test/setup.ts answers every query with `matches: false`, which hides every
 * cell. Call this in a spec (beforeAll) to let queries without a condition match.
 */
export function showTableCellsInJsdom(): void {
  const original = window.matchMedia.bind(window);
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => {
      const list = original(query);
      Object.defineProperty(list, 'matches', { value: query.trim() === '' });
      return list;
    },
  });
}
