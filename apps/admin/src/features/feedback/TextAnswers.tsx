import { Stack, Text, Title } from '@mantine/core';
import { type DataTableColumn } from 'mantine-datatable';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ConnectionTable, useCursorPagination } from '../../components/ConnectionTable';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { formatDate, localized } from '../services/format';
import { FeedbackTextAnswersQuery, type SurveyRow } from './feedback.documents';

interface AnswerRow {
  key: string;
  questionId: string;
  respondedOn: string;
  text: string;
}

const NO_SORT = { columnAccessor: 'respondedOn', direction: 'desc' } as const;

/** The survey's free-text answers, newest day first, a page at a time (never public). */
export function TextAnswers({ survey }: { survey: Pick<SurveyRow, 'id' | 'questions'> }) {
  const { t, i18n } = useTranslation('feedback');
  const language = currentLanguage(i18n);
  const pagination = useCursorPagination(20);
  const [result, refetch] = useQuery({
    query: FeedbackTextAnswersQuery,
    variables: { surveyId: survey.id, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });
  const questionText = (id: string) =>
    localized(survey.questions.find((question) => question.id === id)?.text, language);
  const columns: DataTableColumn<AnswerRow>[] = [
    {
      accessor: 'respondedOn',
      title: t('results.day'),
      render: (row) => formatDate(row.respondedOn, language),
    },
    {
      accessor: 'questionId',
      title: t('results.question'),
      render: (row) => questionText(row.questionId),
    },
    { accessor: 'text', title: t('results.answer') },
  ];
  return (
    <Stack gap="xs" component="section" aria-labelledby="feedback-texts">
      <Title order={2} size="h4" id="feedback-texts">
        {t('results.texts')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('results.textsNote')}
      </Text>
      <QueryState
        result={result}
        retry={() => {
          refetch({ requestPolicy: 'network-only' });
        }}
      >
        {(data) => (
          <ConnectionTable<AnswerRow>
            caption={t('results.textsCaption')}
            records={data.feedbackTextAnswers.edges.map(({ node }, index) => ({
              ...node,
              key: `${pagination.page}-${index}`,
            }))}
            columns={columns}
            idAccessor="key"
            fetching={result.fetching}
            totalCount={data.feedbackTextAnswers.totalCount}
            hasNextPage={data.feedbackTextAnswers.pageInfo.hasNextPage}
            endCursor={data.feedbackTextAnswers.pageInfo.endCursor}
            pagination={pagination}
            sortStatus={NO_SORT}
            onSortStatusChange={() => undefined}
            noRecordsText={t('results.noTexts')}
          />
        )}
      </QueryState>
    </Stack>
  );
}
