import { useState } from 'react';

/**
 * The pages of a cursor-paginated list that a reader has opened: `null` is the first page, and
 * `more(endCursor)` adds the next. Each page is rendered by its own query (urql answers a page it has
 * seen from its cache), so "Load more" never fetches the earlier pages again.
 */
export function useCursorPages(): {
  cursors: (string | null)[];
  last: string | null;
  more: (cursor: string) => void;
} {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return {
    cursors,
    last: cursors.at(-1) ?? null,
    more: (cursor) => {
      setCursors((list) => (list.includes(cursor) ? list : [...list, cursor]));
    },
  };
}

/** The "Load more" button under a list, shown while the last page says there is a next one. */
export function LoadMoreButton({
  pageInfo,
  busy,
  label,
  onMore,
}: {
  pageInfo: { hasNextPage: boolean; endCursor: string | null } | undefined;
  busy: boolean;
  label: string;
  onMore: (cursor: string) => void;
}) {
  const cursor = pageInfo?.hasNextPage ? pageInfo.endCursor : null;
  if (!cursor) return null;
  return (
    <p>
      <button
        type="button"
        className="button"
        disabled={busy}
        onClick={() => {
          onMore(cursor);
        }}
      >
        {label}
      </button>
    </p>
  );
}
