import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage, type Language } from '../../lib/i18n';
import { useTenant } from '../../lib/tenant/TenantContext';
import { localized } from '../services/format';
import {
  currentMonth,
  helsinkiDate,
  helsinkiTime,
  monthGrid,
  monthWindow,
  shiftMonth,
  TIME_ZONE,
} from './calendar';
import { type CalendarEvent, EventsCalendarQuery } from './events.documents';

const LOCALES: Record<Language, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const ALL_STATUSES = ['DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'CANCELLED'] as const;
/** At most this many entries in one day cell of the month view (then "+n more"). */
const PER_CELL = 3;

interface Entry {
  key: string;
  event: CalendarEvent;
  startsAt: string;
  endsAt: string;
  moved: boolean;
}

const STATUS_COLOR: Record<string, string> = {
  DRAFT: 'gray',
  SUBMITTED: 'yellow',
  RETURNED: 'orange',
  PUBLISHED: 'green',
  CANCELLED: 'red',
};

/** /n/:slug/events and /o/:id/events — the calendar in a month or agenda view, Helsinki time. */
export function EventsCalendarPage() {
  const { t, i18n } = useTranslation('events');
  const language = currentLanguage(i18n);
  const locale = LOCALES[language];
  const tenant = useTenant();
  const [month, setMonth] = useState(currentMonth);
  const [view, setView] = useState<'month' | 'agenda'>('month');
  const window = monthWindow(month);
  const filter =
    tenant.kind === 'network'
      ? { networkSlug: tenant.network.slug }
      : { organizationId: tenant.organization.id };
  const [result, refetch] = useQuery({
    query: EventsCalendarQuery,
    variables: {
      filter: { ...filter, from: window.from, to: window.to, statuses: [...ALL_STATUSES] },
      from: window.from,
      to: window.to,
    },
    requestPolicy: 'cache-and-network',
  });
  const monthTitle = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));

  return (
    <Page
      title={t('title')}
      description={t('description')}
      actions={
        <Button component={Link} to={`${tenant.basePath}/events/new`}>
          {t('newEvent')}
        </Button>
      }
    >
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <ActionIcon
            variant="default"
            aria-label={t('previous')}
            onClick={() => {
              setMonth((m) => shiftMonth(m, -1));
            }}
          >
            ‹
          </ActionIcon>
          <Title order={2} size="h3" aria-live="polite" style={{ minWidth: '12rem' }}>
            {monthTitle}
          </Title>
          <ActionIcon
            variant="default"
            aria-label={t('next')}
            onClick={() => {
              setMonth((m) => shiftMonth(m, 1));
            }}
          >
            ›
          </ActionIcon>
          <Button
            variant="subtle"
            size="xs"
            onClick={() => {
              setMonth(currentMonth());
            }}
          >
            {t('today')}
          </Button>
        </Group>
        <SegmentedControl
          aria-label={t('view.label')}
          value={view}
          onChange={(value) => {
            setView(value === 'agenda' ? 'agenda' : 'month');
          }}
          data={[
            { value: 'month', label: t('view.month') },
            { value: 'agenda', label: t('view.agenda') },
          ]}
        />
      </Group>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) => {
          const entries = entriesOf(
            data.events.edges.map((edge) => edge.node),
            month,
          );
          return view === 'month' ? (
            <MonthView month={month} entries={entries} language={language} locale={locale} />
          ) : (
            <AgendaView entries={entries} language={language} locale={locale} />
          );
        }}
      </QueryState>
    </Page>
  );
}

/** Every occurrence in the month, by start. */
function entriesOf(events: CalendarEvent[], month: string): Entry[] {
  return events
    .flatMap((event) =>
      event.occurrences.map((occurrence) => ({
        key: `${event.id}:${occurrence.originalStart}`,
        event,
        startsAt: occurrence.startsAt,
        endsAt: occurrence.endsAt,
        moved: occurrence.moved,
      })),
    )
    .filter((entry) => helsinkiDate(entry.startsAt).startsWith(month))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}

