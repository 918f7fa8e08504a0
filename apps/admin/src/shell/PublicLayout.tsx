import { LanguageSwitcher } from '@linja/ui';
import { Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { currentLanguage } from '../lib/i18n';

/** Pages before sign-in: the name of the app and the language choice, then the page. */
export function PublicLayout() {
  const { t, i18n } = useTranslation();
  return (
    <Box mih="100vh">
      <a className="linja-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Box
        component="header"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Group justify="space-between" px="md" py="xs" maw={1120} mx="auto" wrap="wrap">
          <Group gap={8}>
            <Text fw={800} size="xl" c="linja.6" style={{ letterSpacing: '0.02em' }}>
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.area')}
            </Text>
          </Group>
          <LanguageSwitcher
            label={t('language.label')}
            current={currentLanguage(i18n)}
            onChange={(language) => {
              void i18n.changeLanguage(language);
            }}
          />
        </Group>
      </Box>
      <Box component="main" id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <Outlet />
      </Box>
    </Box>
  );
}
