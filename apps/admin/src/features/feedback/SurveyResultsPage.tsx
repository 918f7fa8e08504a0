import {
  Alert,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Page } from '../../components/Page';
import { ErrorState, LoadingState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { localized } from '../services/format';
import { mayManageSurvey, useFeedbackScope } from './access';
import { FeedbackResultsQuery, FeedbackSurveyQuery } from './feedback.documents';
import { QuestionResults } from './QuestionResults';
import { SurveyPublicLink, SurveyStatusBadge, SurveyStatusButtons } from './SurveyActions';
import { TextAnswers } from './TextAnswers';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A summary figure: its label above, the value large. */
function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Paper>
  );
}

/**
 * /…/feedback/:surveyId: one survey's results — responses and the mean over its scale questions,
 * each question's distribution (chart with its table), the free-text answers a page at a time —
 * optionally for a period; for those who write it, its status buttons, editing while a draft, and
 * the public link.
 */
export function SurveyResultsPage() {
  const { t, i18n } = useTranslation('feedback');
  const language = currentLanguage(i18n);
  const locale = language === 'en' ? 'en-GB' : `${language}-FI`;
  const { surveyId = '' } = useParams();
  const { tenant, networks, network } = useFeedbackScope();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const [surveyResult, refetchSurvey] = useQuery({
    query: FeedbackSurveyQuery,
    variables: { id: surveyId },
  });
  const [results, refetchResults] = useQuery({
    query: FeedbackResultsQuery,
    variables: {
      surveyId,
      from: DAY.test(from) ? from : null,
      to: DAY.test(to) ? to : null,
    },
    requestPolicy: 'cache-and-network',
  });
  const survey = surveyResult.data?.feedbackSurvey;
  if (!survey) {
    if (surveyResult.error) {
      return (
        <ErrorState
          error={surveyResult.error}
          onRetry={() => {
            refetchSurvey({ requestPolicy: 'network-only' });
          }}
        />
      );
    }
    return <LoadingState />;
  }

  const suffix = tenant.kind === 'organization' && network ? `?network=${network.slug}` : '';
  const name = localized(survey.title, language);
  const title = t('results.title', { survey: name });
  const manageable = mayManageSurvey(tenant, survey);
  const networkSlug =
    networks.find((candidate) => candidate.id === survey.networkId)?.slug ?? network?.slug ?? '';
  const number = (value: number | null) =>
    value === null
      ? t('results.none')
      : new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value);

  return (
    <Page
      title={title}
      description={t('results.target', { target: localized(survey.targetName, language) })}
      badge={<SurveyStatusBadge status={survey.status} />}
      breadcrumbs={[
        { label: t('results.back'), to: `${tenant.basePath}/feedback${suffix}` },
        { label: name },
      ]}
      actions={
        manageable && (
          <Group gap="xs">
            {survey.status === 'DRAFT' && (
              <Button
                variant="default"
                component={Link}
                to={`${tenant.basePath}/feedback/${survey.id}/edit${suffix}`}
              >
                {t('results.edit')}
              </Button>
            )}
            <SurveyStatusButtons survey={survey} title={name} onMessage={setMessage} />
          </Group>
        )
      }
    >
      <Text role="status" size="sm">
        {message && !message.failed ? message.text : ''}
      </Text>
      {message?.failed && (
        <Alert color="red" role="alert">
          {message.text}
        </Alert>
      )}
      <Text size="sm">
        {t('list.audience')}: {t(`audience.${survey.audience}`)}
      </Text>
      {manageable && <SurveyPublicLink networkSlug={networkSlug} survey={survey} />}
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('results.from')}
          value={from}
          onChange={(event) => {
            setFrom(event.currentTarget.value);
          }}
        />
        <TextInput
          type="date"
          label={t('results.to')}
          value={to}
          onChange={(event) => {
            setTo(event.currentTarget.value);
          }}
        />
      </Group>
      <QueryState
        result={results}
        retry={() => {
          refetchResults({ requestPolicy: 'network-only' });
        }}
      >
        {(data) => (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, sm: 2 }} maw={560}>
              <Figure
                label={t('results.responses')}
                value={String(data.feedbackResults.responseCount)}
              />
              <Figure
                label={t('results.average')}
                value={number(data.feedbackResults.averageScore)}
              />
            </SimpleGrid>
            {data.feedbackResults.responseCount === 0 && <Text>{t('results.noResponses')}</Text>}
            <Title order={2} size="h4">
              {t('editor.questions')}
            </Title>
            {data.feedbackResults.questions.map((result, index) => (
              <QuestionResults key={result.question.id} result={result} number={index + 1} />
            ))}
          </Stack>
        )}
      </QueryState>
      {survey.questions.some((question) => question.kind === 'TEXT') && (
        <TextAnswers survey={survey} />
      )}
    </Page>
  );
}

export default SurveyResultsPage;
