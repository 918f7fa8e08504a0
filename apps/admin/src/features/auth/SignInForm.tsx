import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { type SyntheticEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CombinedError, useMutation } from 'urql';
import { SignInMutation } from './auth.documents';

type FailureKey = 'failed' | 'rateLimited' | 'unavailable';

function failureOf(error: CombinedError): FailureKey {
  const code = error.graphQLErrors[0]?.extensions.code;
  if (code === 'UNAUTHENTICATED') return 'failed';
  if (code === 'RATE_LIMITED') return 'rateLimited';
  return 'unavailable';
}

/** Email + password, then a TOTP code when the account has the second factor on. */
export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation('auth');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [failure, setFailure] = useState<FailureKey | null>(null);
  const [{ fetching }, signIn] = useMutation(SignInMutation);

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
    <form noValidate onSubmit={(event) => void submit(event)} aria-busy={fetching}>
      <Stack gap="md">
        <TextInput
          label={t('email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          withAsterisk={false}
          value={email}
          onChange={(event) => {
            setEmail(event.currentTarget.value);
          }}
        />
        <PasswordInput
          label={t('password')}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => {
            setPassword(event.currentTarget.value);
          }}
        />
        {needsTotp && (
          <TextInput
            label={t('totp')}
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            required
            withAsterisk={false}
            value={totpCode}
            onChange={(event) => {
              setTotpCode(event.currentTarget.value);
            }}
          />
        )}
        {failure && (
          <Alert color="red" variant="light" role="alert">
            {t(failure)}
          </Alert>
        )}
        <Button type="submit" loading={fetching} size="md">
          {t('submit')}
        </Button>
      </Stack>
    </form>
  );
}
