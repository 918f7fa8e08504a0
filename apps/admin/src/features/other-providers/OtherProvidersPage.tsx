import { Badge, Button, Card, Checkbox, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Page } from '../../components/Page';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { localized } from '../services/format';
import { OtherProviderForm } from './OtherProviderForm';
import {
  ArchiveOtherProviderMutation,
  MarkOtherProviderCheckedMutation,
  type OtherProviderRow,
  OtherProvidersQuery,
  RestoreOtherProviderMutation,
} from './otherProviders.documents';

const PAGE_SIZE = 20;

/**
 * /n/:networkSlug/other-providers — the network's list of help outside it (issue 18, the "pie"):
 * filters, "checked today", archive/restore, and the form. Shown to the public apart from the
 * network's own services.
 */
export function OtherProvidersPage() {
  const { t, i18n } = useTranslation('otherProviders');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const [text, setText] = useState('');
  const [archived, setArchived] = useState(false);
  // ?due=1: the coordinators' check reminder links here with the filter on.
  const [searchParams] = useSearchParams();
  const [dueForCheck, setDueForCheck] = useState(() => searchParams.get('due') === '1');
  const [size, setSize] = useState(PAGE_SIZE);
  const [editing, setEditing] = useState<OtherProviderRow | 'new' | null>(null);
  const [result, refetch] = useQuery({
    query: OtherProvidersQuery,
    variables: {
      slug: tenant.network.slug,
      first: size,
      filter: { text: text || undefined, archived, dueForCheck },
    },
  });
  const [, markChecked] = useMutation(MarkOtherProviderCheckedMutation);
  const [, archive] = useMutation(ArchiveOtherProviderMutation);
  const [, restore] = useMutation(RestoreOtherProviderMutation);
  const network = result.data?.network;
  const terms =
    network?.taxonomy.edges.map((edge) => edge.node).filter((term) => term.archivedAt === null) ??
    [];
  const dateFormat = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language);

  return (
    <Page title={t('title')} description={t('description')}>
      <Stack gap="md">
        <Group gap="md" align="flex-end" wrap="wrap">
          <TextInput
            label={t('search')}
            value={text}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setSize(PAGE_SIZE);
            }}
          />
          <Checkbox
            label={t('showArchived')}
            checked={archived}
            onChange={(event) => {
              setArchived(event.currentTarget.checked);
            }}
          />
          <Checkbox
            label={t('dueOnly')}
            checked={dueForCheck}
            onChange={(event) => {
              setDueForCheck(event.currentTarget.checked);
            }}
          />
          <Button
            onClick={() => {
              setEditing('new');
            }}
          >
            {t('add')}
          </Button>
        </Group>
        <QueryState
          result={result}
          retry={() => {
            refetch({ requestPolicy: 'network-only' });
          }}
          isEmpty={(data) => data.network.otherProviders.totalCount === 0}
          empty={<EmptyState text={t('empty')} />}
        >
          {(data) => {
            const list = data.network.otherProviders;
            return (
              <Stack gap="sm">
                <Text role="status">{t('count', { count: list.totalCount })}</Text>
                <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0 }}>
                  {list.edges.map(({ node }) => (
                    <Card key={node.id} withBorder component="li">
                      <Group justify="space-between" align="flex-start" wrap="wrap">
                        <Stack gap={4}>
                          <Text fw={600}>{node.name}</Text>
                          <Text size="sm">
                            {[node.phone, node.chatUrl, node.website].filter(Boolean).join(' · ') ||
                              t('noContact')}
                          </Text>
                          <Text size="sm" c="dimmed">
                            {localized(node.description, language)}
                          </Text>
                          <Group gap={6}>
                            {node.isNationwide ? <Badge>{t('reach.nationwide')}</Badge> : null}
                            {node.isOnline ? <Badge>{t('reach.online')}</Badge> : null}
                            {node.regionCodes.length > 0 ? (
                              <Badge variant="light">
                                {t('reach.regions', { count: node.regionCodes.length })}
                              </Badge>
                            ) : null}
                            {node.municipalityCodes.length + node.wellbeingAreaCodes.length > 0 ? (
                              <Badge variant="light">
                                {t('reach.local', {
                                  codes: [...node.wellbeingAreas, ...node.municipalities]
                                    .map((place) => localized(place.name, language))
                                    .join(', '),
                                })}
                              </Badge>
                            ) : null}
                            <Badge color={node.freshness === 'FRESH' ? 'green' : 'orange'}>
                              {t(`freshness.${node.freshness}`)}
                            </Badge>
                          </Group>
                          <Text size="xs" c="dimmed">
                            {t('checkedAt', { date: dateFormat.format(new Date(node.checkedAt)) })}
                          </Text>
                        </Stack>
                        <Group gap="xs">
                          {node.archivedAt === null ? (
                            <>
                              <Button
                                variant="light"
                                aria-label={`${t('checkedToday')}: ${node.name}`}
                                onClick={() => {
                                  void markChecked({ id: node.id });
                                }}
                              >
                                {t('checkedToday')}
                              </Button>
                              <Button
                                variant="default"
                                aria-label={`${t('edit')}: ${node.name}`}
                                onClick={() => {
                                  setEditing(node);
                                }}
                              >
                                {t('edit')}
                              </Button>
                              <Button
                                variant="subtle"
                                color="red"
                                aria-label={`${t('archive')}: ${node.name}`}
                                onClick={() => {
                                  void archive({ id: node.id });
                                }}
                              >
                                {t('archive')}
                              </Button>
                            </>
                          ) : (
                            <Button
                              variant="default"
                              aria-label={`${t('restore')}: ${node.name}`}
                              onClick={() => {
                                void restore({ id: node.id });
                              }}
                            >
                              {t('restore')}
                            </Button>
                          )}
                        </Group>
                      </Group>
                    </Card>
                  ))}
                </Stack>
                {list.pageInfo.hasNextPage ? (
                  <Button
                    variant="default"
                    onClick={() => {
                      setSize((current) => Math.min(current + PAGE_SIZE, 100));
                    }}
                  >
                    {t('loadMore')}
                  </Button>
                ) : null}
              </Stack>
            );
          }}
        </QueryState>
      </Stack>
      {editing && network ? (
        <OtherProviderForm
          networkId={network.id}
          provider={editing === 'new' ? null : editing}
          terms={terms}
          onClose={() => {
            setEditing(null);
            refetch({ requestPolicy: 'network-only' });
          }}
        />
      ) : null}
    </Page>
  );
}
