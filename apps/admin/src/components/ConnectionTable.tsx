import { Button, Group, Text } from '@mantine/core';
import { DataTable, type DataTableColumn, type DataTableSortStatus } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Cursor pagination state for a Relay connection: `variables` go into the query (`first`, `after`),
 * `next(endCursor)` / `previous()` walk a stack of cursors, `reset()` returns to page 1 (call it when a
 * filter changes).
 */
export function useCursorPagination(pageSize = 20) {
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1] ?? null;
  const next = useCallback((endCursor: string | null | undefined) => {
    if (endCursor) setCursors((stack) => [...stack, endCursor]);
  }, []);
  const previous = useCallback(() => {
    setCursors((stack) => (stack.length > 1 ? stack.slice(0, -1) : stack));
  }, []);
  const reset = useCallback(() => {
    setCursors([null]);
  }, []);
  return {
    page: cursors.length,
    variables: { first: pageSize, after },
    pageSize,
    next,
    previous,
    reset,
  };
}

export type CursorPagination = ReturnType<typeof useCursorPagination>;

/** Sorts the loaded rows by a column accessor (strings with the UI language's collation). */
export function useSortedRecords<T>(
  records: readonly T[],
  initial: DataTableSortStatus<T>,
  valueOf: (record: T, column: string) => string | number | null | undefined,
  locale: string,
) {
  const [sortStatus, setSortStatus] = useState<DataTableSortStatus<T>>(initial);
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    const list = [...records];
    list.sort((a, b) => {
      const x = valueOf(a, sortStatus.columnAccessor as string);
      const y = valueOf(b, sortStatus.columnAccessor as string);
      if (x == null && y == null) return 0;
      if (x == null) return 1;
      if (y == null) return -1;
      const order =
        typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(`${x}`, `${y}`);
      return sortStatus.direction === 'asc' ? order : -order;
    });
    return list;
  }, [records, sortStatus, valueOf, locale]);
  return { sorted, sortStatus, setSortStatus };
}

/**
 * The admin's table over a cursor connection (mantine-datatable): sortable columns, a caption for
 * screen readers, an empty text, and previous/next page buttons with the page number and total.
 * Filters live above the table and feed the query's `filter`; call `pagination.reset()` when they change.
 */
export function ConnectionTable<T>({
  caption,
  records,
  columns,
  idAccessor,
  fetching,
  totalCount,
  hasNextPage,
  endCursor,
  pagination,
  sortStatus,
  onSortStatusChange,
  noRecordsText,
}: {
  caption: string;
  records: T[];
  columns: DataTableColumn<T>[];
  idAccessor: keyof T & string;
  fetching: boolean;
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null | undefined;
  pagination: CursorPagination;
  /** From useSortedRecords (rows of the loaded page) or server-side sorting state. */
  sortStatus: DataTableSortStatus<T>;
  onSortStatusChange: (status: DataTableSortStatus<T>) => void;
  noRecordsText?: string;
}) {
  const { t } = useTranslation();
  return (
    <div>
      <DataTable<T>
        aria-label={caption}
        withTableBorder
        borderRadius="sm"
        striped
        highlightOnHover
        verticalSpacing="sm"
        minHeight={records.length === 0 ? 160 : undefined}
        records={records}
        columns={columns}
        idAccessor={idAccessor}
        fetching={fetching}
        noRecordsText={noRecordsText ?? t('states.empty')}
        sortStatus={sortStatus}
        onSortStatusChange={onSortStatusChange}
        loaderType="dots"
      />
      <Group justify="space-between" mt="sm" wrap="wrap">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('table.page', { page: pagination.page })} · {t('table.total', { count: totalCount })}
        </Text>
        <Group gap="xs">
          <Button
            variant="default"
            size="sm"
            disabled={pagination.page <= 1 || fetching}
            onClick={pagination.previous}
          >
            {t('table.previous')}
          </Button>
          <Button
            variant="default"
            size="sm"
            disabled={!hasNextPage || fetching}
            onClick={() => {
              pagination.next(endCursor);
            }}
          >
            {t('table.next')}
          </Button>
        </Group>
      </Group>
    </div>
  );
}
