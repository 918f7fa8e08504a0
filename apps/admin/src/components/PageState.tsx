import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorCode, errorMessage } from '../lib/urql/errors';

/** A page or section still waiting for data: a spinner with a spoken label. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden="true" />
        <Text c="dimmed">{label ?? t('states.loading')}</Text>
      </Stack>
    </Center>
  );
}

/** Nothing to show yet, and what to do about it. */
export function EmptyState({
  title,
  text,
  action,
}: {
  title?: string;
  text?: ReactNode;
  action?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack
      align="center"
      gap="sm"
      py="xl"
      px="md"
      ta="center"
      style={{
        border: '1px dashed var(--mantine-color-gray-4)',
        borderRadius: 'var(--mantine-radius-md)',
      }}
    >
      {title && (
        <Title order={2} size="h4">
          {title}
        </Title>
      )}
      <Text c="dimmed">{text ?? t('states.empty')}</Text>
      {action}
    </Stack>
  );
}

/** A failed request: what went wrong in plain words, the API's detail, and a retry. */
export function ErrorState({ error, onRetry }: { error?: CombinedError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = errorCode(error);
  const text =
    code === 'FORBIDDEN'
      ? t('states.forbidden')
      : code === 'NOT_FOUND'
        ? t('states.notFound')
        : code === 'NETWORK'
          ? t('states.networkError')
          : t('states.error');
  // A refusal or a missing record is said in the reader's language; the API's own words (English,
  // naming a permission or an id) are for other errors only, where they help whoever is asked.
  const detail = code === 'FORBIDDEN' || code === 'NOT_FOUND' ? null : errorMessage(error);
  return (
    <Alert color="red" variant="light" role="alert" title={text}>
      <Stack gap="sm" align="flex-start">
        {detail && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {detail}
          </Text>
        )}
        {onRetry && code !== 'FORBIDDEN' && code !== 'NOT_FOUND' && (
          <Button variant="outline" color="red" onClick={onRetry}>
            {t('states.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

interface QueryLike<Data> {
  data?: Data | undefined;
  fetching: boolean;
  error?: CombinedError | undefined;
}

/**
 * The loading / error / empty / content switch every page uses for its main query:
 *
 *   <QueryState result={result} retry={refetch} isEmpty={(d) => d.services.totalCount === 0}
 *     empty={<EmptyState … />}>{(data) => <Table … />}</QueryState>
 *
 * Data already on screen stays while a refetch runs (no flashing spinner).
 */
export function QueryState<Data>({
  result,
  retry,
  isEmpty,
  empty,
  children,
}: {
  result: QueryLike<Data>;
  retry?: () => void;
  isEmpty?: (data: Data) => boolean;
  empty?: ReactNode;
  children: (data: Data) => ReactNode;
}) {
  if (result.data !== undefined && result.data !== null) {
    if (isEmpty?.(result.data)) return <>{empty ?? <EmptyState />}</>;
    return <>{children(result.data)}</>;
  }
  if (result.error) return <ErrorState error={result.error} onRetry={retry} />;
  return <LoadingState />;
}
