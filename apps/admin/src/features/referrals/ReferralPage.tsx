import {
  Alert,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { DataTableColumn } from 'mantine-datatable';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConnectionTable, useCursorPagination } from '../../components/ConnectionTable';
import { Page } from '../../components/Page';
import { QueryState } from '../../components/PageState';
import { currentLanguage } from '../../lib/i18n';
import { useOrganizationTenant } from '../../lib/tenant/TenantContext';
import { errorMessage } from '../../lib/urql/errors';
import { formatDateTime, localized } from '../services/format';
import { STATUS_COLORS, URGENCY_COLORS } from './format';
import { useServiceLabels } from './useServiceLabels';
import {
  AcceptReferralMutation,
  AddReferralNoteMutation,
  CloseReferralMutation,
  DECLINE_REASONS,
  DeclineReferralMutation,
  OpenReferralMutation,
  RecordFirstContactMutation,
  ReferralDetailsQuery,
  ReferralQuery,
  ReferralReadLogQuery,
  type ReferralFacts,
  type ReadLogRow,
} from './referrals.documents';

type DeclineReason = (typeof DECLINE_REASONS)[number];
type Announce = (message: string, failed: boolean) => void;
type Note = { id: string; text: string | null; authorName: string | null; createdAt: string };

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

/**
 * /o/:organizationId/referrals/:referralId — one referral or contact request: its status and facts
 * (no personal data), the actions its status allows (the API's transition table), notes, and the
 * client's contact details only when asked for (every read is logged; org admins see the log here).
 */
export function ReferralPage() {
  const { t, i18n } = useTranslation('referrals');
  const language = currentLanguage(i18n);
  const { referralId = '' } = useParams();
  const tenant = useOrganizationTenant();
  const isAdmin = tenant.roles.includes('ORG_ADMIN');
  const [result, refetch] = useQuery({
    query: ReferralQuery,
    variables: { id: referralId },
    requestPolicy: 'cache-and-network',
  });
  const labels = useServiceLabels(tenant.organization.id);
  const [status, setStatus] = useState('');
  const [reads, setReads] = useState(0);
  const announce: Announce = (message, failed) => {
    setStatus(message);
    notifications.show({ withCloseButton: false, color: failed ? 'red' : 'green', message });
  };
  const reload = () => {
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Page
      title={t('detail.title')}
      breadcrumbs={[
        { label: t('detail.back'), to: `${tenant.basePath}/referrals` },
        { label: t('detail.title') },
      ]}
      actions={
        <Button variant="default" onClick={reload}>
          {t('refresh')}
        </Button>
      }
    >
      <Text role="status" aria-live="polite" size="sm" c="dimmed">
        {status}
      </Text>
      <QueryState result={result} retry={reload}>
        {({ referral }) => {
          const service = labels(referral.serviceId);
          return (
            <Stack gap="lg">
              <Card withBorder>
                <Stack gap="md">
                  <Group gap="sm">
                    <Title order={2} size="h3">
                      {service?.name ?? t('unknownService')}
                    </Title>
                    <Badge variant="light" color={STATUS_COLORS[referral.status]}>
                      {t(`status.${referral.status}`)}
                    </Badge>
                    <Badge variant="light" color={URGENCY_COLORS[referral.urgency]}>
                      {t(`urgency.${referral.urgency}`)}
                    </Badge>
                  </Group>
                  <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
                    <Fact label={t('detail.kind')}>{t(`kind.${referral.kind}`)}</Fact>
                    {referral.reasonKey ? (
                      <Fact label={t('detail.reason')}>
                        {service?.reasons.get(referral.reasonKey) ?? referral.reasonKey}
                      </Fact>
                    ) : null}
                    {referral.contactMethod ? (
                      <Fact label={t('detail.contactMethod')}>
                        {t(`contactMethod.${referral.contactMethod}`)}
                      </Fact>
                    ) : null}
                    {referral.contactWindow ? (
                      <Fact label={t('detail.contactWindow')}>
                        {t(`contactWindow.${referral.contactWindow}`)}
                      </Fact>
                    ) : null}
                    {referral.municipalityCode ? (
                      <Fact label={t('detail.municipality')}>
                        {referral.municipality
                          ? `${localized(referral.municipality.name, language)} (${referral.municipalityCode})`
                          : referral.municipalityCode}
                      </Fact>
                    ) : null}
                    {referral.kind === 'REFERRAL' ? (
                      <Fact label={t('detail.consent')}>
                        {referral.hasConsent ? t('detail.consentYes') : t('detail.consentNo')}
                      </Fact>
                    ) : null}
                    <Fact label={t('detail.received')}>
                      {formatDateTime(referral.createdAt, language)}
                    </Fact>
                    {referral.openedAt ? (
                      <Fact label={t('detail.opened')}>
                        {formatDateTime(referral.openedAt, language)}
                      </Fact>
                    ) : null}
                    {referral.decidedAt ? (
                      <Fact label={t('detail.decided')}>
                        {formatDateTime(referral.decidedAt, language)}
                      </Fact>
                    ) : null}
                    {referral.declineReason ? (
                      <Fact label={t('detail.declineReason')}>
                        {t(`declineReason.${referral.declineReason}`)}
                      </Fact>
                    ) : null}
                    {referral.firstContactAt ? (
                      <Fact label={t('detail.firstContact')}>
                        {formatDateTime(referral.firstContactAt, language)}
                      </Fact>
                    ) : null}
                    {referral.closedAt ? (
                      <Fact label={t('detail.closed')}>
                        {formatDateTime(referral.closedAt, language)}
                      </Fact>
                    ) : null}
                  </SimpleGrid>
                </Stack>
              </Card>
              <ReferralActions referral={referral} announce={announce} />
              {referral.erasedAt ? (
                <Alert color="gray" title={t('detail.erased')}>
                  {t('detail.erasedNote')}
                </Alert>
              ) : (
                <ContactDetails
                  referralId={referral.id}
                  announce={announce}
                  onRead={() => {
                    setReads((count) => count + 1);
                  }}
                />
              )}
              {isAdmin ? <ReadLog referralId={referral.id} reads={reads} /> : null}
            </Stack>
          );
        }}
      </QueryState>
    </Page>
  );
}

