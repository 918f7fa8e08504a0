import { Alert, Button, Group } from '@mantine/core';
import { useState } from 'react';
import { type CombinedError } from 'urql';
import { errorField, errorMessage } from '../../lib/urql/errors';

/** The API's refusal of a dialog's save: the field it names (BAD_USER_INPUT) and its message. */
export interface SaveFailure {
  readonly field: string | null;
  readonly message: string;
}

/**
 * A reporting dialog's last refusal: `saved(answer)` keeps the answer's error (its field error lands
 * on that field through `failure`) and says whether the save went through.
 */
export function useSaveFailure() {
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const saved = (answer: { error?: CombinedError | undefined }): boolean => {
    if (!answer.error) return true;
    setFailure({ field: errorField(answer.error), message: errorMessage(answer.error) ?? '' });
    return false;
  };
  return { failure, saved };
}

/**
 * A dialog's foot: the refusal that has no field of its own (`error`, null for none) as an alert,
 * then Cancel and the save button — a submit button of the dialog's form without `onSave`.
 */
export function DialogActions({
  error,
  cancelLabel,
  saveLabel,
  onCancel,
  onSave,
  saving,
  disabled = false,
}: {
  error: string | null;
  cancelLabel: string;
  saveLabel: string;
  onCancel: () => void;
  onSave?: () => void;
  saving: boolean;
  disabled?: boolean;
}) {
  return (
    <>
      {error !== null && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {cancelLabel}
        </Button>
        <Button
          {...(onSave ? { onClick: onSave } : { type: 'submit' as const })}
          loading={saving}
          disabled={disabled}
        >
          {saveLabel}
        </Button>
      </Group>
    </>
  );
}
