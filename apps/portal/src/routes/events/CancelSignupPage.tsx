import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useParams, useSearch } from 'wouter';
import { useDocumentTitle } from '../../components/page';
import { useSignupTexts } from '../../lib/i18n/signup';
import { useHref, useLanguage } from '../../lib/language';
import { pick, type LocalizedText } from '../../lib/localized';
import {
  CANCEL_EVENT_QUERY,
  CANCEL_SIGNUP_MUTATION,
  refusalOf,
  type SignupReceipt,
} from '../../lib/signupQueries';

type State = { kind: 'ready' } | { kind: 'cancelled' } | { kind: 'error'; reason: string | null };

/**
 * `/:networkSlug/events/:eventId/cancel?token=…`: the cancel link of a sign-up mail. Opening the
 * link changes nothing (mail scanners follow links); one press of the button cancels, without an
 * account. The event's title is shown when the event is public.
 */
export default function CancelSignupPage() {
  const { texts } = useSignupTexts();
  const language = useLanguage();
  const href = useHref();
  const { networkSlug, eventId } = useParams<{ networkSlug: string; eventId: string }>();
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [{ data }] = useQuery<{ event: { title: LocalizedText } }>({
    query: CANCEL_EVENT_QUERY,
    variables: { id: eventId },
  });
  const [{ fetching }, cancel] = useMutation<{ cancelSignup: SignupReceipt }>(
    CANCEL_SIGNUP_MUTATION,
  );
  const [state, setState] = useState<State>(
    token ? { kind: 'ready' } : { kind: 'error', reason: 'BAD_USER_INPUT' },
  );
  const resultRef = useRef<HTMLDivElement>(null);
  useDocumentTitle(texts.cancelTitle);
  useEffect(() => {
    if (state.kind !== 'ready') resultRef.current?.focus();
  }, [state]);
  const title = pick(data?.event.title, language);

  return (
    <div className="content content--narrow">
      <h1>{texts.cancelTitle}</h1>
      {title ? (
        <p className="signup__event" lang={title.lang}>
          <strong>{title.text}</strong>
        </p>
      ) : null}
      {state.kind === 'ready' ? (
        <>
          <p>{texts.cancelIntro}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={fetching}
            onClick={() => {
              void cancel({ token }).then((result) => {
                if (result.data) setState({ kind: 'cancelled' });
                else setState({ kind: 'error', reason: refusalOf(result.error).reason });
              });
            }}
          >
            {fetching ? texts.sending : texts.cancelButton}
          </button>
        </>
      ) : (
        <div
          ref={resultRef}
          tabIndex={-1}
          role={state.kind === 'error' ? 'alert' : 'status'}
          className={state.kind === 'error' ? 'notice notice--error' : 'signup__result'}
        >
          {state.kind === 'cancelled' ? (
            <>
              <h2>{texts.cancelled}</h2>
              <p>{texts.cancelledBody}</p>
            </>
          ) : (
            <p>
              {state.reason === 'EVENT_OVER'
                ? texts.cancelTooLate
                : state.reason === 'RATE_LIMITED'
                  ? texts.rateLimited
                  : texts.cancelInvalid}
            </p>
          )}
        </div>
      )}
      <p>
        <Link href={href(`/${networkSlug}/events/${eventId}`)}>{texts.toEvent}</Link>
      </p>
    </div>
  );
}
