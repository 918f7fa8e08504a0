import { Alert, Anchor, Badge, Button, FileInput, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { Page } from '../../components/Page';
import { currentLanguage } from '../../lib/i18n';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import type { NetworkRef } from '../../lib/tenant/tenants';
import { errorCode, errorMessage } from '../../lib/urql/errors';
import { detectImportFormat, IMPORT_FORMATS, type ImportFormat } from './detect-format';
import { ImportRunProgress } from './ImportRunProgress';
import {
  CommitServiceImportMutation,
  type ImportReport,
  type ImportRow,
  PreviewServiceImportMutation,
  ServiceImportTemplateQuery,
} from './service-import.documents';

/** The API's limit (apps/api/src/service-import/formats/import-file.ts): checked here before sending. */
export const MAX_IMPORT_BYTES = 512 * 1024;

const OUTCOME_COLOR: Record<ImportRow['outcome'], string> = {
  CREATED: 'green',
  UPDATED: 'blue',
  UNCHANGED: 'gray',
  ERROR: 'red',
};

/** The file's bytes as base64 (what the API reads: it checks the encoding itself). */
function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => {
      reject(reader.error ?? new Error('read failed'));
    };
    reader.readAsDataURL(file);
  });
}

/** /o/:organizationId/services/import — the organisation's own import (its admins). */
export function ServiceImportPage() {
  const tenant = useOrganizationTenant();
  const { t } = useTranslation('serviceImport');
  return (
    <Page title={t('title')} description={t('description')}>
      <ServiceImport organizationId={tenant.organization.id} networks={tenant.networks} />
    </Page>
  );
}

/**
 * Choosing a file runs the dry run (previewServiceImport) and shows the report per row; the confirm
 * button applies exactly that preview (commitServiceImport with its token). Imported services are
 * drafts. Used by the organisation's page and by a coordinator's member page (on its behalf).
 */