function EntryLink({
  entry,
  language,
  locale,
}: {
  entry: Entry;
  language: Language;
  locale: string;
}) {
  const { t } = useTranslation('events');
  const tenant = useTenant();
  const title = localized(entry.event.title, language);
  const cancelled = entry.event.status === 'CANCELLED';
  return (
    <Anchor
      component={Link}
      to={`${tenant.basePath}/events/${entry.event.id}`}
      size="sm"
      td={cancelled ? 'line-through' : undefined}
    >
      {helsinkiTime(entry.startsAt, locale)} {title}
      {entry.event.status !== 'PUBLISHED' && ` (${t(`status.${entry.event.status}`)})`}
      {entry.moved && ` – ${t('moved')}`}
    </Anchor>
  );
}

function MonthView({
  month,
  entries,
  language,
  locale,
}: {
  month: string;
  entries: Entry[];
  language: Language;
  locale: string;
}) {
  const { t } = useTranslation('events');
  const weeks = useMemo(() => monthGrid(month), [month]);
  const byDay = useMemo(() => {
    const map = new Map<string, Entry[]>();
    for (const entry of entries) {
      const day = helsinkiDate(entry.startsAt);
      map.set(day, [...(map.get(day) ?? []), entry]);
    }
    return map;
  }, [entries]);
  const today = helsinkiDate(new Date());
  const weekdays = t('weekdays').split(',');
  return (
    <Table withTableBorder withColumnBorders layout="fixed" aria-label={month}>
      <Table.Thead>
        <Table.Tr>
          {weekdays.map((day) => (
            <Table.Th key={day} scope="col">
              {day}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {weeks.map((week) => (
          <Table.Tr key={week[0]}>
            {week.map((day) => {
              const list = byDay.get(day) ?? [];
              const inMonth = day.startsWith(month);
              return (
                <Table.Td
                  key={day}
                  valign="top"
                  style={{ height: '6rem', opacity: inMonth ? 1 : 0.5 }}
                  aria-current={day === today ? 'date' : undefined}
                >
                  <Text size="xs" fw={day === today ? 700 : 400}>
                    {Number(day.slice(8))}
                  </Text>
                  <Stack gap={2}>
                    {list.slice(0, PER_CELL).map((entry) => (
                      <EntryLink
                        key={entry.key}
                        entry={entry}
                        language={language}
                        locale={locale}
                      />
                    ))}
                    {list.length > PER_CELL && (
                      <Text size="xs" c="dimmed">
                        {t('more', { count: list.length - PER_CELL })}
                      </Text>
                    )}
                  </Stack>
                </Table.Td>
              );
            })}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function AgendaView({
  entries,
  language,
  locale,
}: {
  entries: Entry[];
  language: Language;
  locale: string;
}) {
  const { t } = useTranslation('events');
  if (entries.length === 0) return <Text c="dimmed">{t('empty')}</Text>;
  const days = [...new Set(entries.map((entry) => helsinkiDate(entry.startsAt)))];
  const dayTitle = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    timeZone: TIME_ZONE,
  });
  return (
    <Stack gap="md">
      {days.map((day) => (
        <Paper key={day} withBorder p="md" component="section" aria-labelledby={`day-${day}`}>
          <Title order={3} size="h5" id={`day-${day}`} mb="xs">
            {dayTitle.format(new Date(`${day}T12:00:00Z`))}
          </Title>
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {entries
              .filter((entry) => helsinkiDate(entry.startsAt) === day)
              .map((entry) => (
                <Group key={entry.key} component="li" gap="sm" wrap="wrap">
                  <Text size="sm" style={{ minWidth: '7rem' }}>
                    {helsinkiTime(entry.startsAt, locale)}–{helsinkiTime(entry.endsAt, locale)}
                  </Text>
                  <EntryLink entry={entry} language={language} locale={locale} />
                  <Badge color={STATUS_COLOR[entry.event.status] ?? 'gray'} variant="light">
                    {t(`status.${entry.event.status}`)}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {t(`kind.${entry.event.kind}`)}
                    {entry.event.organization ? ` · ${entry.event.organization.name}` : ''}
                    {entry.event.isOnline ? ` · ${t('online')}` : ''}
                    {entry.event.placeName ? ` · ${entry.event.placeName}` : ''}
                  </Text>
                </Group>
              ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
