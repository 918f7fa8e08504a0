import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ApiStatus } from '../features/api-status/ApiStatus';
import { ME_QUERY, type MeData } from '../features/auth/auth.documents';
import { SignedInPanel } from '../features/auth/SignedInPanel';
import { SignInForm } from '../features/auth/SignInForm';

/** Sign-in, or who is signed in. The working pages of the admin arrive with the admin issue. */
export function LoginPage() {
  const { t } = useTranslation();
  const id = useId();
  const [{ data }, refetchMe] = useQuery<MeData>({ query: ME_QUERY });
  const reload = () => {
    refetchMe({ requestPolicy: 'network-only' });
  };
  const user = data?.me ?? null;

  return (
    <div className="login">
      <section className="card" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`} className="card__title">
          {user ? t('login.welcome') : t('login.title')}
        </h1>
        {user ? (
          <SignedInPanel user={user} onSignedOut={reload} />
        ) : (
          <>
            <p className="muted">{t('login.intro')}</p>
            <SignInForm onSignedIn={reload} />
          </>
        )}
      </section>
      <ApiStatus />
    </div>
  );
}
