import {
  Alert,
  Anchor,
  Button,
  Fieldset,
  Group,
  Radio,
  Stack,
  Text,
  Textarea,
} from '@mantine/core';
import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { type CombinedError, useMutation, useQuery } from 'urql';
import { Page } from '../../../components/Page';
import { ErrorState, LoadingState } from '../../../components/PageState';
import { currentLanguage } from '../../../lib/i18n';
import { errorCode, errorField, errorMessage } from '../../../lib/urql/errors';
import { localized } from '../../services/format';
import {
  type PartnerSurvey,
  PartnerFeedbackSurveyQuery,
  SubmitPartnerFeedbackMutation,
} from './answer.documents';
import { useOwnerOf } from './SurveysToAnswerPage';

/** The API's limit for a free-text answer (apps/api/src/feedback/dto/feedback.schema.ts). */
export const MAX_TEXT = 500;

type Question = PartnerSurvey['questions'][number];
/** Per question id: "1"…"5", "YES" / "NO", or the text. */
type Answers = Record<string, string>;

/** The answers to send: the questions given a value, in the API's shape. */
interface AnswerInput {
  questionId: string;
  score?: number;
  yes?: boolean;
  text?: string;
}

export function toAnswerInput(questions: readonly Question[], answers: Answers): AnswerInput[] {
  return questions.flatMap((question): AnswerInput[] => {
    const value = answers[question.id]?.trim() ?? '';
    if (!value) return [];
    if (question.kind === 'SCALE') return [{ questionId: question.id, score: Number(value) }];
    if (question.kind === 'YES_NO') return [{ questionId: question.id, yes: value === 'YES' }];
    return [{ questionId: question.id, text: value }];
  });
}

/** The question a BAD_USER_INPUT `input.answers.N.…` names: N indexes the answers sent. */
function questionOfError(
  error: CombinedError | undefined,
  sent: readonly { questionId: string }[],
  questions: readonly Question[],
): number | null {
  const match = /^input\.answers\.(\d+)/.exec(errorField(error) ?? '');
  if (!match) return null;
  const questionId = sent[Number(match[1])]?.questionId;
  const index = questions.findIndex((question) => question.id === questionId);
  return index < 0 ? null : index + 1;
}

function QuestionField({
  question,
  number,
  value,
  onChange,
  disabled,
}: {
  question: Question;
  number: number;
  value: string;
  onChange: (value: string) => void;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation('feedback');
  const text = `${number}. ${localized(question.text, currentLanguage(i18n))}`;
  if (question.kind === 'TEXT') {
    return (
      <Textarea
        label={text}
        description={t('answer.textHint', { max: MAX_TEXT })}
        value={value}
        maxLength={MAX_TEXT}
        autosize
        minRows={3}
        disabled={disabled}
        error={value.length > MAX_TEXT ? t('answer.tooLong', { max: MAX_TEXT }) : undefined}
        onChange={(event) => {
          onChange(event.currentTarget.value);
        }}
      />
    );
  }
  const options =
    question.kind === 'SCALE'
      ? ['1', '2', '3', '4', '5'].map((score) => ({ value: score, label: score }))
      : [
          { value: 'YES', label: t('answer.yes') },
          { value: 'NO', label: t('answer.no') },
        ];
  return (
    <Fieldset legend={text} variant="unstyled">
      {question.kind === 'SCALE' ? (
        <Text size="sm" c="dimmed" mb="xs">
          {t('answer.scaleHint')}
        </Text>
      ) : null}
      <Group gap="lg">
        {options.map((option) => (
          <Radio
            key={option.value}
            name={question.id}
            value={option.value}
            label={option.label}
            checked={value === option.value}
            disabled={disabled}
            onChange={() => {
              onChange(option.value);
            }}
          />
        ))}
      </Group>
    </Fieldset>
  );
}

/**
 * /o/:organizationId/feedback/answer/:surveyId: a partner survey's form — each scale or yes/no
 * question a fieldset with its legend, free text a labelled textarea — in the UI's language; after
 * sending a confirmation, and "already answered" when the person has (or the API says so).
 */
export function AnswerSurveyPage() {
  const { t, i18n } = useTranslation('feedback');
  const language = currentLanguage(i18n);
  const ownerOf = useOwnerOf();
  const { surveyId = '' } = useParams();
  const [result, refetch] = useQuery({
    query: PartnerFeedbackSurveyQuery,
    variables: { id: surveyId },
    requestPolicy: 'cache-and-network',
  });
  const [sending, submit] = useMutation(SubmitPartnerFeedbackMutation);
  const [answers, setAnswers] = useState<Answers>({});
  const [sent, setSent] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [alreadyAnswered, setAlreadyAnswered] = useState(false);

  const survey = result.data?.partnerFeedbackSurvey;
  if (!survey) {
    if (result.error) {
      return (
        <ErrorState
          error={result.error}
          onRetry={() => {
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      );
    }
    return <LoadingState />;
  }
  const title = localized(survey.title, language);
  const back = (
    <Anchor component={Link} to="..">
      {t('answer.back')}
    </Anchor>
  );

  const send = async (event: SyntheticEvent) => {
    event.preventDefault();
    setProblem(null);
    const input = toAnswerInput(survey.questions, answers);
    if (input.length === 0) {
      setProblem(t('answer.nothingAnswered'));
      return;
    }
    const response = await submit({ input: { surveyId: survey.id, answers: input } });
    if (!response.error) {
      setSent(true);
      return;
    }
    const code = errorCode(response.error);
    const reason = response.error.graphQLErrors[0]?.extensions.reason;
    const detail = errorMessage(response.error) ?? '';
    if (code === 'CONFLICT' && reason === 'ALREADY_ANSWERED') setAlreadyAnswered(true);
    else if (code === 'NOT_FOUND') setProblem(t('answer.closed'));
    else {
      const number = questionOfError(response.error, input, survey.questions);
      setProblem(
        number ? t('answer.badAnswer', { number, detail }) : t('answer.failed', { detail }),
      );
    }
  };

  return (
    <Page
      title={title}
      description={t('answer.from', { owner: ownerOf(survey) })}
      breadcrumbs={[{ label: t('answer.back'), to: '..' }, { label: title }]}
    >
      {sent ? (
        <Alert color="green" title={t('answer.thanksTitle')} role="status">
          <Stack gap="xs">
            <Text size="sm">{t('answer.thanks')}</Text>
            {back}
          </Stack>
        </Alert>
      ) : survey.answered || alreadyAnswered ? (
        <Alert color="blue" role="status">
          <Stack gap="xs">
            <Text size="sm">{t('answer.alreadyAnswered')}</Text>
            {back}
          </Stack>
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            void send(event);
          }}
        >
          <Stack gap="lg" maw={720}>
            <Text size="sm">{t('answer.formHint')}</Text>
            {[...survey.questions]
              .sort((a, b) => a.position - b.position)
              .map((question, index) => (
                <QuestionField
                  key={question.id}
                  question={question}
                  number={index + 1}
                  value={answers[question.id] ?? ''}
                  disabled={sending.fetching}
                  onChange={(value) => {
                    setAnswers((current) => ({ ...current, [question.id]: value }));
                  }}
                />
              ))}
            {problem ? (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            ) : null}
            <Group>
              <Button type="submit" loading={sending.fetching}>
                {t('answer.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Page>
  );
}
