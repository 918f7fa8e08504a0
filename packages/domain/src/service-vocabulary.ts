/** How a service is given. */
export const CHANNELS = ['IN_PERSON', 'PHONE', 'CHAT', 'VIDEO', 'GROUP', 'HOME_VISIT'] as const;
export type TChannel = (typeof CHANNELS)[number];

export const COSTS = ['FREE', 'FEE'] as const;
export type TCost = (typeof COSTS)[number];

/** How a person gets the service. */
export const ACCESS_MODES = ['SELF_REFERRAL', 'PROFESSIONAL_REFERRAL', 'BOTH'] as const;
export type TAccessMode = (typeof ACCESS_MODES)[number];

/** ISO 639-1 code of a language a service is given in (fi, sv, en, ru, ar, so, uk, …). */
export const LANGUAGE_CODE = /^[a-z]{2}$/;
