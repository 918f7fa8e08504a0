import { type TLocalizedText } from '@linja/domain';

import { type LocalizedText } from './localized-text.model';

/** A JSON column holding { fi, sv, en, fiPlain } → the GraphQL LocalizedText (missing keys → null). */
export function toLocalizedText(value: unknown): LocalizedText {
  const text = (value && typeof value === 'object' ? value : {}) as TLocalizedText;
  return {
    fi: text.fi ?? null,
    sv: text.sv ?? null,
    en: text.en ?? null,
    fiPlain: text.fiPlain ?? null,
  };
}

/** Three name columns → LocalizedText. */
export function namesToLocalizedText(row: {
  nameFi: string;
  nameSv: string;
  nameEn: string;
}): LocalizedText {
  return { fi: row.nameFi, sv: row.nameSv, en: row.nameEn, fiPlain: null };
}

/** GraphQL input (nulls allowed) → the plain object the domain schemas validate (nulls dropped). */
export function fromLocalizedTextInput(
  input:
    | { fi?: string | null; sv?: string | null; en?: string | null; fiPlain?: string | null }
    | null
    | undefined,
): Record<string, string> {
  if (!input) return {};
  return Object.fromEntries(
    Object.entries(input).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}
