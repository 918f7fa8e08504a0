import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { LoadingState } from '../../components/PageState';
import { ApiStatus } from './ApiStatus';
import { MeQuery } from './auth.documents';
import { SignInForm } from './SignInForm';

/** Only same-app paths: `next` must not send anyone to another site after signing in. */
export function safeNext(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  return next;
}

/** /sign-in?next=/o/…: signs in, then goes back to the page the person was on (or home). */
export function SignInPage() {
  const { t } = useTranslation('auth');
  const { t: tc } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = safeNext(params.get('next'));
  const [{ data, fetching }, refetchMe] = useQuery({ query: MeQuery });
  const appTitle = tc('app.title');
  const title = t('title');

  useEffect(() => {
    document.title = `${title} · ${appTitle}`;
  }, [title, appTitle]);

  if (data?.me) return <Navigate to={next} replace />;
  if (fetching && !data) return <LoadingState />;

  return (
    <Center py="xl" px="md">
      <Stack w="100%" maw={420} gap="lg">
        <Paper withBorder p="xl" radius="md" component="section" aria-labelledby="sign-in-title">
          <Title order={1} size="h2" id="sign-in-title" mb="xs">
            {title}
          </Title>
          <Text c="dimmed" mb="lg">
            {t('intro')}
          </Text>
          <SignInForm
            onSignedIn={() => {
              refetchMe({ requestPolicy: 'network-only' });
              void navigate(next, { replace: true });
            }}
          />
        </Paper>
        <ApiStatus />
      </Stack>
    </Center>
  );
}
