import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useSearch } from 'wouter';
import { useDocumentTitle } from '../components/page';
import { useHref } from '../lib/language';
import { useNetwork } from '../lib/network';
import { SIGN_IN_MUTATION } from '../lib/queries';
import { recordMove } from '../lib/singleEntryHistory';

/** Only a path on this site (never `//other.site` or `https://…`): no open redirect. */
export function safeReturnPath(value: string | null, fallback: string): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')
    ? value
    : fallback;
}

/**
 * `/:networkSlug/signin?return=`: a professional signs in (the same account and `linja_session`
 * cookie as the admin), then returns to the service they were reading, now with the professional-only
 * section. A full page load afterwards starts a fresh GraphQL cache, so nothing anonymous lingers.
 */
export default function SignInPage() {
  const { t } = useTranslation();
  const network = useNetwork();
  const href = useHref();
  const id = useId();
  const search = useSearch();
  const returnTo = safeReturnPath(
    new URLSearchParams(search).get('return'),
    href(`/${network.slug}`),
  );
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [failed, setFailed] = useState(false);
  const [{ fetching }, signIn] = useMutation<{
    signIn: { status: 'SIGNED_IN' | 'TOTP_REQUIRED' };
  }>(SIGN_IN_MUTATION);
  useDocumentTitle(t('signIn.title'));

  return (
    <div className="content content--narrow">
      <h1>{t('signIn.title')}</h1>
      <p>{t('signIn.intro')}</p>
      <form
        className="form"
        onSubmit={(event) => {
          event.preventDefault();
          setFailed(false);
          void signIn({ email, password, totpCode: needsTotp ? totpCode : null }).then((result) => {
            const status = result.data?.signIn.status;
            if (status === 'SIGNED_IN') {
              // A full load of the page, replacing this one: the visit stays one history entry,
              // and the back bar's trail continues there (lib/singleEntryHistory.tsx).
              recordMove(returnTo, true);
              window.location.replace(returnTo);
            } else if (status === 'TOTP_REQUIRED') setNeedsTotp(true);
            else setFailed(true);
          });
        }}
      >
        {failed ? (
          <p role="alert" className="notice notice--error">
            {t('signIn.failed')}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor={`${id}-email`} className="field__label">
            {t('signIn.email')}
          </label>
          <input
            id={`${id}-email`}
            className="field__input"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
            }}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`} className="field__label">
            {t('signIn.password')}
          </label>
          <input
            id={`${id}-password`}
            className="field__input"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
            }}
          />
        </div>
        {needsTotp ? (
          <div className="field">
            <label htmlFor={`${id}-totp`} className="field__label">
              {t('signIn.totp')}
            </label>
            <p id={`${id}-totp-hint`} className="hint">
              {t('signIn.totpHint')}
            </p>
            <input
              id={`${id}-totp`}
              className="field__input"
              inputMode="numeric"
              autoComplete="one-time-code"
              aria-describedby={`${id}-totp-hint`}
              required
              value={totpCode}
              onChange={(event) => {
                setTotpCode(event.target.value);
              }}
            />
          </div>
        ) : null}
        <button type="submit" className="button button--primary" disabled={fetching}>
          {t('signIn.submit')}
        </button>
      </form>
    </div>
  );
}
