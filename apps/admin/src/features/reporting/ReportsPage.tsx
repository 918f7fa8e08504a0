import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { formatDate } from '../services/format';
import { periodLabel } from './period';
import { OrganizationReportsQuery } from './reporting.documents';

/** /o/:organizationId/reports — the organisation's reports in its networks' rounds, newest first. */
export function ReportsPage() {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const tenant = useOrganizationTenant();
  const [result, refetch] = useQuery({
    query: OrganizationReportsQuery,
    variables: { organizationId: tenant.organization.id, first: 50 },
    requestPolicy: 'cache-and-network',
  });
  const networkName = (slug: string) =>
    tenant.networks.find((network) => network.slug === slug)?.name ?? slug;
  return (
    <Page title={t('reports.title')} description={t('reports.description')}>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
        isEmpty={(data) => data.organizationReports.edges.length === 0}
        empty={<Text>{t('reports.empty')}</Text>}
      >
        {(data) => (
          <Table striped withTableBorder fz="sm">
            <Table.Caption>{t('reports.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('reports.period')}</Table.Th>
                <Table.Th scope="col">{t('reports.network')}</Table.Th>
                <Table.Th scope="col">{t('reports.dueOn')}</Table.Th>
                <Table.Th scope="col">{t('reports.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.organizationReports.edges.map(({ node }) => {
                const period = periodLabel(node.round.periodKind, node.round.periodStart);
                return (
                  <Table.Tr key={node.id}>
                    <Table.Th scope="row" fw={400}>
                      <Anchor
                        component={Link}
                        to={node.id}
                        aria-label={t('reports.openOf', { period })}
                      >
                        {period} ({t(`period.${node.round.periodKind}`)})
                      </Anchor>
                    </Table.Th>
                    <Table.Td>{networkName(node.networkSlug)}</Table.Td>
                    <Table.Td>{formatDate(node.round.dueOn, language)}</Table.Td>
                    <Table.Td>
                      <Badge
                        variant="light"
                        color={node.status === 'SUBMITTED' ? 'green' : 'orange'}
                      >
                        {node.round.status === 'LOCKED'
                          ? t('roundStatus.LOCKED')
                          : t(`reportStatus.${node.status}`)}
                      </Badge>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </QueryState>
    </Page>
  );
}

export default ReportsPage;
