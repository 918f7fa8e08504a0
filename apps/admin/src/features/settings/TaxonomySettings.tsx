import {
  Alert,
  Badge,
  Button,
  Group,
  Modal,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
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
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import {
  ArchiveTermMutation,
  CreateTermMutation,
  RestoreTermMutation,
  TaxonomyQuery,
  type Term,
  UpdateTermMutation,
} from './settings.documents';

type Kind = 'THEME' | 'TARGET_GROUP';

function TermDialog({
  networkId,
  kind,
  term,
  opened,
  onClose,
  onSaved,
}: {
  networkId: string;
  kind: Kind;
  term: Term | null;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation();
  const [label, setLabel] = useState({
    fi: term?.label.fi ?? '',
    sv: term?.label.sv ?? '',
    en: term?.label.en ?? '',
  });
  const [slug, setSlug] = useState(term?.slug ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [createState, create] = useMutation(CreateTermMutation);
  const [updateState, update] = useMutation(UpdateTermMutation);

  const save = async () => {
    if (!label.fi.trim()) {
      setErrors({ 'label.fi': t('taxonomy.needFi') });
      return;
    }
    const clean = { fi: label.fi.trim(), sv: label.sv.trim(), en: label.en.trim() };
    const result = term
      ? await update({ input: { id: term.id, label: clean, slug: slug.trim() || undefined } })
      : await create({ input: { networkId, kind, label: clean, slug: slug.trim() || undefined } });
    if (result.error) {
      const field =
        errorField(result.error) ??
        (result.error.graphQLErrors[0]?.extensions.field as string | undefined) ??
        'form';
      setErrors({ [field]: errorMessage(result.error) ?? t('saveFailed') });
      return;
    }
    notifications.show({ withCloseButton: false, color: 'green', message: t('saved') });
    onSaved();
    onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': tc('common.close') }}
      opened={opened}
      onClose={onClose}
      title={term ? t('taxonomy.editTitle') : t('taxonomy.createTitle')}
      centered
    >
      <Stack>
        {(['fi', 'sv', 'en'] as const).map((lang) => (
          <TextInput
            key={lang}
            label={t(`taxonomy.label_${lang}`)}
            required={lang === 'fi'}
            maxLength={100}
            value={label[lang]}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setLabel((l) => ({ ...l, [lang]: value }));
            }}
            error={errors[`label.${lang}`]}
            data-autofocus={lang === 'fi' ? true : undefined}
          />
        ))}
        <TextInput
          label={t('taxonomy.slug')}
          description={t('taxonomy.slugHint')}
          value={slug}
          onChange={(e) => {
            setSlug(e.currentTarget.value);
          }}
          error={errors.slug}
        />
        {errors.form && (
          <Alert color="red" variant="light" role="alert">
            {errors.form}
          </Alert>
        )}
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

/** Themes and target groups of the network: create, rename (fi/sv/en), archive and restore. */
export function TaxonomySettings({ networkId, slug }: { networkId: string; slug: string }) {
  const { t, i18n } = useTranslation('settings');
  const language = currentLanguage(i18n);
  const [kind, setKind] = useState<Kind>('THEME');
  const [show, setShow] = useState<'active' | 'all'>('active');
  const pagination = useCursorPagination(50);
  const [dialog, setDialog] = useState<{ term: Term | null } | null>(null);
  const [result, refetch] = useQuery({
    query: TaxonomyQuery,
    variables: { slug, kind, ...pagination.variables },
  });
  const [, archive] = useMutation(ArchiveTermMutation);
  const [, restore] = useMutation(RestoreTermMutation);
  const refresh = () => {
    refetch({ requestPolicy: 'network-only' });
  };
  const records = useMemo(
    () =>
      (result.data?.network.taxonomy.edges.map((e) => e.node) ?? []).filter(
        (term) => show === 'all' || !term.archivedAt,
      ),
    [result.data, show],
  );
  const valueOf = useCallback((row: Term, column: string) => {
    if (column === 'fi') return row.label.fi;
    if (column === 'sv') return row.label.sv;
    if (column === 'en') return row.label.en;
    if (column === 'position') return row.position;
    return null;
  }, []);
  const { sorted, sortStatus, setSortStatus } = useSortedRecords(
    records,
    { columnAccessor: 'position', direction: 'asc' },
    valueOf,
    language,
  );
  const toggleArchive = async (term: Term) => {
    const answer = term.archivedAt
      ? await restore({ id: term.id })
      : await archive({ id: term.id });
    if (answer.error) {
      notifications.show({
        withCloseButton: false,
        color: 'red',
        message: errorMessage(answer.error) ?? t('saveFailed'),
      });
      return;
    }
    notifications.show({
      withCloseButton: false,
      color: 'green',
      message: t(term.archivedAt ? 'taxonomy.restored' : 'taxonomy.archived', {
        label: localized(term.label, language),
      }),
    });
    refresh();
  };
  const columns: DataTableColumn<Term>[] = [
    { accessor: 'position', title: '#', sortable: true, width: 60 },
    {
      accessor: 'fi',
      title: t('taxonomy.label_fi'),
      sortable: true,
      render: (row) => (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {row.label.fi}
          </Text>
          {row.archivedAt && (
            <Badge color="gray" variant="outline" tt="none">
              {t('taxonomy.archivedBadge')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      accessor: 'sv',
      title: t('taxonomy.label_sv'),
      sortable: true,
      render: (row) => row.label.sv ?? '–',
    },
    {
      accessor: 'en',
      title: t('taxonomy.label_en'),
      sortable: true,
      render: (row) => row.label.en ?? '–',
    },
    {
      accessor: 'actions',
      title: t('taxonomy.actions'),
      textAlign: 'right',
      render: (row) => {
        const name = localized(row.label, language);
        return (
          <Group gap="xs" justify="flex-end" wrap="nowrap">
            <Button
              size="compact-sm"
              variant="default"
              aria-label={t('taxonomy.editOf', { label: name })}
              onClick={() => {
                setDialog({ term: row });
              }}
            >
              {t('taxonomy.edit')}
            </Button>
            <Button
              size="compact-sm"
              variant="outline"
              color={row.archivedAt ? 'green' : 'red'}
              aria-label={t(row.archivedAt ? 'taxonomy.restoreOf' : 'taxonomy.archiveOf', {
                label: name,
              })}
              onClick={() => {
                void toggleArchive(row);
              }}
            >
              {t(row.archivedAt ? 'taxonomy.restore' : 'taxonomy.archive')}
            </Button>
          </Group>
        );
      },
    },
  ];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('taxonomy.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('taxonomy.intro')}
          </Text>
        </Stack>
        <Button
          onClick={() => {
            setDialog({ term: null });
          }}
        >
          {t(kind === 'THEME' ? 'taxonomy.createTheme' : 'taxonomy.createTargetGroup')}
        </Button>
      </Group>
      <Group>
        <SegmentedControl
          aria-label={t('taxonomy.kind')}
          value={kind}
          onChange={(value) => {
            setKind(value);
            pagination.reset();
          }}
          data={[
            { value: 'THEME', label: t('taxonomy.themes') },
            { value: 'TARGET_GROUP', label: t('taxonomy.targetGroups') },
          ]}
        />
        <SegmentedControl
          aria-label={t('taxonomy.show')}
          value={show}
          onChange={(value) => {
            setShow(value);
          }}
          data={[
            { value: 'active', label: t('taxonomy.showActive') },
            { value: 'all', label: t('taxonomy.showAll') },
          ]}
        />
      </Group>
      <QueryState result={result} retry={refresh}>
        {(data) => (
          <ConnectionTable<Term>
            caption={t(kind === 'THEME' ? 'taxonomy.themes' : 'taxonomy.targetGroups')}
            records={sorted}
            columns={columns}
            idAccessor="id"
            fetching={result.fetching}
            totalCount={data.network.taxonomy.totalCount}
            hasNextPage={data.network.taxonomy.pageInfo.hasNextPage}
            endCursor={data.network.taxonomy.pageInfo.endCursor}
            pagination={pagination}
            sortStatus={sortStatus}
            onSortStatusChange={setSortStatus}
            noRecordsText={t('taxonomy.empty')}
          />
        )}
      </QueryState>
      {dialog && (
        <TermDialog
          key={dialog.term?.id ?? 'new'}
          networkId={networkId}
          kind={kind}
          term={dialog.term}
          opened
          onClose={() => {
            setDialog(null);
          }}
          onSaved={refresh}
        />
      )}
    </Stack>
  );
}
