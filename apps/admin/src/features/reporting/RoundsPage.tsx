import { Anchor, Badge, Button, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { formatDate } from '../services/format';
import { OpenRoundDialog } from './OpenRoundDialog';
import { periodLabel } from './period';
import { ReportingRoundsQuery } from './reporting.documents';

const PAGE = 20;

/** /n/:networkSlug/rounds — the network's reporting rounds, newest first, and opening a new one. */
export function RoundsPage() {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const navigate = useNavigate();
  const [first, setFirst] = useState(PAGE);
  const [opening, setOpening] = useState(false);
  const [result, refetch] = useQuery({
    query: ReportingRoundsQuery,
    variables: { slug: tenant.network.slug, first },
    requestPolicy: 'cache-and-network',
  });
  return (
    <Page
      title={t('rounds.title')}
      description={t('rounds.description')}
      actions={
        <Button
          onClick={() => {
            setOpening(true);
          }}
        >
          {t('rounds.open')}
        </Button>
      }
    >
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.reportingRounds.edges.length === 0}
        empty={<Text>{t('rounds.empty')}</Text>}
      >
        {(data) => (
          <>
            <Table striped withTableBorder fz="sm">
              <Table.Caption>{t('rounds.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('rounds.period')}</Table.Th>
                  <Table.Th scope="col">{t('rounds.dueOn')}</Table.Th>
                  <Table.Th scope="col">{t('rounds.status')}</Table.Th>
                  <Table.Th scope="col">{t('rounds.lockedAt')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.reportingRounds.edges.map(({ node }) => {
                  const label = periodLabel(node.periodKind, node.periodStart);
                  return (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row" fw={400}>
                        <Anchor
                          component={Link}
                          to={node.id}
                          aria-label={t('rounds.viewOf', { period: label })}
                        >
                          {label} ({t(`period.${node.periodKind}`)})
                        </Anchor>
                      </Table.Th>
                      <Table.Td>{formatDate(node.dueOn, language)}</Table.Td>
                      <Table.Td>
                        <Badge color={node.status === 'LOCKED' ? 'gray' : 'green'} variant="light">
                          {t(`roundStatus.${node.status}`)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>{formatDate(node.lockedAt, language)}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
            {data.reportingRounds.pageInfo.hasNextPage && (
              <Button
                variant="default"
                onClick={() => {
                  setFirst(first + PAGE);
                }}
              >
                {t('rounds.more')}
              </Button>
            )}
          </>
        )}
      </QueryState>
      {opening && (
        <OpenRoundDialog
          slug={tenant.network.slug}
          onClose={() => {
            setOpening(false);
          }}
          onOpened={(id) => {
            setOpening(false);
            void navigate(id);
          }}
        />
      )}
    </Page>
  );
}

export default RoundsPage;
