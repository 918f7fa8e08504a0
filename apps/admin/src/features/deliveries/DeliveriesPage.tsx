import { Alert, Button, Group, Modal, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/urql/errors';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { localized } from '../services/format';
import { type AreaSelection, AreaPicker } from './AreaPicker';
import { CreateDeliveryMutation, ServiceDeliveriesQuery } from './deliveries.documents';
import { DeliveryCard } from './DeliveryCard';

function AddDeliveryDialog({
  serviceId,
  organizationId,
  opened,
  onClose,
  onAdded,
}: {
  serviceId: string;
  organizationId: string;
  opened: boolean;
  onClose: () => void;
  onAdded: () => void;
}) {
  const { t } = useTranslation('deliveries');
  const { t: tc } = useTranslation();
  const [areas, setAreas] = useState<AreaSelection>({
    wellbeingAreaCodes: [],
    municipalityCodes: [],
  });
  const [isNationwide, setNationwide] = useState(false);
  const [isRemote, setRemote] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [state, create] = useMutation(CreateDeliveryMutation);
  const empty =
    !isNationwide &&
    !isRemote &&
    areas.wellbeingAreaCodes.length + areas.municipalityCodes.length === 0;

  const close = () => {
    setAreas({ wellbeingAreaCodes: [], municipalityCodes: [] });
    setNationwide(false);
    setRemote(false);
    setFailure(null);
    onClose();
  };
  const submit = async () => {
    if (empty) {
      setFailure(t('add.needWhere'));
      return;
    }
    const result = await create({
      input: {
        serviceId,
        organizationId,
        isNationwide,
        isRemote,
        areas: {
          wellbeingAreaCodes: areas.wellbeingAreaCodes,
          municipalityCodes: areas.municipalityCodes,
        },
      },
    });
    if (result.error) {
      setFailure(errorMessage(result.error) ?? t('errors.failed'));
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('add.done') });
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
      <Stack>
        <Text size="sm">{t('add.intro')}</Text>
        <AreaPicker label={t('areas')} value={areas} onChange={setAreas} />
        <Group>
          <Switch
            label={t('nationwide')}
            checked={isNationwide}
            onChange={(e) => {
              setNationwide(e.currentTarget.checked);
            }}
          />
          <Switch
            label={t('remote')}
            checked={isRemote}
            onChange={(e) => {
              setRemote(e.currentTarget.checked);
            }}
          />
        </Group>
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {failure}
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
            {t('add.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** /o/:organizationId/services/:serviceId/deliveries — where and how the service is delivered. */
export function DeliveriesPage() {
  const { t, i18n } = useTranslation('deliveries');
  const language = currentLanguage(i18n);
  const tenant = useOrganizationTenant();
  const { serviceId = '' } = useParams();
  const [adding, setAdding] = useState(false);
  const [result, refetch] = useQuery({
    query: ServiceDeliveriesQuery,
    variables: { id: serviceId },
  });
  const refresh = () => {
    refetch({ requestPolicy: 'network-only' });
  };
  const name = result.data ? localized(result.data.service.name, language) : '';
  const servicePath = `${tenant.basePath}/services/${serviceId}`;
  const addButton = (
    <Button
      onClick={() => {
        setAdding(true);
      }}
    >
      {t('add.open')}
    </Button>
  );
  return (
    <Page
      title={name ? t('titleWithService', { service: name }) : t('title')}
      description={t('description')}
      breadcrumbs={[
        { label: t('breadcrumbServices'), to: `${tenant.basePath}/services` },
        ...(name ? [{ label: name, to: servicePath }] : []),
        { label: t('title') },
      ]}
      actions={
        <Group gap="sm">
          <Button component={Link} to={`${servicePath}/history`} variant="default">
            {t('history')}
          </Button>
          {addButton}
        </Group>
      }
    >
      <QueryState
        result={result}
        retry={refresh}
        isEmpty={(data) => data.service.deliveries.totalCount === 0}
        empty={<EmptyState text={t('empty')} action={addButton} />}
      >
        {(data) => (
          <Stack gap="lg">
            {data.service.deliveries.edges.map(({ node }, index) => (
              <DeliveryCard key={node.id} delivery={node} index={index} />
            ))}
          </Stack>
        )}
      </QueryState>
      <AddDeliveryDialog
        serviceId={serviceId}
        organizationId={tenant.organization.id}
        opened={adding}
        onClose={() => {
          setAdding(false);
        }}
        onAdded={refresh}
      />
    </Page>
  );
}
