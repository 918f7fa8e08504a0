import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/urql/errors';
import { formatSessionTime } from '../info-series/format';
import { helsinkiDate, helsinkiInstant, helsinkiTime } from './calendar';
import {
  AddEventOccurrenceMutation,
  CancelEventOccurrenceMutation,
  type EditedEvent,
  MoveEventOccurrenceMutation,
  RestoreEventOccurrenceMutation,
} from './events.documents';

type Occurrence = EditedEvent['occurrences'][number];

/**
 * The dates of a recurring event for its managers: cancel or move one date, restore a cancelled or
 * moved one, add an extra date (RDATE). Times are entered and shown in Helsinki time; the API checks
 * the rules (an extra date in the future, not on another date) and answers with a typed error.
 */
export function EventOccurrences({ event }: { event: EditedEvent }) {
  const { t, i18n } = useTranslation('events');
  const language = currentLanguage(i18n);
  const when = (iso: string) => formatSessionTime(iso, language);
  const [moving, setMoving] = useState<Occurrence | null>(null);
  const [cancelState, cancel] = useMutation(CancelEventOccurrenceMutation);
  const [moveState, move] = useMutation(MoveEventOccurrenceMutation);
  const [restoreState, restore] = useMutation(RestoreEventOccurrenceMutation);
  const [addState, add] = useMutation(AddEventOccurrenceMutation);
  const fetching = [cancelState, moveState, restoreState, addState].some((s) => s.fetching);
  if (!event.recurrence || !event.viewerActions.includes('UPDATE')) return null;

  const version = { id: event.id, expectedVersion: event.version };
  const answered = (error: CombinedError | undefined): boolean => {
    if (error) {
      notifications.show({ color: 'red', message: errorMessage(error) });
      return false;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('occurrences.done') });
    return true;
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="event-occurrences-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="event-occurrences-heading">
          {t('occurrences.heading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('occurrences.help')}
        </Text>
        <ul aria-label={t('occurrences.list')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {event.occurrences.map((occurrence) => (
            <li key={occurrence.originalStart}>
              <Group gap="xs" py={4} wrap="wrap">
                <Text span>{when(occurrence.startsAt)}</Text>
                {occurrence.moved && <Badge color="orange">{t('occurrences.moved')}</Badge>}
                {occurrence.extra && <Badge color="teal">{t('occurrences.extra')}</Badge>}
                <Button
                  size="compact-sm"
                  variant="light"
                  disabled={fetching}
                  aria-label={t('occurrences.move', { when: when(occurrence.startsAt) })}
                  onClick={() => {
                    setMoving(occurrence);
                  }}
                >
                  {t('occurrences.save')}
                </Button>
                {occurrence.moved && (
                  <Button
                    size="compact-sm"
                    variant="subtle"
                    disabled={fetching}
                    aria-label={t('occurrences.restore', { when: when(occurrence.startsAt) })}
                    onClick={() => {
                      void (async () => {
                        const answer = await restore({
                          input: { ...version, occurrenceStart: occurrence.originalStart },
                        });
                        answered(answer.error);
                      })();
                    }}
                  >
                    {t('occurrences.restoreShort')}
                  </Button>
                )}
                <Button
                  size="compact-sm"
                  variant="light"
                  color="red"
                  disabled={fetching}
                  aria-label={t('occurrences.cancel', { when: when(occurrence.startsAt) })}
                  onClick={() => {
                    void (async () => {
                      const answer = await cancel({
                        input: { ...version, occurrenceStart: occurrence.originalStart },
                      });
                      answered(answer.error);
                    })();
                  }}
                >
                  {t('occurrences.cancelShort')}
                </Button>
              </Group>
            </li>
          ))}
        </ul>
        {moving && (
          <MoveForm
            occurrence={moving}
            title={t('occurrences.moveHeading', { when: when(moving.startsAt) })}
            busy={fetching}
            onClose={() => {
              setMoving(null);
            }}
            onMove={async (newStartsAt, newEndsAt) => {
              const answer = await move({
                input: {
                  ...version,
                  occurrenceStart: moving.originalStart,
                  newStartsAt,
                  newEndsAt,
                },
              });
              if (answered(answer.error)) setMoving(null);
            }}
          />
        )}
        {event.cancelledOccurrences.length > 0 && (
          <>
            <Title order={3} size="h5">
              {t('occurrences.cancelled')}
            </Title>
            <ul
              aria-label={t('occurrences.cancelled')}
              style={{ listStyle: 'none', padding: 0, margin: 0 }}
            >
              {event.cancelledOccurrences.map((start) => (
                <li key={start}>
                  <Group gap="xs" py={4}>
                    <Text span td="line-through">
                      {when(start)}
                    </Text>
                    <Button
                      size="compact-sm"
                      variant="light"
                      disabled={fetching}
                      aria-label={t('occurrences.restore', { when: when(start) })}
                      onClick={() => {
                        void (async () => {
                          const answer = await restore({
                            input: { ...version, occurrenceStart: start },
                          });
                          answered(answer.error);
                        })();
                      }}
                    >
                      {t('occurrences.restoreShort')}
                    </Button>
                  </Group>
                </li>
              ))}
            </ul>
          </>
        )}
        <AddForm
          busy={fetching}
          onAdd={async (startsAt) => {
            const answer = await add({ input: { ...version, startsAt } });
            return answered(answer.error);
          }}
        />
      </Stack>
    </Paper>
  );
}

function MoveForm({
  occurrence,
  title,
  busy,
  onClose,
  onMove,
}: {
  occurrence: Occurrence;
  title: string;
  busy: boolean;
  onClose: () => void;
  onMove: (startsAt: string, endsAt: string) => Promise<void>;
}) {
  const { t } = useTranslation('events');
  const [date, setDate] = useState(helsinkiDate(occurrence.startsAt));
  const [start, setStart] = useState(helsinkiTime(occurrence.startsAt, 'en-GB'));
  const [end, setEnd] = useState(helsinkiTime(occurrence.endsAt, 'en-GB'));
  const [error, setError] = useState<string | null>(null);
  const submit = (e: SyntheticEvent) => {
    e.preventDefault();
    if (!date || !start || !end) {
      setError(t('occurrences.required'));
      return;
    }
    const startsAt = helsinkiInstant(date, start);
    const endsAt = helsinkiInstant(date, end);
    if (endsAt <= startsAt) {
      setError(t('occurrences.endBeforeStart'));
      return;
    }
    setError(null);
    void onMove(startsAt, endsAt);
  };
  return (
    <form onSubmit={submit} aria-label={title} noValidate>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {title}
        </Title>
        <WallClockInputs
          date={[date, setDate]}
          start={[start, setStart]}
          end={[end, setEnd]}
          error={error}
        />
        <Group gap="sm">
          <Button type="submit" loading={busy}>
            {t('occurrences.save')}
          </Button>
          <Button variant="subtle" onClick={onClose}>
            {t('occurrences.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AddForm({
  busy,
  onAdd,
}: {
  busy: boolean;
  onAdd: (startsAt: string) => Promise<boolean>;
}) {
  const { t } = useTranslation('events');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: SyntheticEvent) => {
    e.preventDefault();
    if (!date || !time) {
      setError(t('occurrences.required'));
      return;
    }
    setError(null);
    if (await onAdd(helsinkiInstant(date, time))) {
      setDate('');
      setTime('');
    }
  };
  return (
    <form
      onSubmit={(e) => {
        void submit(e);
      }}
      aria-label={t('occurrences.addHeading')}
      noValidate
    >
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('occurrences.addHeading')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('occurrences.addHelp')}
        </Text>
        <WallClockInputs date={[date, setDate]} start={[time, setTime]} error={error} />
        <Group>
          <Button type="submit" loading={busy}>
            {t('occurrences.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

type Field = readonly [string, (value: string) => void];

/** A Helsinki date with a start time (and an end time): the move and add forms' inputs. */
function WallClockInputs({
  date,
  start,
  end,
  error,
}: {
  date: Field;
  start: Field;
  end?: Field;
  error: string | null;
}) {
  const { t } = useTranslation('events');
  const input = (type: 'date' | 'time', label: string, [value, set]: Field, withError = false) => (
    <TextInput
      type={type}
      label={label}
      value={value}
      onChange={(e) => {
        set(e.currentTarget.value);
      }}
      error={withError ? error : undefined}
    />
  );
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }}>
      {input('date', t('occurrences.date'), date, true)}
      {input('time', t('occurrences.start'), start)}
      {end ? input('time', t('occurrences.end'), end) : null}
    </SimpleGrid>
  );
}