export function ServiceImport({
  organizationId,
  networks,
}: {
  organizationId: string;
  networks: readonly NetworkRef[];
}) {
  const { t, i18n } = useTranslation('serviceImport');
  const language = currentLanguage(i18n);
  const [networkId, setNetworkId] = useState<string | null>(networks[0]?.id ?? null);
  const [file, setFile] = useState<File | null>(null);
  const [formatChoice, setFormatChoice] = useState<ImportFormat | 'AUTO'>('AUTO');
  const [textLanguage, setTextLanguage] = useState<'fi' | 'sv' | 'en' | 'AUTO'>('AUTO');
  const [format, setFormat] = useState<ImportFormat | null>(null);
  const [content, setContent] = useState<string | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [runId, setRunId] = useState<string | null>(null);
  const [template] = useQuery({ query: ServiceImportTemplateQuery });
  const [previewState, preview] = useMutation(PreviewServiceImportMutation);
  const [commitState, commit] = useMutation(CommitServiceImportMutation);

  const fileProblem = (error: CombinedError): string => {
    const extensions = error.graphQLErrors[0]?.extensions ?? {};
    const reason = typeof extensions.reason === 'string' ? extensions.reason : null;
    const columns = Array.isArray(extensions.columns) ? extensions.columns.join(', ') : '';
    const files = Array.isArray(extensions.files) ? extensions.files.join(', ') : '';
    const known = reason && reason in t('fileErrors', { returnObjects: true });
    return known
      ? t(`fileErrors.${reason as 'EMPTY'}`, { columns, files })
      : t('fileErrors.other', { detail: errorMessage(error) ?? '' });
  };

  /** What the API is told besides the file: the format (chosen or detected), HSDS's text language. */
  const fileOptions = (
    chosenFormat: ImportFormat,
    languageChoice = textLanguage,
  ): { format: ImportFormat; contentLanguage?: 'fi' | 'sv' | 'en' } => ({
    format: chosenFormat,
    ...(chosenFormat.startsWith('HSDS') && languageChoice !== 'AUTO'
      ? { contentLanguage: languageChoice }
      : {}),
  });

  const check = async (
    chosen: File | null,
    network = networkId,
    choice = formatChoice,
    languageChoice = textLanguage,
  ) => {
    setFile(chosen);
    setReport(null);
    setProblem(null);
    setDone(null);
    setRunId(null);
    setContent(null);
    setFormat(null);
    if (!chosen || !network) return;
    if (chosen.size > MAX_IMPORT_BYTES) {
      setProblem(t('fileErrors.FILE_TOO_LARGE'));
      return;
    }
    const base64 = await readAsBase64(chosen);
    const chosenFormat = choice === 'AUTO' ? detectImportFormat(chosen.name, base64) : choice;
    setFormat(chosenFormat);
    const result = await preview({
      input: {
        organizationId: organizationId,
        networkId: network,
        contentBase64: base64,
        ...fileOptions(chosenFormat, languageChoice),
        language,
      },
    });
    if (result.error || !result.data) {
      setProblem(result.error ? fileProblem(result.error) : t('fileErrors.other', { detail: '' }));
      return;
    }
    setContent(base64);
    setReport(result.data.previewServiceImport);
  };

  const confirm = async () => {
    if (!report || !content || !networkId || !format) return;
    const result = await commit({
      input: {
        organizationId: organizationId,
        networkId,
        contentBase64: content,
        ...fileOptions(format),
        language,
        previewToken: report.previewToken,
      },
    });
    if (result.error || !result.data) {
      setProblem(
        errorCode(result.error) === 'CONFLICT'
          ? t('conflict')
          : t('failed', { detail: errorMessage(result.error) ?? '' }),
      );
      return;
    }
    const applied = result.data.commitServiceImport;
    setReport(null);
    setContent(null);
    setFile(null);
    // A large file is committed by a background job: follow its run instead.
    if (applied.run) setRunId(applied.run.id);
    else setDone(t('done', { created: applied.created, updated: applied.updated }));
  };

  const toImport = report ? report.created + report.updated : 0;
  const templateHref = template.data
    ? `data:text/csv;charset=utf-8,${encodeURIComponent(template.data.serviceImportTemplate)}`
    : undefined;

  return (
    <Stack gap="md" maw={1100}>
      <Stack gap={4}>
        <Anchor href={templateHref} download="linja-service-import.csv" fw={600}>
          {t('template')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('templateHelp')}
        </Text>
      </Stack>
      {networks.length > 1 && (
        <Select
          label={t('network')}
          data={networks.map((network) => ({ value: network.id, label: network.name }))}
          value={networkId}
          allowDeselect={false}
          onChange={(value) => {
            setNetworkId(value);
            void check(file, value);
          }}
          w={360}
        />
      )}
      <Select
        label={t('format')}
        data={[
          { value: 'AUTO', label: t('formats.AUTO') },
          ...IMPORT_FORMATS.map((value) => ({ value, label: t(`formats.${value}`) })),
        ]}
        value={formatChoice}
        allowDeselect={false}
        onChange={(value) => {
          const next = value ?? 'AUTO';
          setFormatChoice(next);
          void check(file, networkId, next);
        }}
        w={360}
      />
      {(formatChoice.startsWith('HSDS') ||
        (formatChoice === 'AUTO' && format?.startsWith('HSDS'))) && (
        <Select
          label={t('textLanguage')}
          description={t('textLanguageHelp')}
          data={(['AUTO', 'fi', 'sv', 'en'] as const).map((value) => ({
            value,
            label: t(`textLanguages.${value}`),
          }))}
          value={textLanguage}
          allowDeselect={false}
          onChange={(value) => {
            const next = value ?? 'AUTO';
            setTextLanguage(next);
            void check(file, networkId, formatChoice, next);
          }}
          w={360}
        />
      )}
      <FileInput
        label={t('file')}
        placeholder={t('filePlaceholder')}
        accept=".csv,.txt,.json,.ndjson,.zip,text/csv,application/json,application/zip"
        value={file}
        onChange={(chosen) => {
          void check(chosen);
        }}
        clearable
        w={360}
      />
      <div role="status" aria-live="polite">
        {previewState.fetching && <Text size="sm">{t('checking')}</Text>}
        {done && <Alert color="green">{done}</Alert>}
      </div>
      {problem && (
        <Alert color="red" role="alert">
          {problem}
        </Alert>
      )}
      {runId && <ImportRunProgress runId={runId} />}
      {report && <ImportReportView report={report} />}
      {report && (
        <Stack gap={4} align="flex-start">
          {toImport === 0 ? (
            <Text size="sm">{t('nothingToImport')}</Text>
          ) : (
            <Button
              loading={commitState.fetching}
              onClick={() => {
                void confirm();
              }}
            >
              {t('confirm', { count: toImport })}
            </Button>
          )}
          {report.errors > 0 && toImport > 0 && (
            <Text size="sm" c="dimmed">
              {t('skipped')}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}

function ImportReportView({ report }: { report: ImportReport }) {
  const { t } = useTranslation('serviceImport');
  return (
    <Stack gap="xs">
      <Text fw={600}>
        {t('summary', {
          created: report.created,
          updated: report.updated,
          unchanged: report.unchanged,
          errors: report.errors,
        })}
      </Text>
      <Text size="sm" c="dimmed">
        {t('readAs', {
          format: t(`formats.${report.format}`),
          language: report.contentLanguage ? t(`textLanguages.${report.contentLanguage}`) : '',
        })}
      </Text>
      {report.ignoredColumns.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('ignored', { columns: report.ignoredColumns.join(', ') })}
        </Text>
      )}
      <Table striped withTableBorder captionSide="top">
        <Table.Caption>{t('caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{report.format === 'CSV' ? t('columns.line') : t('columns.record')}</Table.Th>
            <Table.Th>{t('columns.externalId')}</Table.Th>
            <Table.Th>{t('columns.name')}</Table.Th>
            <Table.Th>{t('columns.outcome')}</Table.Th>
            <Table.Th>{t('columns.issues')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.rows.map((row) => (
            <Table.Tr key={row.line}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td>{row.externalId}</Table.Td>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLOR[row.outcome]} variant="light">
                  {t(`outcome.${row.outcome}`)}
                </Badge>
              </Table.Td>
              <Table.Td>
                {row.issues.map((issue, index) => (
                  <Text key={index} size="sm">
                    <Text span ff="monospace" size="sm">
                      {issue.column || t('wholeRow')}
                    </Text>
                    : {issue.message}
                  </Text>
                ))}
                {row.warnings.map((warning, index) => (
                  <Text key={`w${index}`} size="sm" c="orange.8">
                    <Text span ff="monospace" size="sm">
                      {warning.column || t('wholeRow')}
                    </Text>
                    : {warning.message}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
