import { Alert, Anchor, Button, Group, Select, Text } from '@mantine/core';
import { type DataTableColumn } from 'mantine-datatable';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ConnectionTable, useCursorPagination } from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { formatDate, localized } from '../services/format';
import { mayCreateSurvey, mayManageSurvey, useFeedbackScope } from './access';
import { FeedbackSurveysQuery, type SurveyRow } from './feedback.documents';
import { SurveyStatusBadge, SurveyStatusButtons } from './SurveyActions';

const NO_SORT = { columnAccessor: 'createdAt', direction: 'desc' } as const;

/**
 * /n/:networkSlug/feedback and /o/:organizationId/feedback: the surveys, newest first, a page at a
 * time — each linking to its results; for those who write them, a new survey, editing a draft and
 * opening / closing (the transition table). Read-only for everyone else.
 */
export function SurveysPage() {
  const { t, i18n } = useTranslation('feedback');
  const language = currentLanguage(i18n);
  const { tenant, networks, network, organizationId, setNetwork } = useFeedbackScope();
  const pagination = useCursorPagination(20);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [result, refetch] = useQuery({
    query: FeedbackSurveysQuery,
    variables: { slug: network?.slug ?? '', organizationId, ...pagination.variables },
    pause: !network,
    requestPolicy: 'cache-and-network',
  });
  const canCreate = mayCreateSurvey(tenant);
  const suffix = tenant.kind === 'organization' && network ? `?network=${network.slug}` : '';
  const title =
    tenant.kind === 'organization'
      ? t('list.organizationTitle', { organization: tenant.organization.name })
      : t('list.title');

  const columns: DataTableColumn<SurveyRow>[] = [
    {
      accessor: 'title',
      title: t('list.name'),
      render: (survey) => {
        const name = localized(survey.title, language);
        return (
          <Anchor
            component={Link}
            to={`${tenant.basePath}/feedback/${survey.id}${suffix}`}
            aria-label={t('list.results', { survey: name })}
          >
            {name}
          </Anchor>
        );
      },
    },
    {
      accessor: 'targetName',
      title: t('list.target'),
      render: (survey) => localized(survey.targetName, language),
    },
    ...(tenant.kind === 'network'
      ? [
          {
            accessor: 'organizationId',
            title: t('list.owner'),
            render: (survey: SurveyRow) =>
              survey.organizationId ? t('list.organizationOwner') : t('list.networkOwner'),
          },
        ]
      : []),
    {
      accessor: 'audience',
      title: t('list.audience'),
      render: (survey) => t(`audience.${survey.audience}`),
    },
    {
      accessor: 'status',
      title: t('list.status'),
      render: (survey) => <SurveyStatusBadge status={survey.status} />,
    },
    {
      accessor: 'createdAt',
      title: t('list.created'),
      render: (survey) => formatDate(survey.createdAt, language),
    },
    ...(canCreate
      ? [
          {
            accessor: 'actions',
            title: t('list.actions'),
            render: (survey: SurveyRow) => {
              if (!mayManageSurvey(tenant, survey)) return null;
              const name = localized(survey.title, language);
              return (
                <Group gap="xs" wrap="nowrap">
                  {survey.status === 'DRAFT' && (
                    <Button
                      size="xs"
                      variant="default"
                      component={Link}
                      to={`${tenant.basePath}/feedback/${survey.id}/edit${suffix}`}
                      aria-label={t('list.editOf', { survey: name })}
                    >
                      {t('list.edit')}
                    </Button>
                  )}
                  <SurveyStatusButtons
                    survey={survey}
                    title={name}
                    size="xs"
                    onMessage={setMessage}
                  />
                </Group>
              );
            },
          },
        ]
      : []),
  ];

  return (
    <Page
      title={title}
      description={t('list.description')}
      actions={
        canCreate && (
          <Button component={Link} to={`${tenant.basePath}/feedback/new${suffix}`}>
            {t('list.create')}
          </Button>
        )
      }
    >
      {networks.length > 1 && (
        <Select
          label={t('list.network')}
          data={networks.map((candidate) => ({ value: candidate.slug, label: candidate.name }))}
          value={network?.slug ?? null}
          allowDeselect={false}
          maw={360}
          onChange={(value) => {
            if (value) {
              setNetwork(value);
              pagination.reset();
            }
          }}
        />
      )}
      {!canCreate && <Text c="dimmed">{t('list.readOnly')}</Text>}
      <Text role="status" size="sm" c={message?.failed ? undefined : 'green.9'}>
        {message && !message.failed ? message.text : ''}
      </Text>
      {message?.failed && (
        <Alert color="red" role="alert">
          {message.text}
        </Alert>
      )}
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) => (
          <ConnectionTable<SurveyRow>
            caption={t('list.caption')}
            records={data.feedbackSurveys.edges.map((edge) => edge.node)}
            columns={columns}
            idAccessor="id"
            fetching={result.fetching}
            totalCount={data.feedbackSurveys.totalCount}
            hasNextPage={data.feedbackSurveys.pageInfo.hasNextPage}
            endCursor={data.feedbackSurveys.pageInfo.endCursor}
            pagination={pagination}
            sortStatus={NO_SORT}
            onSortStatusChange={() => undefined}
            noRecordsText={t('list.empty')}
          />
        )}
      </QueryState>
    </Page>
  );
}

export default SurveysPage;
