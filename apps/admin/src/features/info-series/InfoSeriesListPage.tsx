import {
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useCursorPagination } from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import {
  CreateInfoSeriesMutation,
  type InfoSeriesRow,
  InfoSeriesListQuery,
} from './info-series.documents';

export const WEEKDAYS = ['1', '2', '3', '4', '5', '6', '7'] as const;
export type WeekdayKey = (typeof WEEKDAYS)[number];
export const weekdayKey = (n: number): WeekdayKey => WEEKDAYS[n - 1] ?? '1';

interface Values {
  titleFi: string;
  titleSv: string;
  titleEn: string;
  weekday: WeekdayKey;
  startTime: string;
  durationMinutes: number;
  presentersPerSession: number;
  facilitatorName: string;
  backupName: string;
  onlineUrl: string;
  wellbeingAreaCode: string;
}

/** /n/:networkSlug/info-series — the network's info session series and a form for a new one. */
export function InfoSeriesListPage() {
  const { t, i18n } = useTranslation('infoSeries');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const navigate = useNavigate();
  const pagination = useCursorPagination(50);
  const [result, refetch] = useQuery({
    query: InfoSeriesListQuery,
    variables: { slug: tenant.network.slug, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });
  const [creating, create] = useMutation(CreateInfoSeriesMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      titleFi: '',
      titleSv: '',
      titleEn: '',
      weekday: '4',
      startTime: '14:00',
      durationMinutes: 30,
      presentersPerSession: 2,
      facilitatorName: '',
      backupName: '',
      onlineUrl: '',
      wellbeingAreaCode: '',
    },
    validate: {
      titleFi: (value) => (value.trim() ? null : t('create.titleFi')),
      startTime: (value) => (/^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : 'hh:mm'),
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    const answer = await create({
      input: {
        networkId: tenant.network.id,
        title: { fi: values.titleFi, sv: values.titleSv || null, en: values.titleEn || null },
        weekday: Number(values.weekday),
        startTime: values.startTime,
        durationMinutes: values.durationMinutes,
        presentersPerSession: values.presentersPerSession,
        facilitatorName: values.facilitatorName || null,
        backupName: values.backupName || null,
        onlineUrl: values.onlineUrl || null,
        wellbeingAreaCode: values.wellbeingAreaCode || null,
      },
    });
    if (answer.error || !answer.data) {
      setFailure(t('failed', { detail: errorMessage(answer.error) ?? '' }));
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('create.created') });
    refetch({ requestPolicy: 'network-only' });
    void navigate(answer.data.createInfoSeries.id);
  });

  const slot = (row: InfoSeriesRow) =>
    t('slot', {
      weekday: t(`weekdays.${weekdayKey(row.weekday)}`),
      time: row.startTime,
      minutes: row.durationMinutes,
    });

  return (
    <Page title={t('title')} description={t('description')}>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) =>
          data.infoSeriesList.totalCount === 0 ? (
            <EmptyState title={t('empty')} text={t('emptyText')} />
          ) : (
            <Table.ScrollContainer minWidth={640}>
              <Table striped>
                <Table.Caption>{t('listCaption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('columns.title')}</Table.Th>
                    <Table.Th scope="col">{t('columns.slot')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('columns.presenters')}
                    </Table.Th>
                    <Table.Th scope="col">{t('columns.facilitator')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.infoSeriesList.edges.map(({ node }) => (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row">
                        <Anchor component={Link} to={node.id}>
                          {localized(node.title, language)}
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{slot(node)}</Table.Td>
                      <Table.Td ta="right">{node.presentersPerSession}</Table.Td>
                      <Table.Td>
                        {node.facilitatorName ?? '–'}
                        {node.backupName ? ` (${node.backupName})` : ''}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )
        }
      </QueryState>

      <Paper withBorder p="md" component="section" aria-labelledby="new-series">
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <Title order={2} size="h3" id="new-series">
              {t('create.heading')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput required label={t('create.titleFi')} {...form.getInputProps('titleFi')} />
              <TextInput label={t('create.titleSv')} {...form.getInputProps('titleSv')} />
              <TextInput label={t('create.titleEn')} {...form.getInputProps('titleEn')} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <Select
                label={t('create.weekday')}
                data={WEEKDAYS.map((value) => ({ value, label: t(`weekdays.${value}`) }))}
                allowDeselect={false}
                {...form.getInputProps('weekday')}
              />
              <TextInput
                required
                label={t('create.startTime')}
                {...form.getInputProps('startTime')}
              />
              <NumberInput
                label={t('create.duration')}
                min={10}
                max={240}
                {...form.getInputProps('durationMinutes')}
              />
              <NumberInput
                label={t('create.presenters')}
                min={1}
                max={6}
                {...form.getInputProps('presentersPerSession')}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 4 }}>
              <TextInput
                label={t('create.facilitator')}
                {...form.getInputProps('facilitatorName')}
              />
              <TextInput label={t('create.backup')} {...form.getInputProps('backupName')} />
              <TextInput
                type="url"
                label={t('create.onlineUrl')}
                {...form.getInputProps('onlineUrl')}
              />
              <TextInput
                label={t('create.wellbeingArea')}
                maxLength={2}
                {...form.getInputProps('wellbeingAreaCode')}
              />
            </SimpleGrid>
            {failure && (
              <Text c="red.8" role="alert">
                {failure}
              </Text>
            )}
            <Group>
              <Button type="submit" loading={creating.fetching}>
                {t('create.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Page>
  );
}
