import { Alert, Badge, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/urql/errors';
import { type ImportRun, ServiceImportRunQuery } from './service-import.documents';

/** How often a running import is asked for its progress. */
export const RUN_POLL_MS = 1000;

const isFinal = (run: ImportRun | undefined) => run?.status === 'DONE' || run?.status === 'FAILED';

/**
 * A large import's background run (serviceImportRun): polled until it ends, with a progress bar,
 * then the final counts and the skipped rows, or why it stopped.
 */
export function ImportRunProgress({ runId }: { runId: string }) {
  const { t, i18n } = useTranslation('serviceImport');
  const language = currentLanguage(i18n);
  const [result, reexecute] = useQuery({
    query: ServiceImportRunQuery,
    variables: { id: runId, language },
    requestPolicy: 'network-only',
  });
  const run = result.data?.serviceImportRun;
  const final = isFinal(run);

  useEffect(() => {
    if (final || result.fetching) return;
    const timer = setTimeout(() => {
      reexecute({ requestPolicy: 'network-only' });
    }, RUN_POLL_MS);
    return () => {
      clearTimeout(timer);
    };
  }, [final, result.fetching, result.data, reexecute]);

  if (result.error && !run) {
    return (
      <Alert color="red" role="alert">
        {t('run.loadFailed', { detail: errorMessage(result.error) ?? '' })}
      </Alert>
    );
  }
  if (!run) return <Text size="sm">{t('checking')}</Text>;
  const percent = run.total > 0 ? Math.round((run.done / run.total) * 100) : 0;

  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge color={run.status === 'FAILED' ? 'red' : run.status === 'DONE' ? 'green' : 'blue'}>
          {t(`run.status.${run.status}`)}
        </Badge>
        <Text size="sm">{t('run.progress', { done: run.done, total: run.total })}</Text>
      </Group>
      <Progress
        value={percent}
        aria-label={t('run.progressLabel')}
        aria-valuetext={t('run.progress', { done: run.done, total: run.total })}
        animated={!final}
      />
      <div role="status" aria-live="polite">
        {!final && <Text size="sm">{t('run.queued')}</Text>}
        {run.status === 'DONE' && (
          <Alert color="green">
            {t('run.done', {
              created: run.created,
              updated: run.updated,
              unchanged: run.unchanged,
              errors: run.errors,
            })}
          </Alert>
        )}
      </div>
      {run.status === 'FAILED' && (
        <Alert color="red" role="alert">
          {t('run.failed', { reason: run.failureReason ?? '' })}
        </Alert>
      )}
      {final && run.errorRows.length > 0 && (
        <Table>
          <Table.Caption>{t('run.errorRows')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('columns.line')}</Table.Th>
              <Table.Th>{t('columns.externalId')}</Table.Th>
              <Table.Th>{t('columns.issues')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {run.errorRows.map((row) => (
              <Table.Tr key={`${row.line}:${row.externalId}`}>
                <Table.Td>{row.line}</Table.Td>
                <Table.Td>{row.externalId}</Table.Td>
                <Table.Td>
                  {row.issues
                    .map((issue) => `${issue.column || t('wholeRow')}: ${issue.message}`)
                    .join(' · ')}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
