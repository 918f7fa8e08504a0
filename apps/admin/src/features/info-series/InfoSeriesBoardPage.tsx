import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { SubscribeButton } from './SubscribeButton';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import { InfoSeriesBoardQuery, PlanTermMutation } from './info-series.documents';
import { weekdayKey } from './InfoSeriesListPage';
import { SessionCard } from './SessionCard';

const FREQUENCIES = ['week', '1', '2', '3', '4', '-1'] as const;
type Frequency = (typeof FREQUENCIES)[number];

/**
 * /n/:networkSlug/info-series/:seriesId — the season planning board: plan a term's dates, invite
 * presenters to each session and see their answers; after a session, the recording, the head count
 * and the slides.
 */
export function InfoSeriesBoardPage() {
  const { t, i18n } = useTranslation('infoSeries');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const { seriesId = '' } = useParams();
  const [upcomingAfter, setUpcomingAfter] = useState<string | null>(null);
  const [pastAfter, setPastAfter] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: InfoSeriesBoardQuery,
    variables: { id: seriesId, slug: tenant.network.slug, upcomingAfter, pastAfter },
    requestPolicy: 'cache-and-network',
  });
  const [planning, plan] = useMutation(PlanTermMutation);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [frequency, setFrequency] = useState<Frequency>('2');
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };

  const series = result.data?.infoSeries;
  const title = series ? localized(series.title, language) : t('title');
  const weekday = series ? t(`weekdays.${weekdayKey(series.weekday)}`) : '';
  const frequencyLabel = (value: Frequency) =>
    value === 'week'
      ? t('board.everyWeek')
      : value === '-1'
        ? t('board.last', { weekday })
        : t('board.nth', { n: value, weekday });

  const submitPlan = async () => {
    const answer = await plan({
      input: {
        seriesId,
        from,
        to,
        nth: frequency === 'week' ? null : Number(frequency),
      },
    });
    notifications.show({
      withCloseButton: false,
      color: answer.error ? 'red' : 'green',
      message: answer.error
        ? t('failed', { detail: errorMessage(answer.error) ?? '' })
        : t('board.planned'),
    });
    if (!answer.error) reload();
  };

  const organizations =
    result.data?.network.members.edges.map(({ node }) => node.organization) ?? [];

  return (
    <Page
      title={title}
      breadcrumbs={[{ label: t('title'), to: `${tenant.basePath}/info-series` }, { label: title }]}
    >
      <QueryState result={result} retry={reload}>
        {(data) => {
          const board = data.infoSeries;
          return (
            <Stack gap="lg">
              <Stack gap={4}>
                <Text>
                  {t('slot', {
                    weekday,
                    time: board.startTime,
                    minutes: board.durationMinutes,
                  })}
                </Text>
                <Group>
                  <SubscribeButton series={board} />
                </Group>
                {board.facilitatorName && (
                  <Text size="sm">{t('board.facilitator', { name: board.facilitatorName })}</Text>
                )}
                {board.backupName && (
                  <Text size="sm">{t('board.backup', { name: board.backupName })}</Text>
                )}
                {board.onlineUrl && (
                  <Anchor
                    href={board.onlineUrl}
                    target="_blank"
                    rel="noopener noreferrer"
                    size="sm"
                  >
                    {t('board.onlineUrl')}
                  </Anchor>
                )}
              </Stack>

              {board.canManage && (
                <Paper withBorder p="md" component="section" aria-labelledby="plan-term">
                  <Stack gap="sm">
                    <Title order={2} size="h3" id="plan-term">
                      {t('board.planHeading')}
                    </Title>
                    <SimpleGrid cols={{ base: 1, sm: 3 }}>
                      <TextInput
                        type="date"
                        required
                        label={t('board.from')}
                        value={from}
                        onChange={(event) => {
                          setFrom(event.currentTarget.value);
                        }}
                      />
                      <TextInput
                        type="date"
                        required
                        label={t('board.to')}
                        value={to}
                        onChange={(event) => {
                          setTo(event.currentTarget.value);
                        }}
                      />
                      <Select
                        label={t('board.frequency')}
                        allowDeselect={false}
                        data={FREQUENCIES.map((value) => ({ value, label: frequencyLabel(value) }))}
                        value={frequency}
                        onChange={(value) => {
                          if (value) setFrequency(value);
                        }}
                      />
                    </SimpleGrid>
                    <Group>
                      <Button
                        disabled={!from || !to}
                        loading={planning.fetching}
                        onClick={() => {
                          void submitPlan();
                        }}
                      >
                        {t('board.plan')}
                      </Button>
                    </Group>
                  </Stack>
                </Paper>
              )}

              <Stack gap="sm" component="section" aria-labelledby="upcoming-sessions">
                <Title order={2} size="h3" id="upcoming-sessions">
                  {t('board.upcoming')}
                </Title>
                {board.upcoming.totalCount === 0 ? (
                  <EmptyState title={t('board.upcoming')} text={t('board.noUpcoming')} />
                ) : (
                  board.upcoming.edges.map(({ node }) => (
                    <SessionCard
                      key={node.id}
                      session={node}
                      presentersPerSession={board.presentersPerSession}
                      organizations={organizations}
                      past={false}
                      canManage={board.canManage}
                      onChanged={reload}
                    />
                  ))
                )}
                {board.upcoming.pageInfo.hasNextPage && (
                  <Button
                    variant="default"
                    onClick={() => {
                      setUpcomingAfter(board.upcoming.pageInfo.endCursor ?? null);
                    }}
                  >
                    {t('board.more')}
                  </Button>
                )}
              </Stack>

              <Stack gap="sm" component="section" aria-labelledby="past-sessions">
                <Title order={2} size="h3" id="past-sessions">
                  {t('board.past')}
                </Title>
                {board.past.totalCount === 0 ? (
                  <EmptyState title={t('board.past')} text={t('board.noPast')} />
                ) : (
                  board.past.edges.map(({ node }) => (
                    <SessionCard
                      key={node.id}
                      session={node}
                      presentersPerSession={board.presentersPerSession}
                      organizations={organizations}
                      past
                      canManage={board.canManage}
                      onChanged={reload}
                    />
                  ))
                )}
                {board.past.pageInfo.hasNextPage && (
                  <Button
                    variant="default"
                    onClick={() => {
                      setPastAfter(board.past.pageInfo.endCursor ?? null);
                    }}
                  >
                    {t('board.more')}
                  </Button>
                )}
              </Stack>
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}
