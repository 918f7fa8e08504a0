import { Alert, Button, Group, Modal, Select, Stack, TagsInput, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  ConnectionTable,
  useCursorPagination,
  useSortedRecords,
} from '../../components/ConnectionTable';
import { EmptyState, QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { errorCode, errorMessage } from '../../lib/urql/errors';
import {
  CreateSynonymMutation,
  DeleteSynonymMutation,
  type Synonym,
  SynonymsQuery,
  UpdateSynonymMutation,
} from './settings.documents';

type Locale = 'fi' | 'sv' | 'en';

/** An entry is a word or a phrase of at most this many words (the API's rule, search-synonym.service). */
const MAX_PHRASE_WORDS = 4;

/** One entry as the search keeps it: lower case, single spaces between the words of a phrase. */
export function normalizeSynonymEntry(entry: string): string {
  return entry.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

function SynonymDialog({
  networkId,
  synonym,
  onClose,
  onSaved,
}: {
  networkId: string;
  synonym: Synonym | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [language, setLanguage] = useState<Locale>(synonym?.language ?? 'fi');
  const [words, setWords] = useState<string[]>(synonym ? [...synonym.words] : []);
  const [error, setError] = useState<string | null>(null);
  const [createState, create] = useMutation(CreateSynonymMutation);
  const [updateState, update] = useMutation(UpdateSynonymMutation);
  const save = async () => {
    if (words.length < 2) {
      setError(t('synonyms.needTwo'));
      return;
    }
    const tooLong = words.find((entry) => entry.split(' ').length > MAX_PHRASE_WORDS);
    if (tooLong) {
      setError(t('synonyms.phraseTooLong', { phrase: tooLong }));
      return;
    }
    const result = synonym
      ? await update({ input: { id: synonym.id, language, words } })
      : await create({ input: { networkId, language, words } });
    if (result.error) {
      setError(
        errorCode(result.error) === 'CONFLICT'
          ? t('synonyms.exists')
          : (errorMessage(result.error) ?? t('saveFailed')),
      );
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('saved') });
    onSaved();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      opened
      onClose={onClose}
      title={synonym ? t('synonyms.editTitle') : t('synonyms.createTitle')}
      centered
    >
      <Stack>
        <Select
          label={t('synonyms.language')}
          allowDeselect={false}
          value={language}
          onChange={(value) => {
            setLanguage(value ?? 'fi');
          }}
          data={(['fi', 'sv', 'en'] as const).map((value) => ({
            value,
            label: t(`synonyms.languages.${value}`),
          }))}
        />
        <TagsInput
          label={t('synonyms.words')}
          description={t('synonyms.wordsHint')}
          value={words}
          onChange={(value) => {
            setWords(value.map(normalizeSynonymEntry).filter(Boolean));
            setError(null);
          }}
          maxTags={20}
          // An entry may be a phrase ("violence at home"): spaces stay inside it.
          splitChars={[',', ';', '\n']}
          error={error}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {tc('common.cancel')}
          </Button>
          <Button
            loading={createState.fetching || updateState.fetching}
            onClick={() => {
              void save();
            }}
          >
            {tc('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Groups of words the network's search treats as the same (per language). */
export function SynonymSettings({ networkId, slug }: { networkId: string; slug: string }) {
  const { t, i18n } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const uiLanguage = currentLanguage(i18n);
  const pagination = useCursorPagination(50);
  const [dialog, setDialog] = useState<{ synonym: Synonym | null } | null>(null);
  const [deleting, setDeleting] = useState<Synonym | null>(null);
  const [result, refetch] = useQuery({
    query: SynonymsQuery,
    variables: { slug, ...pagination.variables },
  });
  const [deleteState, remove] = useMutation(DeleteSynonymMutation);
  const refresh = () => {
    refetch({ requestPolicy: 'network-only' });
  };
  const records = useMemo(
    () => result.data?.network.searchSynonyms.edges.map((e) => e.node) ?? [],
    [result.data],
  );
  const valueOf = useCallback((row: Synonym, column: string) => {
    if (column === 'language') return row.language;
    if (column === 'words') return row.words.join(' ');
    return null;
  }, []);
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'words', direction: 'asc' },
    valueOf,
    uiLanguage,
  );
  const doDelete = async () => {
    if (!deleting) return;
    const answer = await remove({ id: deleting.id });
    setDeleting(null);
    if (answer.error) {
      notifications.show({
        withCloseButton: false,
        color: 'red',
        message: errorMessage(answer.error) ?? t('saveFailed'),
      });
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('synonyms.deleted') });
    refresh();
  };
  const columns: DataTableColumn<Synonym>[] = [
    {
      accessor: 'words',
      title: t('synonyms.words'),
      sortable: true,
      render: (row) => row.words.join(' · '),
    },
    {
      accessor: 'language',
      title: t('synonyms.language'),
      sortable: true,
      render: (row) => t(`synonyms.languages.${row.language}`),
    },
    {
      accessor: 'actions',
      title: t('taxonomy.actions'),
      textAlign: 'right',
      render: (row) => (
        <Group gap="xs" justify="flex-end" wrap="nowrap">
          <Button
            size="compact-sm"
            variant="default"
            aria-label={t('synonyms.editOf', { words: row.words.join(', ') })}
            onClick={() => {
              setDialog({ synonym: row });
            }}
          >
            {t('taxonomy.edit')}
          </Button>
          <Button
            size="compact-sm"
            variant="outline"
            color="red"
            aria-label={t('synonyms.deleteOf', { words: row.words.join(', ') })}
            onClick={() => {
              setDeleting(row);
            }}
          >
            {t('synonyms.delete')}
          </Button>
        </Group>
      ),
    },
  ];
  const addButton = (
    <Button
      onClick={() => {
        setDialog({ synonym: null });
      }}
    >
      {t('synonyms.create')}
    </Button>
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('synonyms.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('synonyms.intro')}
          </Text>
        </Stack>
        {addButton}
      </Group>
      <QueryState
        result={result}
        retry={refresh}
        isEmpty={(data) => data.network.searchSynonyms.totalCount === 0}
        empty={<EmptyState text={t('synonyms.empty')} />}
      >
        {(data) => (
          <ConnectionTable<Synonym>
            caption={t('synonyms.title')}
            records={sorted}
            columns={columns}
            idAccessor="id"
            fetching={result.fetching}
            totalCount={data.network.searchSynonyms.totalCount}
            hasNextPage={data.network.searchSynonyms.pageInfo.hasNextPage}
            endCursor={data.network.searchSynonyms.pageInfo.endCursor}
            pagination={pagination}
            sortStatus={sortStatus}
            onSortStatusChange={setSortStatus}
          />
        )}
      </QueryState>
      {dialog && (
        <SynonymDialog
          key={dialog.synonym?.id ?? 'new'}
          networkId={networkId}
          synonym={dialog.synonym}
          onClose={() => {
            setDialog(null);
          }}
          onSaved={refresh}
        />
      )}
      <Modal
        closeButtonProps={{ 'aria-label': tc('common.close') }}
        opened={!!deleting}
        onClose={() => {
          setDeleting(null);
        }}
        title={t('synonyms.deleteTitle')}
        centered
      >
        <Stack>
          <Text>{t('synonyms.deleteText', { words: deleting?.words.join(', ') ?? '' })}</Text>
          {deleteState.error && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(deleteState.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button
              variant="default"
              onClick={() => {
                setDeleting(null);
              }}
            >
              {tc('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={deleteState.fetching}
              onClick={() => {
                void doDelete();
              }}
            >
              {t('synonyms.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
