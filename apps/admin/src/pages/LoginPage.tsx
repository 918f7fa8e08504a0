import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiStatus } from '../features/api-status/ApiStatus';

/**
 * Placeholder: the fields are real, signing in is not. Authentication arrives in a later issue; until
 * then the button stays disabled and the form never submits (there is no fake auth).
 */
export function LoginPage() {
  const { t } = useTranslation();
  const id = useId();
  const emailId = `${id}-email`;
  const passwordId = `${id}-password`;
  const noteId = `${id}-note`;

  return (
    <div className="login">
      <section className="card" aria-labelledby={`${id}-title`}>
        <h1 id={`${id}-title`} className="card__title">
          {t('login.title')}
        </h1>
        <p className="muted">{t('login.intro')}</p>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
          }}
        >
          <div className="field">
            <label htmlFor={emailId}>{t('login.email')}</label>
            <input id={emailId} name="email" type="email" autoComplete="username" required />
          </div>
          <div className="field">
            <label htmlFor={passwordId}>{t('login.password')}</label>
            <input
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              required
            />
          </div>
          <button type="submit" className="button" disabled aria-describedby={noteId}>
            {t('login.submit')}
          </button>
          <p id={noteId} className="note">
            {t('login.notYet')}
          </p>
        </form>
      </section>
      <ApiStatus />
    </div>
  );
}
