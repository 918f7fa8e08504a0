import { useEffect, useId, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSignupTexts } from '../../lib/i18n/signup';
import { useLanguage } from '../../lib/language';
import { pick } from '../../lib/localized';
import {
  CANCEL_MY_SIGNUP_MUTATION,
  refusalOf,
  SIGN_UP_MUTATION,
  SIGNUP_EVENT_QUERY,
  type SignupEventData,
  type SignupReceipt,
  type SignupStatus,
} from '../../lib/signupQueries';

type Outcome =
  | { kind: 'done'; status: SignupStatus }
  | { kind: 'cancelled' }
  | { kind: 'error'; reason: string | null; field: string | null };

/** Whether sign-up is open now (the API decides; this only chooses what to show). */
function isOpen(event: SignupEventData['event'], now: number): boolean {
  if (event.status !== 'PUBLISHED' || !event.signupEnabled) return false;
  if (event.signupDeadline && Date.parse(event.signupDeadline) <= now) return false;
  return Date.parse(event.startsAt) > now;
}

/**
 * The sign-up form of an event page: a member of the public gives a name and an email (and the answer
 * to the organiser's question, if there is one); a signed-in professional signs up from their account
 * with one button. States: places left, full with a waiting list, full, closed; after sending,
 * "confirm from your email" (without an account: no place is held until the mail's link is
 * followed, SignupLinkPage), or confirmed or on the waiting list (announced and focused). Renders nothing for an event without
 * sign-up.
 */
