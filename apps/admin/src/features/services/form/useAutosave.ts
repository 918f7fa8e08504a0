import { useCallback, useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { errorCode, errorField, errorMessage } from '../../../lib/urql/errors';
import { UpdateServiceMutation } from '../services.documents';
import { saveableContent } from './saveable';
import { type ServiceFormValues, valuesToInput } from './values';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** Everything valid is saved; the fields in `held` are not (their last saved value is kept). */
  | { kind: 'invalid'; at: Date | null }
  | { kind: 'error'; message: string | null }
  | { kind: 'conflict'; message: string | null };

export interface AutosaveOptions {
  serviceId: string;
  /** The service's version when the form was loaded (expectedVersion of the first save). */
  version: number;
  values: ServiceFormValues;
  /** false while the service cannot be edited (submitted, archived). */
  enabled: boolean;
  /** The API refused a field (BAD_USER_INPUT with `field`). */
  onFieldError: (apiField: string, message: string | null) => void;
  delayMs?: number;
}

/**
 * Saves the draft a moment after the last change (debounced updateService with expectedVersion).
 * A draft may be incomplete: everything valid is saved, and an invalid field keeps its last saved
 * value (`saveableContent`) and is listed in `held` until it is fixed. One save at a time; changes
 * made during a save are saved right after it. A version conflict stops autosave until the person
 * reloads (their changes are kept on screen). `dirty`: something on screen is not on the server.
 */
export function useAutosave({
  serviceId,
  version,
  values,
  enabled,
  onFieldError,
  delayMs = 1200,
}: AutosaveOptions) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [, updateService] = useMutation(UpdateServiceMutation);
  const versionRef = useRef(version);
  // What the server has: the loaded content, then each saved one.
  const [loaded] = useState(() => valuesToInput(values));
  const [onServer, setOnServer] = useState(() => JSON.stringify(loaded));
  const savedInput = useRef(loaded);
  const savedJson = useRef(onServer);
  const lastSavedAt = useRef<Date | null>(null);
  const [held, setHeld] = useState<string[]>([]);
  const latest = useRef(values);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const stopped = useRef(false);
  const callbacks = useRef({ onFieldError });
  useEffect(() => {
    latest.current = values;
    callbacks.current = { onFieldError };
  });

  const save = useCallback(async (): Promise<boolean> => {
    if (timer.current) {
      clearTimeout(timer.current);
      timer.current = null;
    }
    if (inFlight.current) {
      await inFlight.current;
    }
    if (stopped.current) return false;
    const { content, held: notSaved } = saveableContent(
      valuesToInput(latest.current),
      savedInput.current,
    );
    setHeld(notSaved);
    const json = JSON.stringify(content);
    if (json === savedJson.current) {
      if (notSaved.length > 0) setState({ kind: 'invalid', at: lastSavedAt.current });
      return notSaved.length === 0;
    }
    setState({ kind: 'saving' });
    const run = (async () => {
      const result = await updateService({
        input: { id: serviceId, expectedVersion: versionRef.current, content },
      });
      if (result.error) {
        const code = errorCode(result.error);
        if (code === 'CONFLICT') {
          stopped.current = true;
          setState({ kind: 'conflict', message: errorMessage(result.error) });
        } else {
          const field = errorField(result.error);
          if (field) callbacks.current.onFieldError(field, errorMessage(result.error));
          setState({ kind: 'error', message: errorMessage(result.error) });
        }
        return false;
      }
      if (result.data) versionRef.current = result.data.updateService.version;
      savedInput.current = content;
      savedJson.current = json;
      setOnServer(json);
      lastSavedAt.current = new Date();
      setState(
        notSaved.length > 0
          ? { kind: 'invalid', at: lastSavedAt.current }
          : { kind: 'saved', at: lastSavedAt.current },
      );
      return notSaved.length === 0;
    })();
    inFlight.current = run;
    try {
      return await run;
    } finally {
      inFlight.current = null;
    }
  }, [serviceId, updateService]);

  const json = JSON.stringify(valuesToInput(values));
  useEffect(() => {
    if (!enabled || stopped.current || json === savedJson.current) return;
    setState((previous) => (previous.kind === 'saving' ? previous : { kind: 'unsaved' }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      void save();
    }, delayMs);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [json, enabled, delayMs, save]);

  return {
    state,
    /** Form paths whose value on screen is invalid and so not saved. */
    held,
    /** Something on screen is not saved yet (waiting, saving, invalid or failed). */
    dirty: enabled && json !== onServer,
    /** Saves now (e.g. before submitting); true when everything on screen is saved. */
    saveNow: save,
    /** The version to send with the next change (submit). */
    version: () => versionRef.current,
    /** After a submit or another change of the service elsewhere in the page. */
    setVersion: (next: number) => {
      versionRef.current = next;
    },
  };
}
