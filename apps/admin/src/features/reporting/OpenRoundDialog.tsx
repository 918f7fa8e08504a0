import { Checkbox, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { currentLanguage } from '../../lib/i18n';
import { errorField, errorMessage } from '../../lib/urql/errors';
import { localized } from '../services/format';
import { DialogActions } from './DialogParts';
import { type OrganizationList, OrganizationIndicatorLists } from './OrganizationIndicatorLists';
import { type Period, PeriodPicker, periodInput } from './period';
import { OpenReportingRoundMutation, ReportingSetupQuery } from './reporting.documents';

/**
 * Opens a round: period, due date, the network's REPORTED indicators every member reports, and for
 * chosen organisations a list of their own instead.
 */
export function OpenRoundDialog({
  slug,
  onClose,
  onOpened,
}: {
  slug: string;
  onClose: () => void;
  onOpened: (roundId: string) => void;
}) {
  const { t, i18n } = useTranslation('reporting');
  const language = currentLanguage(i18n);
  const [setup] = useQuery({ query: ReportingSetupQuery, variables: { slug } });
  const year = new Date().getFullYear();
  const [period, setPeriod] = useState<Period>({ kind: 'YEAR', year, index: null });
  const [dueOn, setDueOn] = useState(`${year + 1}-01-31`);
  const [chosen, setChosen] = useState<string[]>([]);
  const [lists, setLists] = useState<OrganizationList[]>([]);
  const [failure, setFailure] = useState<{ field: string | null; message: string } | null>(null);
  const [{ fetching }, open] = useMutation(OpenReportingRoundMutation);
  const reportable = (setup.data?.indicators.edges ?? [])
    .map((edge) => edge.node)
    .filter((row) => row.source === 'REPORTED');
  const reported = reportable.filter((row) => !row.organizationId);
  const organizations = lists.map((entry) => ({
    organizationId: entry.organizationId ?? '',
    indicatorIds: entry.indicatorIds,
  }));
  const anyChosen = chosen.length > 0 || lists.some((entry) => entry.indicatorIds.length > 0);

  const submit = async () => {
    const answer = await open({
      input: {
        networkSlug: slug,
        period: periodInput(period),
        dueOn,
        indicatorIds: chosen,
        organizations,
      },
    });
    if (answer.error || !answer.data) {
      setFailure({ field: errorField(answer.error), message: errorMessage(answer.error) ?? '' });
      return;
    }
    onOpened(answer.data.openReportingRound.id);
  };
  const errorAt = (field: string) =>
    failure?.field?.startsWith(field) ? failure.message : undefined;

  return (
    <Modal opened onClose={onClose} title={t('rounds.open')} size="lg">
      <Stack>
        <PeriodPicker value={period} onChange={setPeriod} />
        {errorAt('input.period') && (
          <Text c="red.8" size="sm">
            {errorAt('input.period')}
          </Text>
        )}
        <TextInput
          type="date"
          label={t('rounds.dueOn')}
          value={dueOn}
          required
          error={errorAt('input.dueOn')}
          onChange={(event) => {
            setDueOn(event.currentTarget.value);
          }}
        />
        {reported.length === 0 ? (
          <Text>{t('rounds.noReported')}</Text>
        ) : (
          <Checkbox.Group
            label={t('rounds.indicators')}
            description={t('rounds.indicatorsHint')}
            value={chosen}
            onChange={setChosen}
            error={errorAt('input.indicatorIds')}
          >
            <Stack gap={6} mt="xs">
              {reported.map((row) => (
                <Checkbox key={row.id} value={row.id} label={localized(row.name, language)} />
              ))}
            </Stack>
          </Checkbox.Group>
        )}
        {reportable.length > 0 && (
          <OrganizationIndicatorLists
            slug={slug}
            indicators={reportable}
            value={lists}
            onChange={setLists}
            errorAt={errorAt}
          />
        )}
        <DialogActions
          error={failure && !failure.field ? t('rounds.failed', { detail: failure.message }) : null}
          cancelLabel={t('round.cancel')}
          saveLabel={t('rounds.open')}
          onCancel={onClose}
          onSave={() => void submit()}
          saving={fetching}
          disabled={!anyChosen || !dueOn}
        />
      </Stack>
    </Modal>
  );
}
