import {
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  NumberInput,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { errorMessage } from '../../lib/urql/errors';
import { formatSessionTime } from './format';
import {
  InvitePresenterMutation,
  type PresentationRow,
  type SessionRow,
  SetSessionRecordingMutation,
  WithdrawPresentationMutation,
} from './info-series.documents';

const STATUS_COLOR: Record<PresentationRow['status'], string> = {
  INVITED: 'yellow',
  ACCEPTED: 'green',
  DECLINED: 'gray',
  WITHDRAWN: 'gray',
};

/** Where slides go (apps/api slides.controller.ts); the header is its CSRF protection. */
export async function uploadSlides(eventId: string, file: File): Promise<string | null> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch(
    `/files/info-session-slides?eventId=${encodeURIComponent(eventId)}`,
    {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Linja-Upload': '1' },
      body,
    },
  );
  if (response.ok) return null;
  if (response.status === 413) return '> 10 MB';
  try {
    const answer = (await response.json()) as { error?: { message?: string }; message?: string };
    return answer.error?.message ?? answer.message ?? String(response.status);
  } catch {
    return String(response.status);
  }
}

/** Removes uploaded slides (apps/api slides.controller.ts DELETE); null when done, else the problem. */
export async function deleteSlides(slidesId: string): Promise<string | null> {
  const response = await fetch(`/files/info-session-slides/${encodeURIComponent(slidesId)}`, {
    method: 'DELETE',
    credentials: 'same-origin',
    headers: { 'X-Linja-Upload': '1' },
  });
  if (response.ok) return null;
  try {
    const answer = (await response.json()) as { error?: { message?: string }; message?: string };
    return answer.error?.message ?? answer.message ?? String(response.status);
  } catch {
    return String(response.status);
  }
}

