import { Alert, Button, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { type AreaSelection, AreaPicker } from '../deliveries/AreaPicker';
import { localized } from '../services/format';
import { CreatePlannedDeliveryMutation, PlanningServicesQuery } from './planning.documents';

/** Plans bringing a published service to new municipalities or wellbeing areas (a PLANNING delivery). */
export function CreatePlannedDeliveryDialog({
  slug,
  opened,
  onClose,
  onCreated,
  initialAreas,
}: {
  slug: string;
  opened: boolean;
  onClose: () => void;
  onCreated: (serviceId: string, deliveryId: string) => void;
  /** Areas chosen before the dialog opens (from a gap of the coverage matrix). */
  initialAreas?: AreaSelection;
}) {
  const { t, i18n } = useTranslation('planning');
  const { t: tc } = useTranslation();
  const language = currentLanguage(i18n);
  const [services] = useQuery({
    query: PlanningServicesQuery,
    variables: { slug },
    pause: !opened,
  });
  const [serviceId, setServiceId] = useState<string | null>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [areas, setAreas] = useState<AreaSelection>(
    initialAreas ?? { wellbeingAreaCodes: [], municipalityCodes: [] },
  );
  const [startsOn, setStartsOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [state, create] = useMutation(CreatePlannedDeliveryMutation);

  const list = useMemo(
    () => services.data?.network.services.edges.map((e) => e.node) ?? [],
    [services.data],
  );
  const service = list.find((s) => s.id === serviceId);
  const organizations = service
    ? [
        service.responsibleOrganization,
        ...service.producers.filter((p) => p.id !== service.responsibleOrganization.id),
      ]
    : [];

  const close = () => {
    setServiceId(null);
    setOrganizationId(null);
    setAreas({ wellbeingAreaCodes: [], municipalityCodes: [] });
    setStartsOn('');
    setErrors({});
    onClose();
  };
  const submit = async () => {
    const found: Record<string, string> = {};
    if (!serviceId) found.service = t('create.needService');
    if (areas.wellbeingAreaCodes.length + areas.municipalityCodes.length === 0)
      found.areas = t('create.needAreas');
    setErrors(found);
    if (Object.keys(found).length > 0 || !serviceId || !service) return;
    const result = await create({
      input: {
        serviceId,
        organizationId: organizationId ?? service.responsibleOrganization.id,
        status: 'PLANNING',
        acceptingClients: false,
        startsOn: startsOn || undefined,
        areas: {
          wellbeingAreaCodes: areas.wellbeingAreaCodes,
          municipalityCodes: areas.municipalityCodes,
        },
      },
    });
    if (result.error || !result.data) {
      const field = errorField(result.error);
      const message = errorMessage(result.error) ?? t('create.failed');
      setErrors(
        field?.startsWith('areas')
          ? { areas: message }
          : field === 'startsOn'
            ? { startsOn: message }
            : field === 'organizationId'
              ? { organization: message }
              : { form: message },
      );
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('create.done') });
    const id = result.data.createServiceDelivery.id;
    close();
    onCreated(serviceId, id);
  };

  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      opened={opened}
      onClose={close}
      title={t('create.title')}
      centered
      size="lg"
    >
      <Stack gap="md">
        <Text size="sm">{t('create.intro')}</Text>
        <Select
          label={t('create.service')}
          placeholder={services.fetching ? tc('states.loading') : undefined}
          searchable
          required
          data={list.map((s) => ({ value: s.id, label: localized(s.name, language) }))}
          value={serviceId}
          onChange={(value) => {
            setServiceId(value);
            setOrganizationId(null);
          }}
          error={errors.service}
          nothingFoundMessage={t('create.noServices')}
          data-autofocus
        />
        {service && (
          <Select
            label={t('create.organization')}
            description={t('create.organizationHint')}
            allowDeselect={false}
            data={organizations.map((o) => ({ value: o.id, label: o.name }))}
            value={organizationId ?? service.responsibleOrganization.id}
            onChange={setOrganizationId}
            error={errors.organization}
          />
        )}
        <AreaPicker
          label={t('create.areas')}
          value={areas}
          onChange={setAreas}
          error={errors.areas}
        />
        <TextInput
          type="date"
          label={t('create.startsOn')}
          value={startsOn}
          onChange={(event) => {
            setStartsOn(event.currentTarget.value);
          }}
          error={errors.startsOn}
          w={220}
        />
        {errors.form && (
          <Alert color="red" variant="light" role="alert">
            {errors.form}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {tc('common.cancel')}
          </Button>
          <Button
            loading={state.fetching}
            onClick={() => {
              void submit();
            }}
          >
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
