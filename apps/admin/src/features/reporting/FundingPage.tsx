import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConnectionTable, useCursorPagination } from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/urql/errors';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { localized } from '../services/format';
import { FundingDialog } from './FundingDialog';
import {
  type FundingRow,
  RemoveFundingSourceMutation,
  ServiceFundingQuery,
} from './funding.documents';

function euros(value: number | null, locale: string): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
}

function day(value: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC' }).format(
    new Date(`${value}T00:00:00Z`),
  );
}

/**
 * /o/:organizationId/services/:serviceId/funding: the service's funding sources (type, funder,
 * amount, period, permanent or fixed-term), added, changed and removed by the organisation's admins.
 */
export function FundingPage() {
  const { serviceId = '' } = useParams();
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const locale = language === 'en' ? 'en-GB' : `${language}-FI`;
  const tenant = useOrganizationTenant();
  const writes = tenant.roles.includes('ORG_ADMIN');
  const pagination = useCursorPagination(20);
  const [result, refetch] = useQuery({
    query: ServiceFundingQuery,
    variables: { id: serviceId, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });
  const [editing, setEditing] = useState<FundingRow | 'new' | null>(null);
  const [removing, setRemoving] = useState<FundingRow | null>(null);
  const [removal, remove] = useMutation(RemoveFundingSourceMutation);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };
  const serviceName = result.data ? localized(result.data.service.name, language) : '';
  const servicePath = `${tenant.basePath}/services/${serviceId}`;

  const confirmRemove = async () => {
    if (!removing) return;
    const answer = await remove({ id: removing.id });
    if (answer.error) {
      notifications.show({
        color: 'red',
        message: t('funding.failed', { detail: errorMessage(answer.error) ?? '' }),
      });
      return;
    }
    setRemoving(null);
    notifications.show({ withCloseButton: false, color: 'green', message: t('funding.removed') });
    reload();
  };

  return (
    <Page
      title={t('funding.title', { service: serviceName })}
      description={t('funding.description')}
      breadcrumbs={[{ label: serviceName, to: servicePath }, { label: t('funding.crumb') }]}
      actions={
        writes && (
          <Button
            onClick={() => {
              setEditing('new');
            }}
          >
            {t('funding.add')}
          </Button>
        )
      }
    >
      {!writes && <Text>{t('funding.readOnly')}</Text>}
      <QueryState result={result} retry={reload}>
        {(data) => {
          const connection = data.serviceFundingSources;
          const records = connection.edges.map((edge) => edge.node);
          return (
            <ConnectionTable<FundingRow>
              caption={t('funding.caption')}
              records={records}
              idAccessor="id"
              fetching={result.fetching}
              totalCount={connection.totalCount}
              hasNextPage={connection.pageInfo.hasNextPage}
              endCursor={connection.pageInfo.endCursor}
              pagination={pagination}
              sortStatus={{ columnAccessor: 'startsOn', direction: 'asc' }}
              onSortStatusChange={() => undefined}
              noRecordsText={t('funding.empty')}
              columns={[
                {
                  accessor: 'type',
                  title: t('funding.type'),
                  render: (row) => t(`fundingType.${row.type}`),
                },
                { accessor: 'funderName', title: t('funding.funder') },
                {
                  accessor: 'amount',
                  title: t('funding.amount'),
                  textAlign: 'right',
                  render: (row) => euros(row.amount, locale),
                },
                {
                  accessor: 'startsOn',
                  title: t('funding.period'),
                  render: (row) =>
                    `${day(row.startsOn, locale)} – ${row.endsOn ? day(row.endsOn, locale) : ''}`,
                },
                {
                  accessor: 'isPermanent',
                  title: t('funding.duration'),
                  render: (row) =>
                    row.isPermanent ? t('funding.permanent') : t('funding.fixedTerm'),
                },
                ...(writes
                  ? [
                      {
                        accessor: 'actions',
                        title: t('funding.actions'),
                        render: (row: FundingRow) => (
                          <Group gap="xs" wrap="nowrap">
                            <Button
                              size="xs"
                              variant="light"
                              aria-label={t('funding.editOf', { funder: row.funderName })}
                              onClick={() => {
                                setEditing(row);
                              }}
                            >
                              {t('funding.edit')}
                            </Button>
                            <Button
                              size="xs"
                              variant="light"
                              color="red"
                              aria-label={t('funding.removeOf', { funder: row.funderName })}
                              onClick={() => {
                                setRemoving(row);
                              }}
                            >
                              {t('funding.remove')}
                            </Button>
                          </Group>
                        ),
                      },
                    ]
                  : []),
              ]}
            />
          );
        }}
      </QueryState>
      {editing && (
        <FundingDialog
          serviceId={serviceId}
          row={editing === 'new' ? null : editing}
          onClose={() => {
            setEditing(null);
          }}
          onSaved={() => {
            setEditing(null);
            notifications.show({
              withCloseButton: false,
              color: 'green',
              message: t('funding.saved'),
            });
            reload();
          }}
        />
      )}
      <Modal
        opened={removing !== null}
        onClose={() => {
          setRemoving(null);
        }}
        title={removing ? t('funding.removeOf', { funder: removing.funderName }) : ''}
      >
        <Stack>
          <Text>{t('funding.removeConfirm', { funder: removing?.funderName ?? '' })}</Text>
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setRemoving(null);
              }}
            >
              {t('funding.cancel')}
            </Button>
            <Button color="red" loading={removal.fetching} onClick={() => void confirmRemove()}>
              {t('funding.remove')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}

export default FundingPage;
