import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../../components/Page';
import { EmptyState, QueryState } from '../../../components/PageState';
import { currentLanguage } from '../../../lib/i18n';
import { useOrganizationTenant } from '../../../lib/tenant/TenantContext';
import { localized } from '../../services/format';
import { type PartnerSurvey, PartnerFeedbackSurveysQuery } from './answer.documents';

const PAGE_SIZE = 10;

/** Who asks: the network, or a member organisation of it (and its network). */
export function useOwnerOf(): (
  survey: Pick<PartnerSurvey, 'networkName' | 'organizationName'>,
) => string {
  const { t } = useTranslation('feedback');
  return (survey) =>
    survey.organizationName
      ? t('answer.ownerOf', { organization: survey.organizationName, network: survey.networkName })
      : survey.networkName;
}

/** One page of the list; the last page offers the next one (keyset: its end cursor). */
function SurveyPage({
  organizationId,
  after,
  isLast,
  onMore,
}: {
  organizationId: string;
  after: string | null;
  isLast: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t, i18n } = useTranslation('feedback');
  const language = currentLanguage(i18n);
  const ownerOf = useOwnerOf();
  const [result, refetch] = useQuery({
    query: PartnerFeedbackSurveysQuery,
    variables: { organizationId, first: PAGE_SIZE, after },
    requestPolicy: 'cache-and-network',
  });
  return (
    <QueryState
      result={result}
      retry={() => {
        refetch({ requestPolicy: 'network-only' });
      }}
      isEmpty={(data) => after === null && data.partnerFeedbackSurveys.totalCount === 0}
      empty={<EmptyState text={t('answer.empty')} />}
    >
      {({ partnerFeedbackSurveys: list }) => (
        <Stack gap="sm">
          <Stack
            gap="sm"
            component="ul"
            aria-label={after === null ? t('answer.caption') : undefined}
            p={0}
            m={0}
            style={{ listStyle: 'none' }}
          >
            {list.edges.map(({ node }) => {
              const title = localized(node.title, language);
              return (
                <Card key={node.id} withBorder component="li">
                  <Group justify="space-between" align="flex-start" wrap="wrap">
                    <Stack gap={4}>
                      <Title order={2} size="h4">
                        <Anchor component={Link} to={node.id}>
                          {title}
                        </Anchor>
                      </Title>
                      <Text size="sm" c="dimmed">
                        {t('answer.from', { owner: ownerOf(node) })}
                      </Text>
                    </Stack>
                    <Group gap="sm">
                      <Badge color={node.answered ? 'green' : 'gray'} variant="light">
                        {node.answered ? t('answer.answered') : t('answer.notAnswered')}
                      </Badge>
                      {node.answered ? null : (
                        <Button
                          component={Link}
                          to={node.id}
                          aria-label={t('answer.open', { survey: title })}
                        >
                          {t('answer.submit')}
                        </Button>
                      )}
                    </Group>
                  </Group>
                </Card>
              );
            })}
          </Stack>
          {isLast && list.pageInfo.hasNextPage && list.pageInfo.endCursor ? (
            <Button
              variant="default"
              onClick={() => {
                if (list.pageInfo.endCursor) onMore(list.pageInfo.endCursor);
              }}
            >
              {t('answer.loadMore')}
            </Button>
          ) : null}
        </Stack>
      )}
    </QueryState>
  );
}

/**
 * /o/:organizationId/feedback/answer: the OPEN PARTNER surveys of the networks the organisation is
 * a partner of, newest first, a page at a time ("show more" adds the next page below), each with
 * whether the person has answered it; a survey's title opens its form.
 */
export function SurveysToAnswerPage() {
  const { t } = useTranslation('feedback');
  const tenant = useOrganizationTenant();
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  return (
    <Page title={t('answer.title')} description={t('answer.description')}>
      <Stack gap="sm">
        {cursors.map((after, index) => (
          <SurveyPage
            key={after ?? 'first'}
            organizationId={tenant.organization.id}
            after={after}
            isLast={index === cursors.length - 1}
            onMore={(cursor) => {
              setCursors((current) => [...current, cursor]);
            }}
          />
        ))}
      </Stack>
    </Page>
  );
}
