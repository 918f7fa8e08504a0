import { Button, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

function Message({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  const appTitle = t('app.title');
  useEffect(() => {
    document.title = `${title} · ${appTitle}`;
  }, [title, appTitle]);
  return (
    <Stack align="flex-start" gap="md" py="xl" maw={640}>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{text}</Text>
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Stack>
  );
}

/** Any address the admin does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return <Message title={t('notFound.title')} text={t('notFound.text')} />;
}

/** A workspace the person has no role in. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  return <Message title={t('states.forbidden')} text={t('states.forbiddenWorkspace')} />;
}
