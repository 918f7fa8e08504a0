import { type SyntheticEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { SIGN_IN_MUTATION, type SignInData } from './auth.documents';

type FailureKey = 'login.failed' | 'login.rateLimited' | 'login.unavailable';

function failureOf(error: CombinedError): FailureKey {
  const code = error.graphQLErrors[0]?.extensions.code;
  if (code === 'UNAUTHENTICATED') return 'login.failed';
  if (code === 'RATE_LIMITED') return 'login.rateLimited';
  return 'login.unavailable';
}

/** Email + password, then a TOTP code when the account has the second factor on. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [failure, setFailure] = useState<FailureKey | null>(null);
  const [{ fetching }, signIn] = useMutation<SignInData>(SIGN_IN_MUTATION);

  const submit = async (event: SyntheticEvent) => {
    event.preventDefault();
    setFailure(null);
    const result = await signIn({ email, password, totpCode: needsTotp ? totpCode : null });
    if (result.error) {
      setFailure(failureOf(result.error));
      return;
    }
    if (result.data?.signIn.status === 'TOTP_REQUIRED') {
      setNeedsTotp(true);
      return;
    }
    onSignedIn();
  };

  return (
    <form className="form" noValidate onSubmit={(event) => void submit(event)} aria-busy={fetching}>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('login.email')}</label>
        <input
          id={`${id}-email`}
          name="email"
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
        <label htmlFor={`${id}-password`}>{t('login.password')}</label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
      </div>
      {needsTotp && (
        <div className="field">
          <label htmlFor={`${id}-totp`}>{t('login.totp')}</label>
          <input
            id={`${id}-totp`}
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            required
            value={totpCode}
            onChange={(event) => {
              setTotpCode(event.target.value);
            }}
          />
        </div>
      )}
      {failure && (
        <p role="alert" className="form__error">
          {t(failure)}
        </p>
      )}
      <button type="submit" className="button" disabled={fetching}>
        {t('login.submit')}
      </button>
    </form>
  );
}
