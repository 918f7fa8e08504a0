import { Button, Group, MultiSelect, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { errorField, errorMessage } from '../../lib/urql/errors';
import {
  LogSupportContactMutation,
  SetSupportContactStatusMutation,
  type SupportContactRow,
  UpdateSupportContactMutation,
} from './support-contacts.documents';
import { CHANNELS, STATUSES, useSupportOptions } from './useSupportOptions';

type Channel = (typeof CHANNELS)[number];
type Status = (typeof STATUSES)[number];

interface Values {
  organizationId: string;
  contactedOn: string;
  channel: Channel;
  topicIds: string[];
  status: Status;
  followUpOn: string;
  contactPerson: string;
  note: string;
}

/** The API's field path ("input.topicIds.0") → the form's field. */
function formField(path: string | null): keyof Values | null {
  const name = path?.split('.')[1];
  const fields: (keyof Values)[] = [
    'organizationId',
    'contactedOn',
    'channel',
    'topicIds',
    'status',
    'followUpOn',
    'contactPerson',
    'note',
  ];
  return fields.find((field) => field === name) ?? null;
}

/** Logs a new contact, or edits one (its status through the transition table's mutation). */
export function ContactForm({
  contact,
  onDone,
}: {
  contact?: SupportContactRow;
  onDone: (saved: boolean) => void;
}) {
  const { t } = useTranslation('supportContacts');
  const tenant = useNetworkTenant();
  const options = useSupportOptions();
  const [, log] = useMutation(LogSupportContactMutation);
  const [, update] = useMutation(UpdateSupportContactMutation);
  const [, setStatus] = useMutation(SetSupportContactStatusMutation);
  const [problem, setProblem] = useState('');
  const form = useForm<Values>({
    initialValues: {
      organizationId: contact?.organization.id ?? '',
      contactedOn: contact?.contactedOn ?? new Date().toISOString().slice(0, 10),
      channel: contact?.channel ?? 'PHONE',
      topicIds: contact?.topics.map((topic) => topic.id) ?? [],
      status: contact?.status ?? 'OPEN',
      followUpOn: contact?.followUpOn ?? '',
      contactPerson: contact?.contactPerson ?? '',
      note: contact?.note ?? '',
    },
    validate: {
      organizationId: (value) => (value ? null : t('form.organization')),
      followUpOn: (value, values) =>
        values.status === 'FOLLOW_UP' && !value ? t('form.followUpHint') : null,
    },
  });

  const submit = async (values: Values) => {
    setProblem('');
    let error;
    if (!contact) {
      ({ error } = await log({
        input: {
          networkId: tenant.network.id,
          organizationId: values.organizationId,
          contactedOn: values.contactedOn,
          channel: values.channel,
          topicIds: values.topicIds,
          status: values.status,
          followUpOn: values.followUpOn || null,
          contactPerson: values.contactPerson,
          note: values.note,
        },
      }));
    } else {
      ({ error } = await update({
        input: {
          id: contact.id,
          organizationId: values.organizationId,
          contactedOn: values.contactedOn,
          channel: values.channel,
          topicIds: values.topicIds,
          contactPerson: values.contactPerson,
          note: values.note,
        },
      }));
      const statusChanged =
        values.status !== contact.status ||
        (values.status === 'FOLLOW_UP' && values.followUpOn !== (contact.followUpOn ?? ''));
      if (!error && statusChanged) {
        ({ error } = await setStatus({
          input: { id: contact.id, status: values.status, followUpOn: values.followUpOn || null },
        }));
      }
    }
    if (error) {
      const field = formField(errorField(error));
      const message = errorMessage(error) ?? '';
      if (field) form.setFieldError(field, message);
      setProblem(t('form.failed', { detail: message }));
      return;
    }
    onDone(true);
  };

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        void submit(values);
      })}
      noValidate
    >
      <Stack gap="sm">
        <Select
          label={t('form.organization')}
          data={options.organizations}
          searchable
          required
          {...form.getInputProps('organizationId')}
        />
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('form.date')}
            required
            {...form.getInputProps('contactedOn')}
          />
          <Select
            label={t('form.channel')}
            data={CHANNELS.map((value) => ({ value, label: t(`channel.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('channel')}
          />
        </Group>
        <MultiSelect
          label={t('form.topics')}
          data={options.topics}
          searchable
          {...form.getInputProps('topicIds')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('form.status')}
            data={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
            allowDeselect={false}
            {...form.getInputProps('status')}
          />
          <TextInput
            type="date"
            label={t('form.followUpOn')}
            description={t('form.followUpHint')}
            {...form.getInputProps('followUpOn')}
          />
        </Group>
        <TextInput
          label={t('form.contactPerson')}
          description={t('form.contactPersonHint')}
          maxLength={120}
          {...form.getInputProps('contactPerson')}
        />
        <Textarea
          label={t('form.note')}
          description={t('form.noteHint')}
          maxLength={1000}
          autosize
          minRows={2}
          {...form.getInputProps('note')}
        />
        <div role="alert">{problem}</div>
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              onDone(false);
            }}
          >
            {t('form.cancel')}
          </Button>
          <Button type="submit">{t('form.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}