/** One session on the planning board: its presenter slots, and after it the recording and slides. */
export function SessionCard({
  session,
  presentersPerSession,
  organizations,
  past,
  canManage,
  onChanged,
}: {
  session: SessionRow;
  presentersPerSession: number;
  organizations: { id: string; name: string }[];
  past: boolean;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('infoSeries');
  const language = currentLanguage(i18n);
  const date = formatSessionTime(session.startsAt, language);
  const [, invite] = useMutation(InvitePresenterMutation);
  const [, withdraw] = useMutation(WithdrawPresentationMutation);
  const [, record] = useMutation(SetSessionRecordingMutation);
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [respondBy, setRespondBy] = useState('');
  const [recordingUrl, setRecordingUrl] = useState(session.recordingUrl ?? '');
  const [attendance, setAttendance] = useState<number | string>(session.attendanceCount ?? '');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);

  const holding = session.presentations.filter(
    (p) => p.status === 'INVITED' || p.status === 'ACCEPTED',
  );
  const isFull = holding.length >= presentersPerSession;
  const taken = new Set(holding.map((p) => p.organization.id));
  const headingId = `session-${session.id}`;

  const tell = (ok: boolean, message: string) => {
    notifications.show({ withCloseButton: false, color: ok ? 'green' : 'red', message });
  };

  const sendInvite = async () => {
    if (!organizationId) return;
    const answer = await invite({
      input: {
        eventId: session.id,
        organizationId,
        respondBy: respondBy ? new Date(`${respondBy}T23:59:00`).toISOString() : null,
      },
    });
    tell(
      !answer.error,
      answer.error ? t('failed', { detail: errorMessage(answer.error) ?? '' }) : t('board.invited'),
    );
    if (!answer.error) {
      setOrganizationId(null);
      onChanged();
    }
  };

  const withdrawOne = async (presentation: PresentationRow) => {
    const answer = await withdraw({ id: presentation.id });
    tell(
      !answer.error,
      answer.error
        ? t('failed', { detail: errorMessage(answer.error) ?? '' })
        : t('board.withdrawn'),
    );
    if (!answer.error) onChanged();
  };

  const saveRecording = async () => {
    const answer = await record({
      input: {
        eventId: session.id,
        recordingUrl,
        attendanceCount: attendance === '' ? null : Number(attendance),
      },
    });
    tell(
      !answer.error,
      answer.error
        ? t('failed', { detail: errorMessage(answer.error) ?? '' })
        : t('board.recordingSaved'),
    );
    if (!answer.error) onChanged();
  };

  const upload = async () => {
    if (!file) return;
    setBusy(true);
    const problem = await uploadSlides(session.id, file);
    setBusy(false);
    tell(!problem, problem ? t('board.uploadFailed', { detail: problem }) : t('board.uploaded'));
    if (!problem) {
      setFile(null);
      onChanged();
    }
  };

  const remove = async (slidesId: string) => {
    setBusy(true);
    const problem = await deleteSlides(slidesId);
    setBusy(false);
    tell(
      !problem,
      problem ? t('board.deleteSlidesFailed', { detail: problem }) : t('board.slidesDeleted'),
    );
    if (!problem) onChanged();
  };

  const shown = past
    ? session.presentations.filter((p) => p.status === 'ACCEPTED')
    : session.presentations;

  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id={headingId}>
            {t('board.session', { date })}
          </Title>
          {!past && (
            <Text size="sm" c="dimmed">
              {t('board.slots', { count: holding.length, max: presentersPerSession })}
            </Text>
          )}
        </Group>
        {shown.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('board.noPresenters')}
          </Text>
        ) : (
          <List spacing="xs" listStyleType="none" p={0}>
            {shown.map((presentation) => (
              <List.Item key={presentation.id}>
                <Group gap="xs">
                  <Text size="sm" fw={500}>
                    {presentation.organization.name}
                  </Text>
                  <Badge color={STATUS_COLOR[presentation.status]} variant="light">
                    {t(`status.${presentation.status}`)}
                  </Badge>
                  {presentation.status === 'DECLINED' && presentation.declineReason && (
                    <Text size="xs" c="dimmed">
                      {t('board.declinedBecause', { reason: presentation.declineReason })}
                    </Text>
                  )}
                  {canManage &&
                    !past &&
                    (presentation.status === 'INVITED' || presentation.status === 'ACCEPTED') && (
                      <Button
                        size="compact-xs"
                        variant="subtle"
                        color="red"
                        aria-label={t('board.withdrawOf', { name: presentation.organization.name })}
                        onClick={() => {
                          void withdrawOne(presentation);
                        }}
                      >
                        {t('board.withdraw')}
                      </Button>
                    )}
                </Group>
              </List.Item>
            ))}
          </List>
        )}

        {canManage && !past && !isFull && (
          <Group align="flex-end" gap="sm">
            <Select
              label={t('board.inviteOrg')}
              aria-label={t('board.inviteOrgFor', { date })}
              placeholder="…"
              searchable
              data={organizations
                .filter((o) => !taken.has(o.id))
                .map((o) => ({ value: o.id, label: o.name }))}
              value={organizationId}
              onChange={setOrganizationId}
              w={320}
            />
            <TextInput
              type="date"
              label={t('board.respondBy')}
              value={respondBy}
              onChange={(event) => {
                setRespondBy(event.currentTarget.value);
              }}
            />
            <Button
              disabled={!organizationId}
              onClick={() => {
                void sendInvite();
              }}
            >
              {t('board.invite')}
            </Button>
          </Group>
        )}
        {canManage && !past && isFull && (
          <Text size="sm" c="dimmed">
            {t('board.full')}
          </Text>
        )}

        {past && (
          <Stack gap="xs">
            {canManage ? (
              <Group align="flex-end" gap="sm">
                <TextInput
                  type="url"
                  label={t('board.recording')}
                  value={recordingUrl}
                  onChange={(event) => {
                    setRecordingUrl(event.currentTarget.value);
                  }}
                  w={360}
                />
                <NumberInput
                  label={t('board.attendance')}
                  min={0}
                  value={attendance}
                  onChange={setAttendance}
                  w={140}
                />
                <Button
                  variant="default"
                  onClick={() => {
                    void saveRecording();
                  }}
                >
                  {t('board.saveRecording')}
                </Button>
              </Group>
            ) : (
              session.recordingUrl && (
                <Anchor href={session.recordingUrl} target="_blank" rel="noopener noreferrer">
                  {t('board.recording')}
                </Anchor>
              )
            )}
          </Stack>
        )}

        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {t('board.slides')}
          </Text>
          {session.slides.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('board.noSlides')}
            </Text>
          ) : (
            <List size="sm">
              {session.slides.map((slides) => (
                <List.Item key={slides.id}>
                  <Anchor href={slides.downloadUrl} download={slides.fileName}>
                    {slides.fileName}
                  </Anchor>{' '}
                  ({Math.ceil(slides.size / 1024)} kB)
                  {canManage && (
                    <Button
                      ml="sm"
                      size="compact-xs"
                      variant="subtle"
                      color="red"
                      loading={busy}
                      aria-label={t('board.deleteSlides', { name: slides.fileName })}
                      onClick={() => {
                        void remove(slides.id);
                      }}
                    >
                      {t('board.delete')}
                    </Button>
                  )}
                </List.Item>
              ))}
            </List>
          )}
          {canManage && (
            <Group align="flex-end" gap="sm">
              <FileInput
                label={t('board.uploadSlides')}
                accept=".pdf,.pptx,.odp,application/pdf"
                value={file}
                onChange={setFile}
                clearable
                w={360}
              />
              <Button
                variant="default"
                disabled={!file}
                loading={busy}
                onClick={() => {
                  void upload();
                }}
              >
                {t('board.upload')}
              </Button>
            </Group>
          )}
        </Stack>
      </Stack>
    </Paper>
  );
}
