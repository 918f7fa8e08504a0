import { type PtvLanguage } from './ptv-types';

/**
 * What the export says does not fit PTV. `error`: PTV would refuse the object as it stands (a text
 * over its limit, a field PTV requires that Linja does not have); `warning`: exported with a loss
 * (something of Linja's with no place in PTV, or a place only approximately right).
 */
export type PtvIssueSeverity = 'error' | 'warning';

export const PTV_ISSUE_CODES = [
  /** A text longer than PTV's limit (`limit`, `actual` in UTF-16 code units, as .NET counts). */
  'TOO_LONG',
  /** More items than PTV allows (`limit`, `actual`). */
  'TOO_MANY',
  /** A field PTV requires that Linja has no value for; never invented, left empty or null. */
  'REQUIRED_MISSING',
  /** PTV refuses a service whose name and summary are the same text. */
  'SAME_AS_NAME',
  /** Something of Linja's PTV has no place for; left out of the export. */
  'NOT_MAPPED',
  /** Exported approximately (e.g. a wellbeing area as its municipalities). */
  'APPROXIMATED',
] as const;
export type PtvIssueCode = (typeof PTV_ISSUE_CODES)[number];

export interface PtvIssue {
  readonly severity: PtvIssueSeverity;
  readonly code: PtvIssueCode;
  /** Where in the export: `service.<field>` or `serviceChannels[<i>].<field>`, a text's PTV type after a dot. */
  readonly path: string;
  readonly language?: PtvLanguage;
  /** The Linja field the value comes from (or would), e.g. `content.summary`. */
  readonly source?: string;
  readonly limit?: number;
  readonly actual?: number;
  /** A short English explanation for API readers (the admin words it from the code in fi/sv/en). */
  readonly message: string;
}

export const issue = (fields: PtvIssue): PtvIssue => fields;
