import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type CurrentUser, SIGN_OUT_MUTATION } from './auth.documents';

/** Who is signed in, in which roles, and the way out. */
export function SignedInPanel({
  user,
  onSignedOut,
}: {
  user: CurrentUser;
  onSignedOut: () => void;
}) {
  const { t } = useTranslation();
  const [{ fetching }, signOut] = useMutation(SIGN_OUT_MUTATION);
  const roles = [...new Set(user.roles.map((role) => role.role))];

  return (
    <div className="stack">
      <p>{t('login.signedInAs', { name: user.name, email: user.email })}</p>
      {roles.length > 0 && (
        <ul className="roles" aria-label={t('login.roles')}>
          {roles.map((role) => (
            <li key={role}>{t(`roles.${role}`)}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button button--secondary"
        disabled={fetching}
        onClick={() => {
          void signOut({}).then(onSignedOut);
        }}
      >
        {t('login.signOut')}
      </button>
    </div>
  );
}
