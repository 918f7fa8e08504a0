import {
  Alert,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorCode, errorField, errorMessage } from '../../lib/urql/errors';
import { businessIdProblem } from './businessId';
import { CreateOrganizationMutation, InviteOrgAdminMutation } from './members.documents';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

interface Values {
  role: 'MEMBER' | 'PARTNER';
  name: string;
  businessId: string;
  contactEmail: string;
  website: string;
  adminEmail: string;
}

/** Adds a member or partner organisation to the network and (optionally) invites its first admin. */
export function AddOrganizationDialog({
  networkId,
  opened,
  onClose,
  onAdded,
}: {
  networkId: string;
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const [create, runCreate] = useMutation(CreateOrganizationMutation);
  const [invite, runInvite] = useMutation(InviteOrgAdminMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values>({
    initialValues: {
      role: 'MEMBER',
      name: '',
      businessId: '',
      contactEmail: '',
      website: '',
      adminEmail: '',
    },
    validate: {
      name: (value) =>
        value.trim().length < 2
          ? t('add.errors.name')
          : value.length > 200
            ? t('add.errors.nameLong')
            : null,
      businessId: (value) => {
        const problem = businessIdProblem(value);
        return problem ? t(`add.errors.businessId.${problem}`) : null;
      },
      contactEmail: (value) =>
        value.trim() && !EMAIL.test(value.trim()) ? t('add.errors.email') : null,
      website: (value) =>
        value.trim() && !/^https?:\/\//.test(value.trim()) ? t('add.errors.website') : null,
      adminEmail: (value) =>
        value.trim() && !EMAIL.test(value.trim()) ? t('add.errors.email') : null,
    },
  });

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const submit = async (values: Values) => {
    setFailure(null);
    const created = await runCreate({
      input: {
        networkId,
        role: values.role,
        profile: {
          name: values.name.trim(),
          businessId: values.businessId.trim() || undefined,
          contactEmail: values.contactEmail.trim() || undefined,
          website: values.website.trim() || undefined,
        },
      },
    });
    if (created.error || !created.data) {
      const field =
        errorField(created.error) ??
        (errorCode(created.error) === 'CONFLICT' ? 'profile.businessId' : null);
      const key = field?.replace(/^profile\./, '');
      if (key && key in values) {
        form.setFieldError(
          key,
          errorCode(created.error) === 'CONFLICT'
            ? t('add.errors.businessIdTaken')
            : (errorMessage(created.error) ?? ''),
        );
      } else {
        setFailure(errorMessage(created.error) ?? t('add.failed'));
      }
      return;
    }
    const organization = created.data.createOrganization;
    if (values.adminEmail.trim()) {
      const invited = await runInvite({
        input: {
          email: values.adminEmail.trim(),
          role: 'ORG_ADMIN',
          organizationId: organization.id,
        },
      });
      if (invited.error) {
        notifications.show({
          withCloseButton: false,
          color: 'orange',
          message: t('add.inviteFailed', {
            name: organization.name,
            detail: errorMessage(invited.error) ?? '',
          }),
        });
        onAdded();
        close();
        return;
      }
    }
    notifications.show({
      withCloseButton: false,
      color: 'green',
      message: values.adminEmail.trim()
        ? t('add.doneInvited', { name: organization.name, email: values.adminEmail.trim() })
        : t('add.done', { name: organization.name }),
    });
    onAdded();
    close();
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      opened={opened}
      onClose={close}
      title={t('add.title')}
      centered
      size="lg"
    >
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          void submit(values);
        })}
      >
        <Stack gap="md">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="add-org-role">
              {t('add.role')}
            </Text>
            <SegmentedControl
              aria-labelledby="add-org-role"
              data={[
                { value: 'MEMBER', label: t('roles.MEMBER') },
                { value: 'PARTNER', label: t('roles.PARTNER') },
              ]}
              {...form.getInputProps('role')}
            />
          </Stack>
          <TextInput
            label={t('add.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('add.businessId')}
            description={t('add.businessIdHint')}
            {...form.getInputProps('businessId')}
          />
          <TextInput
            label={t('add.contactEmail')}
            type="email"
            {...form.getInputProps('contactEmail')}
          />
          <TextInput label={t('add.website')} type="url" {...form.getInputProps('website')} />
          <TextInput
            label={t('add.adminEmail')}
            description={t('add.adminEmailHint')}
            type="email"
            {...form.getInputProps('adminEmail')}
          />
          {failure && (
            <Alert color="red" variant="light" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {tc('common.cancel')}
            </Button>
            <Button type="submit" loading={create.fetching || invite.fetching}>
              {t('add.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
