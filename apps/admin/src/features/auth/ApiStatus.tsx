import { Box, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { graphql } from '../../gql';

// The smallest query any GraphQL server answers: proves the admin reaches the API end to end.
export const ApiStatusQuery = graphql(`
  query ApiStatus {
    __typename
  }
`);

/** The API's reachability on the sign-in page, with a retry when it is down. */
export function ApiStatus() {
  const { t } = useTranslation('auth');
  const [{ data, fetching, error }, reexecuteQuery] = useQuery({
    query: ApiStatusQuery,
    requestPolicy: 'network-only',
  });
  const kind = error ? 'error' : data ? 'connected' : fetching ? 'loading' : 'loading';
  const colour =
    kind === 'connected'
      ? 'var(--mantine-color-green-6)'
      : kind === 'error'
        ? 'var(--mantine-color-red-6)'
        : 'var(--mantine-color-gray-5)';

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="api-status-title">
      <Title order={2} size="h5" id="api-status-title" mb="xs">
        {t('apiStatus.title')}
      </Title>
      <Group gap="xs" role="status" aria-live="polite" wrap="wrap">
        <Box aria-hidden="true" w={12} h={12} style={{ borderRadius: 999, background: colour }} />
        <Text>
          {t('apiStatus.label')}:{' '}
          <Text
            span
            fw={700}
            c={kind === 'error' ? 'red.6' : kind === 'connected' ? 'green.6' : undefined}
          >
            {kind === 'loading' && t('apiStatus.loading')}
            {kind === 'connected' && t('apiStatus.connected', { typename: data?.__typename ?? '' })}
            {kind === 'error' && t('apiStatus.error')}
          </Text>
        </Text>
      </Group>
      {error && (
        <>
          <Text size="sm" c="dimmed" mt="xs" style={{ overflowWrap: 'anywhere' }}>
            <code>{error.message}</code>
          </Text>
          <Button
            mt="sm"
            variant="outline"
            onClick={() => {
              reexecuteQuery({ requestPolicy: 'network-only' });
            }}
          >
            {t('apiStatus.retry')}
          </Button>
        </>
      )}
    </Paper>
  );
}
