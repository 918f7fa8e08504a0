import { Alert, Badge, Button, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadJson, loadPtvExport, type PtvExportResult, type PtvIssue } from './ptvExport';

const KNOWN_ERRORS = ['NOT_PUBLIC', 'FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'];

/** The PTV field a report line names, in words where the admin knows it, else its path. */
function useFieldName() {
  const { t, i18n } = useTranslation('services');
  return (issue: PtvIssue) => {
    // Keys are the path with underscores (i18next reads dots as nesting).
    const key = issue.path
      .replace(/^serviceChannels\[\d+\]/, 'serviceChannels')
      .replaceAll('.', '_');
    const channel = /^serviceChannels\[(\d+)\]/.exec(issue.path)?.[1];
    const name = i18n.exists(`services:ptv.fields.${key}`)
      ? t(`ptv.fields.${key}` as 'ptv.fields.service')
      : issue.path;
    const place =
      channel === undefined ? '' : ` · ${t('ptv.location', { n: Number(channel) + 1 })}`;
    return `${name}${place}${issue.language ? ` (${issue.language})` : ''}`;
  };
}

function ReportTable({ report }: { report: PtvIssue[] }) {
  const { t } = useTranslation('services');
  const fieldName = useFieldName();
  return (
    <Table striped withTableBorder>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('ptv.columns.severity')}</Table.Th>
          <Table.Th>{t('ptv.columns.field')}</Table.Th>
          <Table.Th>{t('ptv.columns.problem')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {report.map((issue, index) => (
          <Table.Tr key={`${issue.path}-${issue.language ?? ''}-${issue.code}-${String(index)}`}>
            <Table.Td>
              <Badge color={issue.severity === 'error' ? 'red' : 'yellow'} variant="light">
                {t(`ptv.severity.${issue.severity}`)}
              </Badge>
            </Table.Td>
            <Table.Td>{fieldName(issue)}</Table.Td>
            <Table.Td>
              {t(`ptv.codes.${issue.code}`, {
                limit: issue.limit,
                actual: issue.actual,
                source: issue.source ?? '',
              })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/**
 * "PTV export" on a published service's page (issue 19): fetches GET /ptv/services/:id, shows the
 * limits report (what PTV would refuse, what the mapping lost) and downloads the JSON as sent.
 */
export function PtvExportAction({ serviceId }: { serviceId: string }) {
  const { t } = useTranslation('services');
  const [opened, setOpened] = useState(false);
  const [result, setResult] = useState<PtvExportResult | null>(null);

  const open = async () => {
    setOpened(true);
    setResult(null);
    setResult(await loadPtvExport(serviceId));
  };

  return (
    <>
      <Button variant="default" onClick={() => void open()}>
        {t('ptv.action')}
      </Button>
      <Modal
        opened={opened}
        onClose={() => {
          setOpened(false);
        }}
        title={t('ptv.title')}
        size="xl"
      >
        {result === null ? (
          <Group justify="center" p="lg">
            <Loader aria-label={t('ptv.loading')} />
          </Group>
        ) : !result.ok ? (
          <Alert color="red" variant="light" title={t('ptv.failed')}>
            {KNOWN_ERRORS.includes(result.code)
              ? t(`ptv.errors.${result.code}` as 'ptv.errors.NOT_PUBLIC')
              : result.message}
          </Alert>
        ) : (
          <Stack gap="md">
            <Text size="sm">{t('ptv.intro')}</Text>
            <Alert
              color={result.answer.counts.errors > 0 ? 'orange' : 'green'}
              variant="light"
              title={t('ptv.counts', result.answer.counts)}
            >
              {result.answer.counts.errors > 0 ? t('ptv.hasErrors') : t('ptv.noErrors')}
            </Alert>
            {result.answer.report.length > 0 && <ReportTable report={result.answer.report} />}
            <Group justify="flex-end">
              <Button
                onClick={() => {
                  downloadJson(result.json, result.fileName);
                }}
              >
                {t('ptv.download')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