export function SignupForm({ eventId }: { eventId: string }) {
  const { texts, format } = useSignupTexts();
  const language = useLanguage();
  const id = useId();
  const [{ data }, refetch] = useQuery<SignupEventData>({
    query: SIGNUP_EVENT_QUERY,
    variables: { id: eventId },
    requestPolicy: 'cache-and-network',
  });
  const [{ fetching }, signUp] = useMutation<{ signUpForEvent: SignupReceipt }>(SIGN_UP_MUTATION);
  const [{ fetching: cancelling }, cancelMine] = useMutation<{ cancelMySignup: SignupReceipt }>(
    CANCEL_MY_SIGNUP_MUTATION,
  );
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [answer, setAnswer] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  // The moment the page was opened: "closed" is decided against it (the API decides for real).
  const [now] = useState(() => Date.now());

  useEffect(() => {
    if (outcome && outcome.kind !== 'error') resultRef.current?.focus();
  }, [outcome]);

  const event = data?.event;
  if (!event?.signupEnabled) return null;
  const me = data?.me ?? null;
  const question = pick(event.signupQuestion, language);
  const headingId = `${id}-heading`;

  if (outcome?.kind === 'done' || outcome?.kind === 'cancelled') {
    const [title, body] =
      outcome.kind === 'cancelled'
        ? [texts.cancelled, texts.cancelledBody]
        : outcome.status === 'PENDING'
          ? [texts.pending, texts.pendingBody]
          : outcome.status === 'CONFIRMED'
            ? [texts.confirmed, texts.confirmedBody]
            : [texts.waitlisted, texts.waitlistedBody];
    return (
      <section className="signup" aria-labelledby={headingId}>
        <div ref={resultRef} tabIndex={-1} role="status" className="signup__result">
          <h2 id={headingId}>{title}</h2>
          <p>{body}</p>
        </div>
      </section>
    );
  }

  const own = event.viewerSignup;
  if (own) {
    return (
      <section className="signup" aria-labelledby={headingId}>
        <h2 id={headingId}>{texts.heading}</h2>
        <p>{own.status === 'CONFIRMED' ? texts.ownConfirmed : texts.ownWaitlisted}</p>
        <button
          type="button"
          className="button"
          disabled={cancelling}
          onClick={() => {
            void cancelMine({ eventId: event.id }).then((result) => {
              if (result.data) {
                setOutcome({ kind: 'cancelled' });
                refetch({ requestPolicy: 'network-only' });
              } else setOutcome({ kind: 'error', ...refusalOf(result.error) });
            });
          }}
        >
          {texts.cancelOwn}
        </button>
      </section>
    );
  }

  const full = event.placesLeft === 0;
  const closed = !isOpen(event, now);
  const deadline = event.signupDeadline
    ? new Intl.DateTimeFormat(language, {
        timeZone: 'Europe/Helsinki',
        dateStyle: 'long',
        timeStyle: 'short',
      }).format(new Date(event.signupDeadline))
    : null;

  if (closed || (full && !event.waitlistEnabled)) {
    return (
      <section className="signup" aria-labelledby={headingId}>
        <h2 id={headingId}>{texts.heading}</h2>
        <p className="notice">{closed ? texts.closed : texts.full}</p>
      </section>
    );
  }

  const error = outcome?.kind === 'error' ? outcome : null;
  const fieldError = (field: string) => error?.field === `input.${field}`;
  const errorText = !error
    ? null
    : error.reason === 'EVENT_FULL'
      ? texts.full
      : error.reason === 'SIGNUP_CLOSED'
        ? texts.closed
        : error.reason === 'ALREADY_SIGNED_UP'
          ? texts.already
          : error.reason === 'RATE_LIMITED'
            ? texts.rateLimited
            : error.field === 'input.name'
              ? texts.invalidName
              : error.field === 'input.email'
                ? texts.invalidEmail
                : error.field === 'input.answer'
                  ? texts.invalidAnswer
                  : texts.failed;
  const errorId = `${id}-error`;

  return (
    <section className="signup" aria-labelledby={headingId}>
      <h2 id={headingId}>{texts.heading}</h2>
      {full ? (
        <p>{texts.fullWaitlist}</p>
      ) : event.placesLeft !== null ? (
        <p>{format(texts.placesLeft, { count: event.placesLeft })}</p>
      ) : null}
      {deadline ? <p className="hint">{format(texts.deadline, { date: deadline })}</p> : null}
      {me ? null : <p>{texts.intro}</p>}
      <form
        className="form"
        noValidate={false}
        onSubmit={(submitted) => {
          submitted.preventDefault();
          setOutcome(null);
          void signUp({
            input: {
              eventId: event.id,
              ...(me ? {} : { name, email }),
              ...(question ? { answer } : {}),
              language,
            },
          }).then((result) => {
            const receipt = result.data?.signUpForEvent;
            if (receipt) {
              setOutcome({ kind: 'done', status: receipt.status });
              refetch({ requestPolicy: 'network-only' });
            } else setOutcome({ kind: 'error', ...refusalOf(result.error) });
          });
        }}
      >
        {errorText ? (
          <p id={errorId} role="alert" className="notice notice--error">
            {errorText}
          </p>
        ) : null}
        {me ? null : (
          <>
            <div className="field">
              <label htmlFor={`${id}-name`} className="field__label">
                {texts.name}
              </label>
              <input
                id={`${id}-name`}
                className="field__input"
                autoComplete="name"
                required
                maxLength={200}
                aria-invalid={fieldError('name') || undefined}
                aria-describedby={fieldError('name') ? errorId : undefined}
                value={name}
                onChange={(change) => {
                  setName(change.target.value);
                }}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-email`} className="field__label">
                {texts.email}
              </label>
              <input
                id={`${id}-email`}
                className="field__input"
                type="email"
                inputMode="email"
                autoComplete="email"
                required
                maxLength={254}
                aria-invalid={fieldError('email') || undefined}
                aria-describedby={fieldError('email') ? errorId : undefined}
                value={email}
                onChange={(change) => {
                  setEmail(change.target.value);
                }}
              />
            </div>
          </>
        )}
        {question ? (
          <div className="field">
            <label htmlFor={`${id}-answer`} className="field__label" lang={question.lang}>
              {question.text}
            </label>
            <p id={`${id}-answer-hint`} className="hint">
              {texts.answerHint}
            </p>
            <textarea
              id={`${id}-answer`}
              className="field__input"
              required
              maxLength={2000}
              rows={3}
              aria-describedby={`${id}-answer-hint${fieldError('answer') ? ` ${errorId}` : ''}`}
              aria-invalid={fieldError('answer') || undefined}
              value={answer}
              onChange={(change) => {
                setAnswer(change.target.value);
              }}
            />
          </div>
        ) : null}
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching
            ? texts.sending
            : me
              ? format(texts.submitAccount, { name: me.name })
              : full
                ? texts.submitWaitlist
                : texts.submit}
        </button>
      </form>
    </section>
  );
}
