import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useLocation, useParams } from 'wouter';
import { NotFound, PageLoading, useDocumentTitle } from '../../components/page';
import {
  type FeedbackAnswerInput,
  MAX_FEEDBACK_TEXT,
  PUBLIC_FEEDBACK_SURVEY_QUERY,
  type PublicFeedbackQuestion,
  type PublicFeedbackSurveyData,
  REFERRER_FEEDBACK_SURVEY_QUERY,
  type ReferrerFeedbackSurveyData,
  SUBMIT_FEEDBACK_MUTATION,
  SUBMIT_REFERRER_FEEDBACK_MUTATION,
} from '../../lib/feedbackQueries';
import { type FeedbackTexts, useFeedbackTexts } from '../../lib/i18n/feedback';
import { useHref, useLanguage } from '../../lib/language';
import { pick } from '../../lib/localized';
import { refusalOf } from '../../lib/signupQueries';

type Answer = { score?: number; yes?: boolean; text?: string };
type State = { kind: 'ready' } | { kind: 'done' } | { kind: 'error'; message: string };

/** The answers given, in the survey's order (an empty text is no answer). */
export function answersOf(
  questions: readonly PublicFeedbackQuestion[],
  answers: Record<string, Answer>,
): FeedbackAnswerInput[] {
  return questions.flatMap((question): FeedbackAnswerInput[] => {
    const answer = answers[question.id];
    if (question.kind === 'SCALE' && answer?.score) {
      return [{ questionId: question.id, score: answer.score }];
    }
    if (question.kind === 'YES_NO' && answer?.yes !== undefined) {
      return [{ questionId: question.id, yes: answer.yes }];
    }
    if (question.kind === 'TEXT' && answer?.text?.trim()) {
      return [{ questionId: question.id, text: answer.text.trim() }];
    }
    return [];
  });
}

type Receipt = {
  submitFeedback?: { received: boolean };
  submitReferrerFeedback?: { received: boolean };
};

/**
 * `/:networkSlug/feedback/:surveyId`: an OPEN client survey, answered anonymously. Nothing about the
 * person is asked; a hidden field catches robots (the API drops a filled one), and the API limits
 * answers per address. One page, large tap targets, every question a fieldset with its legend.
 * `/:networkSlug/feedback/:surveyId/referrer` (`audience="REFERRER"`): the same form for a signed-in
 * professional of the network, once; signed out it asks to sign in, anyone else is told who answers.
 */
