import { Group, Modal, NumberInput, Select, Stack, Switch, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DialogActions, useSaveFailure } from './DialogParts';
import {
  CreateFundingSourceMutation,
  type FundingRow,
  UpdateFundingSourceMutation,
} from './funding.documents';

export const FUNDING_TYPES = [
  'GRANT',
  'STATE_COMPENSATION',
  'PURCHASE_WELLBEING_AREA',
  'PURCHASE_MUNICIPALITY',
  'DONATION',
] as const;
type FundingType = (typeof FUNDING_TYPES)[number];

interface Draft {
  type: FundingType;
  funderName: string;
  amount: number | '';
  startsOn: string;
  endsOn: string;
  isPermanent: boolean;
}

function draftOf(row: FundingRow | null): Draft {
  if (!row) {
    return {
      type: 'GRANT',
      funderName: '',
      amount: '',
      startsOn: `${new Date().getFullYear()}-01-01`,
      endsOn: '',
      isPermanent: false,
    };
  }
  return {
    type: row.type,
    funderName: row.funderName,
    amount: row.amount ?? '',
    startsOn: row.startsOn,
    endsOn: row.endsOn ?? '',
    isPermanent: row.isPermanent,
  };
}

/** Adds (`row` null) or changes a funding source; checked as the API checks, its field errors on the fields. */
export function FundingDialog({
  serviceId,
  row,
  onClose,
  onSaved,
}: {
  serviceId: string;
  row: FundingRow | null;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation('reporting');
  const { t: tc } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(row));
  const { failure, saved } = useSaveFailure();
  const [created, create] = useMutation(CreateFundingSourceMutation);
  const [updated, update] = useMutation(UpdateFundingSourceMutation);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
  };
  const errorAt = (field: string) => (failure?.field === field ? failure.message : undefined);

  const submit = async () => {
    const fields = {
      type: draft.type,
      funderName: draft.funderName,
      amount: draft.amount === '' ? null : draft.amount,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn || null,
      isPermanent: draft.isPermanent,
    };
    const answer = row
      ? await update({ input: { id: row.id, ...fields } })
      : await create({ input: { serviceId, ...fields } });
    if (saved(answer)) onSaved();
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={row ? t('funding.editOf', { funder: row.funderName }) : t('funding.add')}
      closeButtonProps={{ 'aria-label': tc('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Select
            label={t('funding.type')}
            data={FUNDING_TYPES.map((type) => ({ value: type, label: t(`fundingType.${type}`) }))}
            value={draft.type}
            allowDeselect={false}
            error={errorAt('input.type')}
            onChange={(value) => {
              if (value) set('type', value);
            }}
          />
          <TextInput
            label={t('funding.funder')}
            description={t('funding.funderHint')}
            required
            maxLength={200}
            value={draft.funderName}
            error={errorAt('input.funderName')}
            onChange={(event) => {
              set('funderName', event.currentTarget.value);
            }}
          />
          <NumberInput
            label={t('funding.amount')}
            description={t('funding.amountHint')}
            min={0}
            decimalScale={2}
            thousandSeparator=" "
            value={draft.amount}
            error={errorAt('input.amount')}
            onChange={(value) => {
              set('amount', typeof value === 'number' ? value : '');
            }}
          />
          <Group grow align="flex-start">
            <TextInput
              type="date"
              label={t('funding.startsOn')}
              required
              value={draft.startsOn}
              error={errorAt('input.startsOn')}
              onChange={(event) => {
                set('startsOn', event.currentTarget.value);
              }}
            />
            <TextInput
              type="date"
              label={t('funding.endsOn')}
              description={t('funding.endsOnHint')}
              min={draft.startsOn}
              value={draft.endsOn}
              error={errorAt('input.endsOn')}
              onChange={(event) => {
                set('endsOn', event.currentTarget.value);
              }}
            />
          </Group>
          <Switch
            label={t('funding.permanent')}
            checked={draft.isPermanent}
            onChange={(event) => {
              set('isPermanent', event.currentTarget.checked);
            }}
          />
          <DialogActions
            error={
              failure && !failure.field ? t('funding.failed', { detail: failure.message }) : null
            }
            cancelLabel={t('funding.cancel')}
            saveLabel={t('funding.save')}
            onCancel={onClose}
            saving={created.fetching || updated.fetching}
            disabled={!draft.funderName.trim() || !draft.startsOn}
          />
        </Stack>
      </form>
    </Modal>
  );
}
