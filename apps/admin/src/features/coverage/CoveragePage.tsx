import { Box, Button, Checkbox, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { localized } from '../services/format';
import { CoverageQuery, type CoverageMatrix } from './coverage.documents';
import { CoverageTable, HEAT_SCALE } from './CoverageTable';

type Dimension = 'THEME' | 'TARGET_GROUP';

/** The export endpoint (apps/api coverage-export.controller.ts): a plain GET with the session cookie. */
export function exportUrl(
  slug: string,
  format: 'csv' | 'xlsx',
  filter: {
    dimension: Dimension;
    wellbeingAreaCode?: string;
    inPersonOnly: boolean;
    acceptingOnly: boolean;
    includeOtherProviders?: boolean;
  },
  lang: string,
): string {
  const query = new URLSearchParams({ network: slug, format, dimension: filter.dimension, lang });
  if (filter.wellbeingAreaCode) query.set('wellbeingAreaCode', filter.wellbeingAreaCode);
  if (filter.inPersonOnly) query.set('inPersonOnly', 'true');
  if (filter.acceptingOnly) query.set('acceptingOnly', 'true');
  if (filter.includeOtherProviders) query.set('includeOtherProviders', 'true');
  return `/files/coverage?${query.toString()}`;
}

/**
 * /n/:networkSlug/coverage — where the network's help is, and where it is missing. The view is in the
 * address (?dimension=TARGET_GROUP&area=09&inPerson=1&accepting=1&others=1), so a view can be shared.
 */
export function CoveragePage() {
  const { t, i18n } = useTranslation('coverage');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const [params, setParams] = useSearchParams();
  const dimension: Dimension =
    params.get('dimension') === 'TARGET_GROUP' ? 'TARGET_GROUP' : 'THEME';
  const area = params.get('area') ?? undefined;
  const inPersonOnly = params.get('inPerson') === '1';
  const acceptingOnly = params.get('accepting') === '1';
  const includeOtherProviders = params.get('others') === '1';
  const filter = {
    dimension,
    ...(area ? { wellbeingAreaCode: area } : {}),
    inPersonOnly,
    acceptingOnly,
    includeOtherProviders,
  };
  const [result, refetch] = useQuery({
    query: CoverageQuery,
    variables: { slug: tenant.network.slug, filter },
  });
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const planPath = (column: CoverageMatrix['columns'][number]) =>
    `${tenant.basePath}/planning?plan=1&${column.kind === 'MUNICIPALITY' ? 'municipality' : 'area'}=${column.code}`;
  return (
    <Page title={t('title')} description={t('description')}>
      <Stack gap="md">
        <Group gap="lg" align="flex-end" wrap="wrap">
          <Box>
            <Text size="sm" fw={500} id="coverage-dimension" mb={4}>
              {t('dimension.label')}
            </Text>
            <SegmentedControl
              aria-labelledby="coverage-dimension"
              value={dimension}
              onChange={(value) => {
                update({ dimension: value === 'TARGET_GROUP' ? 'TARGET_GROUP' : null });
              }}
              data={[
                { value: 'THEME', label: t('dimension.THEME') },
                { value: 'TARGET_GROUP', label: t('dimension.TARGET_GROUP') },
              ]}
            />
          </Box>
          <Checkbox
            label={t('inPersonOnly')}
            description={t('inPersonOnlyHint')}
            checked={inPersonOnly}
            onChange={(event) => {
              update({ inPerson: event.currentTarget.checked ? '1' : null });
            }}
          />
          <Checkbox
            label={t('acceptingOnly')}
            checked={acceptingOnly}
            onChange={(event) => {
              update({ accepting: event.currentTarget.checked ? '1' : null });
            }}
          />
          <Checkbox
            label={t('includeOtherProviders')}
            description={t('includeOtherProvidersHint')}
            checked={includeOtherProviders}
            onChange={(event) => {
              update({ others: event.currentTarget.checked ? '1' : null });
            }}
          />
        </Group>
        <Group gap="sm">
          {area && (
            <Button
              variant="default"
              onClick={() => {
                update({ area: null });
              }}
            >
              {t('back')}
            </Button>
          )}
          <Button
            component="a"
            variant="light"
            href={exportUrl(tenant.network.slug, 'csv', { ...filter }, language)}
            download
          >
            {t('exportCsv')}
          </Button>
          <Button
            component="a"
            variant="light"
            href={exportUrl(tenant.network.slug, 'xlsx', { ...filter }, language)}
            download
          >
            {t('exportXlsx')}
          </Button>
        </Group>
        <QueryState
          result={result}
          retry={() => {
            refetch({ requestPolicy: 'network-only' });
          }}
          isEmpty={(data) => data.network.coverage.rows.length === 0}
          empty={<EmptyState text={t('empty')} />}
        >
          {(data) => {
            const matrix = data.network.coverage;
            const dimensionName = t(`dimension.${dimension}`);
            return (
              <Stack gap="sm">
                <Text fw={600} role="status">
                  {t('gaps', { count: matrix.gapCount })}
                  {matrix.gapsWithoutOtherHelp !== null &&
                    ` ${t('gapsWithoutOtherHelp', { count: matrix.gapsWithoutOtherHelp })}`}
                </Text>
                <Group gap={6} aria-hidden="true">
                  <Text size="xs">{t('legendScale')}:</Text>
                  {HEAT_SCALE.map((step) => (
                    <Text
                      key={step.label}
                      size="xs"
                      px={8}
                      py={2}
                      style={{ background: step.colour, color: '#1a1a1a', borderRadius: 4 }}
                    >
                      {step.label}
                    </Text>
                  ))}
                </Group>
                <Text size="xs" c="dimmed">
                  {t('legend')}
                </Text>
                <CoverageTable
                  matrix={matrix}
                  language={language}
                  caption={
                    matrix.wellbeingAreaCode
                      ? t('captionMunicipalities', {
                          dimension: dimensionName,
                          area: localized(matrix.area?.name, language),
                        })
                      : t('captionAreas', { dimension: dimensionName })
                  }
                  planPath={planPath}
                  onDrillDown={
                    matrix.wellbeingAreaCode
                      ? undefined
                      : (code) => {
                          update({ area: code });
                        }
                  }
                />
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
    </Page>
  );
}
