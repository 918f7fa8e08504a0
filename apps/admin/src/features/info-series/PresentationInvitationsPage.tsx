import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useCursorPagination } from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import { formatSessionTime } from './format';
import {
  type InvitationRow,
  MyPresentationInvitationsQuery,
  RespondToPresentationMutation,
} from './info-series.documents';

/**
 * /o/:organizationId/presentations — the organisation's invitations to present at info sessions
 * (its admins): accept, or decline with a reason the coordinator sees.
 */
export function PresentationInvitationsPage() {
  const { t, i18n } = useTranslation('infoSeries');
  const language = currentLanguage(i18n);
  const tenant = useOrganizationTenant();
  const pagination = useCursorPagination(50);
  const [result, refetch] = useQuery({
    query: MyPresentationInvitationsQuery,
    variables: pagination.variables,
    requestPolicy: 'cache-and-network',
  });
  const [, respond] = useMutation(RespondToPresentationMutation);
  const [declining, setDeclining] = useState<InvitationRow | null>(null);
  const [reason, setReason] = useState('');
  const [status, setStatus] = useState('');
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };

  const answer = async (row: InvitationRow, accept: boolean) => {
    const response = await respond({
      input: { presentationId: row.id, accept, declineReason: accept ? null : reason },
    });
    const message = response.error
      ? t('failed', { detail: errorMessage(response.error) ?? '' })
      : accept
        ? t('invitations.accepted')
        : t('invitations.declined');
    setStatus(message);
    notifications.show({
      withCloseButton: false,
      color: response.error ? 'red' : 'green',
      message,
    });
    if (!response.error) {
      setDeclining(null);
      setReason('');
      reload();
    }
  };

  return (
    <Page title={t('invitations.title')} description={t('invitations.description')}>
      <Text role="status" aria-live="polite" size="sm" c="dimmed">
        {status}
      </Text>
      <QueryState result={result} retry={reload}>
        {(data) => {
          const rows = data.myPresentationInvitations.edges
            .map(({ node }) => node)
            .filter((row) => row.organization.id === tenant.organization.id);
          if (rows.length === 0) {
            return <EmptyState title={t('invitations.empty')} text={t('invitations.emptyText')} />;
          }
          return (
            <Table.ScrollContainer minWidth={720}>
              <Table striped>
                <Table.Caption>{t('invitations.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('invitations.session')}</Table.Th>
                    <Table.Th scope="col">{t('invitations.respondBy')}</Table.Th>
                    <Table.Th scope="col">{t('invitations.state')}</Table.Th>
                    <Table.Th scope="col">{t('invitations.actions')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => {
                    const date = formatSessionTime(row.session.startsAt, language);
                    return (
                      <Table.Tr key={row.id}>
                        <Table.Th scope="row">
                          <Stack gap={0}>
                            <Text size="sm" fw={500}>
                              {localized(row.session.title, language)}
                            </Text>
                            <Text size="sm">{date}</Text>
                          </Stack>
                        </Table.Th>
                        <Table.Td>{formatSessionTime(row.respondBy, language)}</Table.Td>
                        <Table.Td>
                          <Badge
                            color={row.status === 'ACCEPTED' ? 'green' : 'yellow'}
                            variant="light"
                          >
                            {t(`status.${row.status}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {row.status === 'INVITED' && (
                            <Group gap="xs">
                              <Button
                                size="compact-sm"
                                aria-label={t('invitations.acceptOf', { date })}
                                onClick={() => {
                                  void answer(row, true);
                                }}
                              >
                                {t('invitations.accept')}
                              </Button>
                              <Button
                                size="compact-sm"
                                variant="default"
                                aria-label={t('invitations.declineOf', { date })}
                                onClick={() => {
                                  setDeclining(row);
                                }}
                              >
                                {t('invitations.decline')}
                              </Button>
                            </Group>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          );
        }}
      </QueryState>
      <Modal
        opened={declining !== null}
        onClose={() => {
          setDeclining(null);
        }}
        title={
          declining
            ? t('invitations.declineOf', {
                date: formatSessionTime(declining.session.startsAt, language),
              })
            : ''
        }
      >
        <Stack>
          <Textarea
            required
            autosize
            minRows={3}
            maxLength={1000}
            label={t('invitations.reason')}
            value={reason}
            onChange={(event) => {
              setReason(event.currentTarget.value);
            }}
          />
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setDeclining(null);
              }}
            >
              {t('invitations.cancel')}
            </Button>
            <Button
              color="red"
              disabled={!reason.trim()}
              onClick={() => {
                if (declining) void answer(declining, false);
              }}
            >
              {t('invitations.confirmDecline')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Page>
  );
}
