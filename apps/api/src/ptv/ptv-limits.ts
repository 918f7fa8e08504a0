/**
 * PTV's limits (../shared/standards/ptv-open-api-v11.md §1–2; PTV 3.4's ServiceValidator and
 * ValidationConsts). Lengths are in UTF-16 code units, as PTV's .NET validators count them.
 */
export const PTV_LIMITS = {
  name: 100,
  summary: 150,
  description: 2500,
  userInstruction: 2500,
  /** Every other service description type (ChargeTypeAdditionalInfo, DeadLine, …). */
  otherDescription: 500,
  keyword: 150,
  requirement: 2500,
  url: 500,
  serviceClasses: 4,
  ontologyTerms: 10,
  channelName: 100,
  channelSummary: 150,
  channelDescription: 2500,
} as const;

/** The maximum length of a service description of PTV type `type`. */
export function serviceDescriptionLimit(type: string): number {
  if (type === 'Summary') return PTV_LIMITS.summary;
  if (type === 'Description') return PTV_LIMITS.description;
  if (type === 'UserInstruction') return PTV_LIMITS.userInstruction;
  return PTV_LIMITS.otherDescription;
}
