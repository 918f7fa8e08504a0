import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SIGN_OUT_MUTATION, type Me } from '../lib/queries';

/**
 * The sign that a professional is signed in, on every page (in the header), with sign-out. `me`
 * comes with the network (or networks) query, so the header has its final size from the start.
 * Signing out reloads the page, which then shows what anyone sees.
 */
export function SignedInBar({ me }: { me: Me | null | undefined }) {
  const { t } = useTranslation();
  const [{ fetching }, signOut] = useMutation(SIGN_OUT_MUTATION);
  if (!me) return null;
  return (
    <div className="signed-in" data-testid="signed-in">
      <p className="signed-in__inner">
        <span className="signed-in__mark" aria-hidden="true" />
        <span className="signed-in__name">{t('signedIn.as', { name: me.name })}</span>{' '}
        <button
          type="button"
          className="button button--link signed-in__out"
          disabled={fetching}
          onClick={() => {
            void signOut({}).then(() => {
              window.location.reload();
            });
          }}
        >
          {t('signIn.signOut')}
        </button>
      </p>
    </div>
  );
}
