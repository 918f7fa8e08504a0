import {
  Alert,
  Button,
  Checkbox,
  Group,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Tabs,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { MunicipalitySelect } from '../../components/MunicipalitySelect';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { useTenant } from '../../lib/tenant/TenantContext';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { helsinkiDate, helsinkiInstant, helsinkiTime } from './calendar';
import { SignupsLink } from '../event-signups/SignupsLink';
import { EventActions } from './EventActions';
import { EventOccurrences } from './EventOccurrences';
import { RepeatFields } from './RepeatFields';
import { parseRule, ruleOf, type RepeatValues } from './repeat';
import {
  CreateEventMutation,
  type EditedEvent,
  EventQuery,
  UpdateEventMutation,
} from './events.documents';

const LANGS = ['fi', 'sv', 'en'] as const;
const KINDS = ['INFO_SESSION', 'GROUP', 'PUBLIC_EVENT', 'WEBINAR', 'TRAINING'] as const;
const AUDIENCES = ['PUBLIC', 'PROFESSIONALS', 'MEMBERS'] as const;
type Kind = (typeof KINDS)[number];
type Audience = (typeof AUDIENCES)[number];

interface Values extends RepeatValues {
  networkId: string;
  kind: Kind;
  audience: Audience;
  title: Record<(typeof LANGS)[number], string>;
  description: Record<(typeof LANGS)[number], string>;
  date: string;
  startTime: string;
  endTime: string;
  placeName: string;
  streetAddress: string;
  postalCode: string;
  postOffice: string;
  municipalityCode: string;
  isOnline: boolean;
  onlineUrl: string;
  signupEnabled: boolean;
  capacity: number | '';
}

function valuesOf(stored: EditedEvent | null, networkId: string): Values {
  // A change waiting for review is what the editors work on (saving again replaces it).
  const event = stored && { ...stored, ...stored.changeReview?.proposed };
  const text = (value: { fi?: string | null; sv?: string | null; en?: string | null }) => ({
    fi: value.fi ?? '',
    sv: value.sv ?? '',
    en: value.en ?? '',
  });
  return {
    networkId: event?.networkId ?? networkId,
    kind: event?.kind ?? 'PUBLIC_EVENT',
    audience: event?.audience ?? 'PUBLIC',
    title: text(event?.title ?? {}),
    description: text(event?.description ?? {}),
    date: event ? helsinkiDate(event.startsAt) : '',
    startTime: event ? helsinkiTime(event.startsAt, 'en-GB') : '17:00',
    endTime: event ? helsinkiTime(event.endsAt, 'en-GB') : '18:30',
    ...parseRule(event?.recurrence, event?.meetingCount ?? 8),
    placeName: event?.placeName ?? '',
    streetAddress: event?.streetAddress ?? '',
    postalCode: event?.postalCode ?? '',
    postOffice: event?.postOffice ?? '',
    municipalityCode: event?.municipalityCode ?? '',
    isOnline: event?.isOnline ?? false,
    onlineUrl: event?.onlineUrl ?? '',
    signupEnabled: event?.signupEnabled ?? false,
    capacity: event?.capacity ?? '',
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** The API input of the form's values (blank → null; the rule only when it is one the form edits). */
function inputOf(values: Values) {
  const blank = (value: string) => (value.trim() === '' ? null : value.trim());
  const rule = ruleOf(values, values.date);
  return {
    kind: values.kind,
    audience: values.audience,
    title: values.title,
    description: values.description,
    startsAt: helsinkiInstant(values.date, values.startTime),
    endsAt: helsinkiInstant(values.date, values.endTime),
    ...(rule === undefined ? {} : { recurrence: rule }),
    meetingCount:
      values.kind === 'GROUP' && rule && values.repeatEnd === 'count' ? values.repeatCount : null,
    placeName: blank(values.placeName),
    streetAddress: blank(values.streetAddress),
    postalCode: blank(values.postalCode),
    postOffice: blank(values.postOffice),
    municipalityCode: blank(values.municipalityCode),
    isOnline: values.isOnline,
    onlineUrl: values.isOnline ? blank(values.onlineUrl) : null,
    signupEnabled: values.signupEnabled,
    capacity: values.capacity === '' ? null : values.capacity,
  };
}

/** /…/events/new and /…/events/:eventId — the event form with language tabs and status actions. */
export function EventFormPage() {
  const { eventId } = useParams();
  const [result, refetch] = useQuery({
    query: EventQuery,
    variables: { id: eventId ?? '' },
    pause: !eventId,
    requestPolicy: 'cache-and-network',
  });
  if (!eventId) return <EventForm event={null} />;
  return (
    <QueryState
      result={result}
      retry={() => {
        refetch({ requestPolicy: 'network-only' });
      }}
    >
      {(data) => <EventForm event={data.event} />}
    </QueryState>
  );
}

function EventForm({ event }: { event: EditedEvent | null }) {
  const { t } = useTranslation('events');
  const tenant = useTenant();
  const navigate = useNavigate();
  const networks = tenant.kind === 'network' ? [tenant.network] : tenant.networks;
  const form = useForm<Values>({
    initialValues: valuesOf(event, networks[0]?.id ?? ''),
    // The times are sent as instants of the day in Helsinki: without a day and both times there is
    // nothing to send, and the end must come after the start (the API checks both again).
    validate: {
      date: (value) => (DATE.test(value) ? null : t('form.dateRequired')),
      startTime: (value) => (TIME.test(value) ? null : t('form.timeRequired')),
      endTime: (value, values) => {
        if (!TIME.test(value)) return t('form.timeRequired');
        return TIME.test(values.startTime) && value <= values.startTime
          ? t('form.endBeforeStart')
          : null;
      },
    },
  });
  const [creating, create] = useMutation(CreateEventMutation);
  const [updating, update] = useMutation(UpdateEventMutation);
  const [failure, setFailure] = useState<CombinedError | undefined>();
  const [tab, setTab] = useState<string | null>('fi');
  useEffect(() => {
    const field = errorField(failure);
    if (field) form.setFieldError(field.split('.')[0] ?? field, errorMessage(failure));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when a new failure arrives
  }, [failure]);

  const save = form.onSubmit(async (values) => {
    setFailure(undefined);
    const input = inputOf(values);
    if (!event) {
      const answer = await create({
        input: {
          ...input,
          networkId: values.networkId,
          organizationId: tenant.kind === 'organization' ? tenant.organization.id : null,
        },
      });
      if (answer.error || !answer.data) {
        setFailure(answer.error);
        return;
      }
      notifications.show({ withCloseButton: false, color: 'green', message: t('form.saved') });
      void navigate(`${tenant.basePath}/events/${answer.data.createEvent.id}`, { replace: true });
      return;
    }
    const answer = await update({
      input: { ...input, id: event.id, expectedVersion: event.version },
    });
    if (answer.error) {
      setFailure(answer.error);
      return;
    }
    const held = answer.data?.updateEvent.changeReview?.pendingSince;
    notifications.show({
      withCloseButton: false,
      color: 'green',
      message: held ? t('form.savedForReview') : t('form.saved'),
    });
  });
  const editable = !event || event.viewerActions.includes('UPDATE');

  return (
    <Page
      title={event ? t('form.editTitle') : t('form.newTitle')}
      breadcrumbs={[
        { label: t('title'), to: `${tenant.basePath}/events` },
        { label: event ? t('form.editTitle') : t('form.newTitle') },
      ]}
    >
      {event && (
        <Paper withBorder p="md">
          <Text>
            {t('form.statusLabel')}: <strong>{t(`status.${event.status as 'DRAFT'}`)}</strong>
          </Text>
          {event.status === 'RETURNED' && event.returnReason && (
            <Text c="orange.8">{t('form.returnReason', { reason: event.returnReason })}</Text>
          )}
          <ChangeReviewNote event={event} />
          {event.cancelReason && (
            <Text c="red.8">{t('form.cancelReason', { reason: event.cancelReason })}</Text>
          )}
          <EventActions event={event} />
          <SignupsLink event={event} />
        </Paper>
      )}
      {event && <EventOccurrences event={event} />}
      <form
        onSubmit={(e) => {
          save(e);
        }}
        noValidate
      >
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack gap="md">
            {failure && !errorField(failure) && <Alert color="red">{errorMessage(failure)}</Alert>}
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              {!event && networks.length > 1 && (
                <Select
                  label={t('form.network')}
                  data={networks.map((n) => ({ value: n.id, label: n.name }))}
                  allowDeselect={false}
                  {...form.getInputProps('networkId')}
                />
              )}
              <Select
                label={t('form.kind')}
                data={KINDS.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
                allowDeselect={false}
                {...form.getInputProps('kind')}
              />
              <Select
                label={t('form.audience')}
                data={AUDIENCES.map((a) => ({ value: a, label: t(`audience.${a}`) }))}
                allowDeselect={false}
                {...form.getInputProps('audience')}
              />
            </SimpleGrid>
            <Tabs value={tab} onChange={setTab} keepMounted={false}>
              <Tabs.List aria-label={t('form.languageTabs')}>
                {LANGS.map((lang) => (
                  <Tabs.Tab key={lang} value={lang}>
                    {t(`form.lang.${lang}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              {LANGS.map((lang) => (
                <Tabs.Panel key={lang} value={lang} pt="sm">
                  <Stack gap="sm">
                    <TextInput
                      label={t('form.titleField')}
                      lang={lang}
                      required={lang === 'fi'}
                      maxLength={200}
                      {...form.getInputProps(`title.${lang}`)}
                      error={
                        form.errors[`title.${lang}`] ??
                        (lang === 'fi' ? form.errors.title : undefined)
                      }
                    />
                    <Textarea
                      label={t('form.descriptionField')}
                      lang={lang}
                      autosize
                      minRows={4}
                      maxLength={5000}
                      {...form.getInputProps(`description.${lang}`)}
                    />
                  </Stack>
                </Tabs.Panel>
              ))}
            </Tabs>
            <Title order={2} size="h4">
              {t('form.date')}
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <TextInput
                type="date"
                label={t('form.date')}
                required
                {...form.getInputProps('date')}
                error={form.errors.date ?? form.errors.startsAt}
              />
              <TextInput
                type="time"
                label={t('form.startTime')}
                required
                {...form.getInputProps('startTime')}
              />
              <TextInput
                type="time"
                label={t('form.endTime')}
                required
                {...form.getInputProps('endTime')}
                error={form.errors.endTime ?? form.errors.endsAt}
              />
              <RepeatFields
                form={form}
                customRule={event?.recurrence ?? null}
                error={form.errors.recurrence}
              />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput label={t('form.placeName')} {...form.getInputProps('placeName')} />
              <TextInput label={t('form.streetAddress')} {...form.getInputProps('streetAddress')} />
              <TextInput
                label={t('form.postalCode')}
                inputMode="numeric"
                maxLength={5}
                {...form.getInputProps('postalCode')}
              />
              <TextInput label={t('form.postOffice')} {...form.getInputProps('postOffice')} />
              <MunicipalitySelect
                label={t('form.municipality')}
                value={form.values.municipalityCode}
                onChange={(code) => {
                  form.setFieldValue('municipalityCode', code);
                }}
                error={form.errors.municipalityCode as string | undefined}
              />
            </SimpleGrid>
            <Checkbox
              label={t('form.isOnline')}
              {...form.getInputProps('isOnline', { type: 'checkbox' })}
            />
            {form.values.isOnline && (
              <TextInput
                type="url"
                label={t('form.onlineUrl')}
                description={t('form.onlineUrlHint')}
                {...form.getInputProps('onlineUrl')}
              />
            )}
            <Group align="flex-end">
              <Checkbox
                label={t('form.signupEnabled')}
                {...form.getInputProps('signupEnabled', { type: 'checkbox' })}
              />
              {form.values.signupEnabled && (
                <NumberInput
                  label={t('form.capacity')}
                  min={1}
                  {...form.getInputProps('capacity')}
                />
              )}
            </Group>
            {editable && (
              <Group>
                <Button type="submit" loading={creating.fetching || updating.fetching}>
                  {t('form.save')}
                </Button>
              </Group>
            )}
          </Stack>
        </fieldset>
      </form>
    </Page>
  );
}

/** Form labels of the fields a waiting change names (others by their API name). */
const CHANGE_LABELS: Record<string, string> = {
  kind: 'form.kind',
  audience: 'form.audience',
  title: 'form.titleField',
  description: 'form.descriptionField',
  startsAt: 'form.startTime',
  endsAt: 'form.endTime',
  recurrence: 'form.repeat',
  placeName: 'form.placeName',
  streetAddress: 'form.streetAddress',
  postalCode: 'form.postalCode',
  postOffice: 'form.postOffice',
  municipalityCode: 'form.municipality',
  isOnline: 'form.isOnline',
};

/** A published event's change waiting for review, or why the last one was returned. */
function ChangeReviewNote({ event }: { event: EditedEvent }) {
  const { t } = useTranslation('events');
  const review = event.changeReview;
  if (!review) return null;
  if (review.pendingSince) {
    const fields = [...new Set(review.changes.map((change) => change.field))]
      .map((field) => {
        const key = CHANGE_LABELS[field];
        return key ? t(key as 'form.kind') : field;
      })
      .join(', ');
    return (
      <Text c="blue.8" role="status">
        {t('form.pendingChange', { fields })}
      </Text>
    );
  }
  return review.returnReason ? (
    <Text c="orange.8">{t('form.changeReturned', { reason: review.returnReason })}</Text>
  ) : null;
}
