import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useEffect } from 'react';
import { I18nextProvider } from 'react-i18next';
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
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
          <Notifications position="top-right" />
          <DocumentTitle i18n={i18n} />
          {children}
        </MantineProvider>
      </UrqlProvider>
    </I18nextProvider>
  );
}