/** The actions the referral's status allows (NEW → open; OPENED → accept/decline; decided → close). */
function ReferralActions({ referral, announce }: { referral: ReferralFacts; announce: Announce }) {
  const { t } = useTranslation('referrals');
  const [{ fetching: opening }, open] = useMutation(OpenReferralMutation);
  const [{ fetching: accepting }, accept] = useMutation(AcceptReferralMutation);
  const [{ fetching: declining }, decline] = useMutation(DeclineReferralMutation);
  const [{ fetching: contacting }, recordFirstContact] = useMutation(RecordFirstContactMutation);
  const [{ fetching: closing }, close] = useMutation(CloseReferralMutation);
  const [reason, setReason] = useState<DeclineReason | ''>('');
  const id = referral.id;
  const report = (answer: { error?: Parameters<typeof errorMessage>[0] }) => {
    announce(
      answer.error
        ? t('actions.failed', { detail: errorMessage(answer.error) ?? '' })
        : t('actions.done'),
      Boolean(answer.error),
    );
  };
  const canContact =
    referral.firstContactAt === null &&
    (referral.status === 'OPENED' ||
      referral.status === 'ACCEPTED' ||
      referral.status === 'DECLINED');

  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('actions.title')}
        </Title>
        {referral.status === 'CLOSED' ? <Text size="sm">{t('actions.none')}</Text> : null}
        <Group gap="sm" align="end">
          {referral.status === 'NEW' ? (
            <Button loading={opening} onClick={() => void open({ id }).then(report)}>
              {t('actions.open')}
            </Button>
          ) : null}
          {referral.status === 'OPENED' ? (
            <>
              <Button
                color="green"
                loading={accepting}
                onClick={() => void accept({ id }).then(report)}
              >
                {t('actions.accept')}
              </Button>
              <NativeSelect
                label={t('actions.declineReason')}
                value={reason}
                w={260}
                data={[
                  { value: '', label: '–' },
                  ...DECLINE_REASONS.map((value) => ({
                    value,
                    label: t(`declineReason.${value}`),
                  })),
                ]}
                onChange={(change) => {
                  setReason(change.currentTarget.value as DeclineReason | '');
                }}
              />
              <Button
                color="red"
                variant="light"
                disabled={reason === ''}
                loading={declining}
                onClick={() => {
                  if (reason) void decline({ id, reason }).then(report);
                }}
              >
                {t('actions.decline')}
              </Button>
            </>
          ) : null}
          {canContact ? (
            <Button
              variant="default"
              loading={contacting}
              onClick={() => void recordFirstContact({ id }).then(report)}
            >
              {t('actions.firstContact')}
            </Button>
          ) : null}
          {referral.status === 'ACCEPTED' || referral.status === 'DECLINED' ? (
            <Button
              variant="default"
              loading={closing}
              onClick={() => void close({ id }).then(report)}
            >
              {t('actions.close')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

/**
 * The client's contact details and the notes: read only after the button (each read is logged by the
 * API, so nothing here is fetched before). Adding a note needs no read.
 */
function ContactDetails({
  referralId,
  announce,
  onRead,
}: {
  referralId: string;
  announce: Announce;
  onRead: () => void;
}) {
  const { t, i18n } = useTranslation('referrals');
  const language = currentLanguage(i18n);
  const [shown, setShown] = useState(false);
  const [result, refetch] = useQuery({
    query: ReferralDetailsQuery,
    variables: { id: referralId, first: 50 },
    pause: !shown,
    requestPolicy: 'network-only',
  });
  const [added, setAdded] = useState<Note[]>([]);
  const [text, setText] = useState('');
  const [{ fetching: adding }, addNote] = useMutation(AddReferralNoteMutation);
  const details = shown ? result.data?.referral.details : undefined;
  useEffect(() => {
    if (details) onRead();
    // Once per read: `details` is a new object for each answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [details]);
  const loaded = details?.notes.edges.map((edge) => edge.node) ?? [];
  const notes = [...added.filter((note) => !loaded.some((n) => n.id === note.id)), ...loaded];

  return (
    <Card withBorder>
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('contact.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('contact.logged')}
        </Text>
        {!shown ? (
          <Group>
            <Button
              onClick={() => {
                setShown(true);
              }}
            >
              {t('contact.show')}
            </Button>
          </Group>
        ) : (
          <QueryState
            result={result}
            retry={() => {
              refetch({ requestPolicy: 'network-only' });
            }}
          >
            {({ referral: { details: d } }) => (
              <SimpleGrid cols={{ base: 1, sm: 2 }}>
                <Fact label={t('contact.name')}>{d.clientName ?? t('contact.none')}</Fact>
                <Fact label={t('contact.phone')}>{d.clientPhone ?? t('contact.none')}</Fact>
                <Fact label={t('contact.email')}>{d.clientEmail ?? t('contact.none')}</Fact>
                <Fact label={t('contact.message')}>{d.message ?? t('contact.none')}</Fact>
                {d.referrerName ? (
                  <Fact label={t('contact.referrer')}>{d.referrerName}</Fact>
                ) : null}
                {d.referrerEmail ? (
                  <Fact label={t('contact.referrerEmail')}>{d.referrerEmail}</Fact>
                ) : null}
              </SimpleGrid>
            )}
          </QueryState>
        )}

        <Title order={3} size="h5">
          {t('notes.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('notes.hint')}
        </Text>
        {details && notes.length === 0 ? <Text size="sm">{t('notes.empty')}</Text> : null}
        {notes.length > 0 ? (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', paddingLeft: 0 }}>
            {notes.map((note) => (
              <li key={note.id}>
                <Text size="xs" c="dimmed">
                  {formatDateTime(note.createdAt, language)}
                  {note.authorName ? ` · ${note.authorName}` : ''}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {note.text ?? t('notes.erased')}
                </Text>
              </li>
            ))}
          </Stack>
        ) : null}
        <form
          onSubmit={(submitted) => {
            submitted.preventDefault();
            if (!text.trim()) return;
            void addNote({ referralId, text }).then((answer) => {
              const note = answer.data?.addReferralNote;
              if (note) {
                setAdded((list) => [note, ...list]);
                setText('');
              }
              announce(
                answer.error
                  ? t('notes.failed', { detail: errorMessage(answer.error) ?? '' })
                  : t('notes.added'),
                Boolean(answer.error),
              );
            });
          }}
        >
          <Stack gap="xs">
            <Textarea
              label={t('notes.text')}
              value={text}
              maxLength={2000}
              autosize
              minRows={2}
              onChange={(change) => {
                setText(change.currentTarget.value);
              }}
            />
            <Group>
              <Button type="submit" variant="default" loading={adding} disabled={!text.trim()}>
                {t('notes.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}

/** Who read the personal data and when (organisation admins; the API refuses others). */
function ReadLog({ referralId, reads }: { referralId: string; reads: number }) {
  const { t, i18n } = useTranslation('referrals');
  const language = currentLanguage(i18n);
  const pagination = useCursorPagination(20);
  const [result, refetch] = useQuery({
    query: ReferralReadLogQuery,
    variables: { referralId, ...pagination.variables },
    requestPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (reads > 0) refetch({ requestPolicy: 'network-only' });
  }, [reads, refetch]);
  const records = useMemo(
    () => result.data?.referralReadLog.edges.map((edge) => edge.node) ?? [],
    [result.data],
  );
  const columns: DataTableColumn<ReadLogRow>[] = [
    { accessor: 'actorLabel', title: t('readLog.who') },
    {
      accessor: 'readAt',
      title: t('readLog.when'),
      render: (row) => formatDateTime(row.readAt, language),
    },
  ];
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('readLog.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('readLog.hint')}
        </Text>
        <QueryState result={result}>
          {(data) =>
            data.referralReadLog.totalCount === 0 ? (
              <Text size="sm">{t('readLog.empty')}</Text>
            ) : (
              <ConnectionTable<ReadLogRow>
                caption={t('readLog.caption')}
                records={records}
                columns={columns}
                idAccessor="id"
                fetching={result.fetching}
                totalCount={data.referralReadLog.totalCount}
                hasNextPage={data.referralReadLog.pageInfo.hasNextPage}
                endCursor={data.referralReadLog.pageInfo.endCursor}
                pagination={pagination}
                sortStatus={{ columnAccessor: 'readAt', direction: 'desc' }}
                onSortStatusChange={() => undefined}
              />
            )
          }
        </QueryState>
      </Stack>
    </Card>
  );
}
