import { MantineProvider, mergeThemeOverrides, Modal, Notification } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { type Client, Provider as UrqlProvider } from 'urql';
import { cssVariablesResolver, theme } from './theme';

function DocumentTitle({ i18n }: { i18n: I18n }) {
  useEffect(() => {
    const update = () => {
      document.documentElement.lang = i18n.language;
    };
    update();
    i18n.on('languageChanged', update);
    return () => {
      i18n.off('languageChanged', update);
    };
  }, [i18n]);
  return null;
}

/** Mantine with the theme, plus names in the UI language for the icon-only close buttons. */
function ThemedMantine({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const close = t('common.close');
  const themed = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Notification: Notification.extend({
            defaultProps: { closeButtonProps: { 'aria-label': close } },
          }),
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
        },
      }),
    [close],
  );
  return (
    <MantineProvider theme={themed} cssVariablesResolver={cssVariablesResolver}>
      {children}
    </MantineProvider>
  );
}

/** i18n, the GraphQL client, Mantine (theme from @linja/ui tokens) and notifications. */
export function AppProviders({
  client,
  i18n,
  children,
}: {
  client: Client;
  i18n: I18n;
  children: ReactNode;
}) {
  return (
    <I18nextProvider i18n={i18n}>
      <UrqlProvider value={client}>
        <ThemedMantine>
          <Notifications position="top-right" />
          <DocumentTitle i18n={i18n} />
          {children}
        </ThemedMantine>
      </UrqlProvider>
    </I18nextProvider>
  );
}
