import { Alert, Badge, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { localized } from '../services/format';
import { GoLiveDialog } from './GoLiveDialog';
import { PlannedDeliveryQuery } from './planning.documents';
import { ReadinessChecklist } from './ReadinessChecklist';
import { ReadinessProgress } from './ReadinessProgress';

/** /n/:networkSlug/planning/:serviceId/:deliveryId — one planned delivery's readiness and go-live. */
export function PlannedDeliveryPage() {
  const { t, i18n } = useTranslation('planning');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const { serviceId = '', deliveryId = '' } = useParams();
  const [goingLive, setGoingLive] = useState(false);
  const [result, refetch] = useQuery({ query: PlannedDeliveryQuery, variables: { serviceId } });
  const delivery = result.data?.service.deliveries.edges.find(
    ({ node }) => node.id === deliveryId,
  )?.node;
  const serviceName = result.data ? localized(result.data.service.name, language) : '';
  const where = delivery
    ? [...delivery.wellbeingAreas, ...delivery.municipalities]
        .map((place) => localized(place.name, language))
        .join(', ')
    : '';
  return (
    <Page
      title={serviceName ? t('delivery.title', { service: serviceName }) : t('title')}
      description={
        delivery
          ? t('delivery.description', {
              organization: delivery.organization.name,
              where: where || '–',
            })
          : undefined
      }
      breadcrumbs={[
        { label: t('title'), to: `${tenant.basePath}/planning` },
        { label: serviceName || '…' },
      ]}
      badge={
        delivery && (
          <Badge
            color={delivery.status === 'ACTIVE' ? 'green' : 'blue'}
            variant="light"
            tt="none"
            size="lg"
          >
            {t(`deliveryStatus.${delivery.status}`)}
          </Badge>
        )
      }
      actions={
        delivery?.status === 'PLANNING' && (
          <Button
            color="green"
            onClick={() => {
              setGoingLive(true);
            }}
          >
            {t('goLive.open')}
          </Button>
        )
      }
    >
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={() => !delivery}
        empty={<EmptyState text={t('delivery.notFound')} />}
      >
        {() =>
          delivery && (
            <Stack gap="lg">
              {delivery.status !== 'PLANNING' && (
                <Alert color="green" variant="light">
                  {t('delivery.live')}
                </Alert>
              )}
              {delivery.readiness ? (
                <>
                  <Paper withBorder radius="md" p="md">
                    <Stack gap="xs">
                      <Title order={2} size="h4">
                        {t('progress.title')}
                      </Title>
                      <ReadinessProgress summary={delivery.readiness} />
                    </Stack>
                  </Paper>
                  <Stack gap="xs">
                    <Title order={2} size="h4">
                      {t('checklist.title')}
                    </Title>
                    <Text size="sm" c="dimmed">
                      {t('checklist.hint')}
                    </Text>
                    <ReadinessChecklist
                      items={delivery.readiness.items}
                      editable={delivery.status === 'PLANNING'}
                    />
                  </Stack>
                </>
              ) : (
                <EmptyState text={t('checklist.none')} />
              )}
              <GoLiveDialog
                delivery={delivery}
                opened={goingLive}
                onClose={() => {
                  setGoingLive(false);
                }}
                onDone={() => {
                  refetch({ requestPolicy: 'network-only' });
                }}
              />
            </Stack>
          )
        }
      </QueryState>
    </Page>
  );
}
