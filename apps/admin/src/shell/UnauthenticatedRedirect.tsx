import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { UNAUTHENTICATED_EVENT } from '../lib/urql/client';

/**
 * When the API answers UNAUTHENTICATED (session expired or revoked), goes to sign-in and keeps the
 * page the person was on, to come back to after signing in.
 */
export function UnauthenticatedRedirect() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  useEffect(() => {
    const onUnauthenticated = () => {
      if (location.pathname === '/sign-in') return;
      notifications.show({
        id: 'session-expired',
        color: 'orange',
        message: t('shell.sessionExpired'),
      });
      const next = `${location.pathname}${location.search}`;
      void navigate(`/sign-in?next=${encodeURIComponent(next)}`, { replace: true });
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    return () => {
      window.removeEventListener(UNAUTHENTICATED_EVENT, onUnauthenticated);
    };
  }, [navigate, location, t]);
  return null;
}
