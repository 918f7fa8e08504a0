import { useEffect, useRef, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { Link, useParams, useSearch } from 'wouter';
import { useDocumentTitle } from '../../components/page';
import { type SignupTexts, useSignupTexts } from '../../lib/i18n/signup';
import { useHref, useLanguage } from '../../lib/language';
import { pick, type LocalizedText } from '../../lib/localized';
import {
  CANCEL_EVENT_QUERY,
  CANCEL_SIGNUP_MUTATION,
  CONFIRM_SIGNUP_MUTATION,
  refusalOf,
  type SignupReceipt,
} from '../../lib/signupQueries';

/** What a sign-up mail's link does: confirm a sign-up made without an account, or cancel one. */
export type SignupLinkAction = 'confirm' | 'cancel';

type State =
  | { kind: 'ready' }
  | { kind: 'done'; receipt: SignupReceipt }
  | { kind: 'error'; reason: string | null };

interface ActionTexts {
  readonly title: string;
  readonly intro: string;
  readonly button: string;
  /** Heading and text after success. */
  done(receipt: SignupReceipt): [string, string];
  /** The text of a refusal. */
  refused(reason: string | null): string;
}

function actionTexts(action: SignupLinkAction, t: SignupTexts): ActionTexts {
  if (action === 'cancel') {
    return {
      title: t.cancelTitle,
      intro: t.cancelIntro,
      button: t.cancelButton,
      done: () => [t.cancelled, t.cancelledBody],
      refused: (reason) =>
        reason === 'EVENT_OVER'
          ? t.cancelTooLate
          : reason === 'RATE_LIMITED'
            ? t.rateLimited
            : t.cancelInvalid,
    };
  }
  return {
    title: t.confirmTitle,
    intro: t.confirmIntro,
    button: t.confirmButton,
    // Following the link again answers the sign-up's state, which may be cancelled by now.
    done: (receipt) =>
      receipt.status === 'WAITLISTED'
        ? [t.waitlisted, t.waitlistedBody]
        : receipt.status === 'CANCELLED'
          ? [t.cancelled, t.confirmCancelledBody]
          : [t.confirmed, t.confirmedBody],
    refused: (reason) =>
      reason === 'EVENT_FULL'
        ? t.full
        : reason === 'SIGNUP_CLOSED'
          ? t.closed
          : reason === 'ALREADY_SIGNED_UP'
            ? t.already
            : reason === 'LINK_EXPIRED'
              ? t.linkExpired
              : reason === 'RATE_LIMITED'
                ? t.rateLimited
                : t.confirmInvalid,
  };
}

/**
 * `/:networkSlug/events/:eventId/confirm?token=…` and `…/cancel?token=…`: the links of the sign-up
 * mails. Opening a link changes nothing (mail scanners follow links); one press of the button
 * confirms or cancels, without an account. The event's title is shown when the event is public.
 */
export default function SignupLinkPage({ action }: { action: SignupLinkAction }) {
  const { texts } = useSignupTexts();
  const language = useLanguage();
  const href = useHref();
  const { networkSlug, eventId } = useParams<{ networkSlug: string; eventId: string }>();
  const token = new URLSearchParams(useSearch()).get('token') ?? '';
  const [{ data }] = useQuery<{ event: { title: LocalizedText } }>({
    query: CANCEL_EVENT_QUERY,
    variables: { id: eventId },
  });
  const [{ fetching: cancelling }, cancel] = useMutation<{ cancelSignup: SignupReceipt }>(
    CANCEL_SIGNUP_MUTATION,
  );
  const [{ fetching: confirming }, confirm] = useMutation<{ confirmSignup: SignupReceipt }>(
    CONFIRM_SIGNUP_MUTATION,
  );
  const [state, setState] = useState<State>(
    token ? { kind: 'ready' } : { kind: 'error', reason: 'BAD_USER_INPUT' },
  );
  const resultRef = useRef<HTMLDivElement>(null);
  const t = actionTexts(action, texts);
  useDocumentTitle(t.title);
  useEffect(() => {
    if (state.kind !== 'ready') resultRef.current?.focus();
  }, [state]);
  const title = pick(data?.event.title, language);

  const run = async () => {
    const result =
      action === 'cancel'
        ? await cancel({ token }).then((r) => ({ receipt: r.data?.cancelSignup, error: r.error }))
        : await confirm({ token }).then((r) => ({
            receipt: r.data?.confirmSignup,
            error: r.error,
          }));
    if (result.receipt) setState({ kind: 'done', receipt: result.receipt });
    else setState({ kind: 'error', reason: refusalOf(result.error).reason });
  };

  return (
    <div className="content content--narrow">
      <h1>{t.title}</h1>
      {title ? (
        <p className="signup__event" lang={title.lang}>
          <strong>{title.text}</strong>
        </p>
      ) : null}
      {state.kind === 'ready' ? (
        <>
          <p>{t.intro}</p>
          <button
            type="button"
            className="button button--primary"
            disabled={cancelling || confirming}
            onClick={() => {
              void run();
            }}
          >
            {cancelling || confirming ? texts.sending : t.button}
          </button>
        </>
      ) : (
        <div
          ref={resultRef}
          tabIndex={-1}
          role={state.kind === 'error' ? 'alert' : 'status'}
          className={state.kind === 'error' ? 'notice notice--error' : 'signup__result'}
        >
          {state.kind === 'done' ? (
            <>
              <h2>{t.done(state.receipt)[0]}</h2>
              <p>{t.done(state.receipt)[1]}</p>
            </>
          ) : (
            <p>{t.refused(state.reason)}</p>
          )}
        </div>
      )}
      <p>
        <Link href={href(`/${networkSlug}/events/${eventId}`)}>{texts.toEvent}</Link>
      </p>
    </div>
  );
}