export default function FeedbackPage({
  audience = 'CLIENT',
}: {
  audience?: 'CLIENT' | 'REFERRER';
} = {}) {
  const referrer = audience === 'REFERRER';
  const { texts, format } = useFeedbackTexts();
  const language = useLanguage();
  const href = useHref();
  const [location] = useLocation();
  const id = useId();
  const { networkSlug, surveyId } = useParams<{ networkSlug: string; surveyId: string }>();
  const [{ data, error, fetching }] = useQuery<
    Partial<PublicFeedbackSurveyData & ReferrerFeedbackSurveyData>
  >({
    query: referrer ? REFERRER_FEEDBACK_SURVEY_QUERY : PUBLIC_FEEDBACK_SURVEY_QUERY,
    variables: { networkSlug, id: surveyId },
    requestPolicy: referrer ? 'network-only' : 'cache-first',
  });
  const [{ fetching: sending }, submit] = useMutation<Receipt>(
    referrer ? SUBMIT_REFERRER_FEEDBACK_MUTATION : SUBMIT_FEEDBACK_MUTATION,
  );
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const [nickname, setNickname] = useState('');
  const [state, setState] = useState<State>({ kind: 'ready' });
  const resultRef = useRef<HTMLDivElement>(null);
  const survey = referrer ? data?.referrerFeedbackSurvey : data?.publicFeedbackSurvey;
  const title = pick(survey?.title, language);
  useDocumentTitle(title?.text ?? texts.heading);
  useEffect(() => {
    if (state.kind !== 'ready') resultRef.current?.focus();
  }, [state]);

  if (!survey) {
    if (fetching && !error) return <PageLoading />;
    const { reason } = refusalOf(error);
    if (referrer && (reason === 'UNAUTHENTICATED' || reason === 'FORBIDDEN')) {
      return (
        <div className="content content--narrow feedback">
          <h1>{texts.referrerHeading}</h1>
          {reason === 'UNAUTHENTICATED' ? (
            <>
              <p>{texts.signInNeeded}</p>
              <p>
                <Link href={href(`/${networkSlug}/signin?return=${encodeURIComponent(location)}`)}>
                  {texts.signIn}
                </Link>
              </p>
            </>
          ) : (
            <p>{texts.professionalsOnly}</p>
          )}
        </div>
      );
    }
    return error ? <NotFound /> : <PageLoading />;
  }

  const setAnswer = (questionId: string, answer: Answer) => {
    setAnswers((current) => ({ ...current, [questionId]: answer }));
  };

  const send = async () => {
    const given = answersOf(survey.questions, answers);
    if (given.length === 0) {
      setState({ kind: 'error', message: texts.empty });
      return;
    }
    const result = await submit({
      input: {
        surveyId: survey.id,
        answers: given,
        ...(nickname && !referrer ? { nickname } : {}),
      },
    });
    if (result.data?.submitFeedback?.received || result.data?.submitReferrerFeedback?.received) {
      setState({ kind: 'done' });
      return;
    }
    setState({ kind: 'error', message: refusalMessage(result.error, given, survey.questions) });
  };

  const refusalMessage = (
    refusal: Parameters<typeof refusalOf>[0],
    given: FeedbackAnswerInput[],
    questions: readonly PublicFeedbackQuestion[],
  ): string => {
    const { reason, field } = refusalOf(refusal);
    if (reason === 'RATE_LIMITED') return texts.rateLimited;
    if (reason === 'ALREADY_ANSWERED') return texts.alreadyAnswered;
    if (reason === 'NOT_FOUND') return texts.closed;
    if (reason === 'BAD_USER_INPUT') {
      const index = Number(/^input\.answers\.(\d+)/.exec(field ?? '')?.[1]);
      const question = questions.find((q) => q.id === given[index]?.questionId);
      const text = pick(question?.text, language)?.text;
      if (text) return format(texts.invalid, { question: text });
    }
    return texts.failed;
  };

  return (
    <div className="content content--narrow feedback">
      <h1 lang={title?.lang}>{title?.text ?? texts.heading}</h1>
      {state.kind === 'done' ? (
        <div ref={resultRef} tabIndex={-1} role="status" className="signup__result">
          <h2>{texts.thanks}</h2>
          <p>{referrer ? texts.referrerThanksBody : texts.thanksBody}</p>
          <p>
            <Link href={href(`/${networkSlug}`)}>{texts.home}</Link>
          </p>
        </div>
      ) : survey.answered ? (
        <div role="status" className="signup__result">
          <p>{texts.alreadyAnswered}</p>
          <p>
            <Link href={href(`/${networkSlug}`)}>{texts.home}</Link>
          </p>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void send();
          }}
        >
          <p>{referrer ? texts.referrerIntro : texts.intro}</p>
          {survey.questions.map((question) => (
            <Question
              key={question.id}
              idPrefix={`${id}-${question.id}`}
              question={question}
              answer={answers[question.id]}
              texts={texts}
              format={format}
              language={language}
              onChange={(answer) => {
                setAnswer(question.id, answer);
              }}
            />
          ))}
          {referrer ? null : (
            <div className="feedback__trap" aria-hidden="true">
              <label htmlFor={`${id}-nickname`}>{texts.honeypot}</label>
              <input
                id={`${id}-nickname`}
                name="nickname"
                type="text"
                tabIndex={-1}
                autoComplete="off"
                value={nickname}
                onChange={(event) => {
                  setNickname(event.target.value);
                }}
              />
            </div>
          )}
          {state.kind === 'error' ? (
            <div ref={resultRef} tabIndex={-1} role="alert" className="notice notice--error">
              <p>{state.message}</p>
            </div>
          ) : null}
          <button type="submit" className="button button--primary" disabled={sending}>
            {sending ? texts.sending : texts.submit}
          </button>
        </form>
      )}
    </div>
  );
}

function Question({
  idPrefix,
  question,
  answer,
  texts,
  format,
  language,
  onChange,
}: {
  idPrefix: string;
  question: PublicFeedbackQuestion;
  answer: Answer | undefined;
  texts: FeedbackTexts;
  format: (text: string, values: Record<string, string | number>) => string;
  language: ReturnType<typeof useLanguage>;
  onChange: (answer: Answer) => void;
}) {
  const text = pick(question.text, language);
  if (question.kind === 'TEXT') {
    return (
      <div className="field">
        <label htmlFor={`${idPrefix}-text`} className="field__label" lang={text?.lang}>
          {text?.text}
        </label>
        <p id={`${idPrefix}-hint`} className="feedback__hint">
          {format(texts.textHint, { max: MAX_FEEDBACK_TEXT })}
        </p>
        <textarea
          id={`${idPrefix}-text`}
          className="field__input"
          rows={4}
          maxLength={MAX_FEEDBACK_TEXT}
          aria-describedby={`${idPrefix}-hint`}
          value={answer?.text ?? ''}
          onChange={(event) => {
            onChange({ text: event.target.value });
          }}
        />
      </div>
    );
  }
  const options =
    question.kind === 'SCALE'
      ? [1, 2, 3, 4, 5].map((value) => ({
          key: String(value),
          label: String(value),
          accessible: format(texts.scaleValue, { value }),
          checked: answer?.score === value,
          pick: { score: value },
        }))
      : [
          {
            key: 'yes',
            label: texts.yes,
            accessible: texts.yes,
            checked: answer?.yes === true,
            pick: { yes: true },
          },
          {
            key: 'no',
            label: texts.no,
            accessible: texts.no,
            checked: answer?.yes === false,
            pick: { yes: false },
          },
        ];
  return (
    <fieldset className="field feedback__question">
      <legend className="field__label" lang={text?.lang}>
        {text?.text}
      </legend>
      {question.kind === 'SCALE' ? <p className="feedback__hint">{texts.scaleHint}</p> : null}
      <div className="feedback__options">
        {options.map((option) => (
          <label key={option.key} className="feedback__option">
            <input
              type="radio"
              name={idPrefix}
              value={option.key}
              checked={option.checked}
              aria-label={option.accessible}
              onChange={() => {
                onChange(option.pick);
              }}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
