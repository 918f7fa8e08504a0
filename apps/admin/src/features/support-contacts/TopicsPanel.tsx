import { Badge, Button, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useNetworkTenant } from '../../lib/tenant/TenantContext';
import { errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import {
  ArchiveSupportTopicMutation,
  CreateSupportTopicMutation,
  RestoreSupportTopicMutation,
  SupportTopicsQuery,
} from './support-contacts.documents';

/** The network's own topic list: add (fi/sv/en), archive and restore. */
export function TopicsPanel() {
  const { t, i18n } = useTranslation('supportContacts');
  const language = currentLanguage(i18n);
  const tenant = useNetworkTenant();
  const [showArchived, setShowArchived] = useState(false);
  const [label, setLabel] = useState({ fi: '', sv: '', en: '' });
  const [status, setStatus] = useState('');
  const [result, refetch] = useQuery({
    query: SupportTopicsQuery,
    variables: { slug: tenant.network.slug, includeArchived: showArchived },
    requestPolicy: 'cache-and-network',
  });
  const [, create] = useMutation(CreateSupportTopicMutation);
  const [, archive] = useMutation(ArchiveSupportTopicMutation);
  const [, restore] = useMutation(RestoreSupportTopicMutation);
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };

  const add = async () => {
    const answer = await create({
      input: {
        networkId: tenant.network.id,
        label: { fi: label.fi, sv: label.sv || null, en: label.en || null },
      },
    });
    if (answer.error) {
      setStatus(t('topics.failed', { detail: errorMessage(answer.error) ?? '' }));
      return;
    }
    setLabel({ fi: '', sv: '', en: '' });
    setStatus(t('topics.added'));
    reload();
  };

  const toggle = async (id: string, archived: boolean) => {
    const answer = archived ? await restore({ id }) : await archive({ id });
    if (answer.error) setStatus(t('topics.failed', { detail: errorMessage(answer.error) ?? '' }));
    else reload();
  };

  return (
    <Stack gap="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Group align="flex-end">
          {(['fi', 'sv', 'en'] as const).map((locale) => (
            <TextInput
              key={locale}
              label={t(`topics.${locale}`)}
              required={locale === 'fi'}
              maxLength={100}
              value={label[locale]}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setLabel((current) => ({ ...current, [locale]: value }));
              }}
            />
          ))}
          <Button type="submit" disabled={label.fi.trim() === ''}>
            {t('topics.add')}
          </Button>
        </Group>
      </form>
      <Text role="status" aria-live="polite" size="sm">
        {status}
      </Text>
      <Switch
        label={t('topics.showArchived')}
        checked={showArchived}
        onChange={(event) => {
          setShowArchived(event.currentTarget.checked);
        }}
      />
      <QueryState result={result} retry={reload}>
        {(data) =>
          data.supportTopics.totalCount === 0 ? (
            <Text>{t('topics.empty')}</Text>
          ) : (
            <Table striped>
              <Table.Caption>{t('topics.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('topics.fi')}</Table.Th>
                  <Table.Th scope="col">{t('topics.sv')}</Table.Th>
                  <Table.Th scope="col">{t('topics.en')}</Table.Th>
                  <Table.Th scope="col">{t('columns.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.supportTopics.edges.map(({ node }) => {
                  const name = localized(node.label, language);
                  const archived = node.archivedAt !== null;
                  return (
                    <Table.Tr key={node.id}>
                      <Table.Th scope="row" fw={400}>
                        {node.label.fi}{' '}
                        {archived && (
                          <Badge variant="light" color="gray">
                            {t('topics.archived')}
                          </Badge>
                        )}
                      </Table.Th>
                      <Table.Td>{node.label.sv}</Table.Td>
                      <Table.Td>{node.label.en}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="default"
                          aria-label={t(archived ? 'topics.restoreOf' : 'topics.archiveOf', {
                            label: name,
                          })}
                          onClick={() => {
                            void toggle(node.id, archived);
                          }}
                        >
                          {archived ? t('topics.restore') : t('topics.archive')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          )
        }
      </QueryState>
    </Stack>
  );
}
