import { Button, Group, Modal, Text } from '@mantine/core';
import { useContext, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { UNSAFE_DataRouterContext, useBlocker } from 'react-router';

/** In-app navigation: react-router's blocker asks before the page changes. */
function RouteBlocker({ when }: { when: boolean }) {
  const { t } = useTranslation('services');
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      when && currentLocation.pathname !== nextLocation.pathname,
  );
  return (
    <Modal
      opened={blocker.state === 'blocked'}
      onClose={() => blocker.reset?.()}
      title={t('form.leave.title')}
    >
      <Text mb="md">{t('form.leave.body')}</Text>
      <Group justify="flex-end">
        <Button variant="default" onClick={() => blocker.reset?.()} data-autofocus>
          {t('form.leave.stay')}
        </Button>
        <Button color="red" onClick={() => blocker.proceed?.()}>
          {t('form.leave.go')}
        </Button>
      </Group>
    </Modal>
  );
}

/**
 * Warns before leaving with unsaved changes: the browser's own dialog on reload, close or an outside
 * link (`beforeunload`), and a dialog for navigation inside the admin (needs a data router, which the
 * app has; a plain router, as in component tests, gets only the `beforeunload` warning).
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const dataRouter = useContext(UNSAFE_DataRouterContext);
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [when]);
  return dataRouter ? <RouteBlocker when={when} /> : null;
}
