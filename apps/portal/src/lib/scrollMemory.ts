/**
 * Where the reader was on a page they left by a link, so the back bar (components/BackLink.tsx)
 * returns them there — to the results they were reading, not the top of the list — as the browser's
 * own Back would if the visit were not kept in one history entry (lib/singleEntryHistory.tsx).
 * Memory only: a reload or a new visit starts at the top, and nothing about it is stored.
 */
const MAX_REMEMBERED = 20;

/** Scroll offsets of pages left forward, by their address (path + query). */
const offsets = new Map<string, number>();
/** The return the back bar asked for, taken by the page it leads to. */
let pending: { to: string; y: number; from: string } | null = null;

function pathOf(href: string): string {
  return href.split('?')[0] ?? href;
}

/** Remembers how far down `href` the reader is as they leave it by a link. */
export function rememberScroll(href: string, y: number): void {
  offsets.delete(href);
  offsets.set(href, y);
  if (offsets.size > MAX_REMEMBERED) {
    const oldest = offsets.keys().next().value;
    if (oldest !== undefined) offsets.delete(oldest);
  }
}

/** The back bar goes from `from` to `to`: restore `to`'s remembered offset when it shows. */
export function requestScrollRestore(to: string, from: string): void {
  const y = offsets.get(to);
  pending = y === undefined ? null : { to, y, from };
}

/**
 * Takes the pending return if it is for the page now shown (its path): the offset to scroll to and
 * the address of the page the reader came back from (its link on this page gets the focus).
 */
export function takeScrollRestore(path: string): { y: number; from: string } | null {
  const restore = pending && pathOf(pending.to) === path ? pending : null;
  pending = null;
  return restore ? { y: restore.y, from: restore.from } : null;
}
