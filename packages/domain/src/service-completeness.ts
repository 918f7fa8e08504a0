import type { TLocale } from './localized-text';
import type { TServiceContent } from './service-content';

/**
 * What a draft must say before it can be submitted for review (and so published). The content
 * schema (`ZServiceContent`) only checks shape and limits, so an incomplete draft can always be
 * saved; these requirements block submitting, not saving.
 */
export const COMPLETENESS_ITEMS = ['summary', 'audience', 'access', 'contact', 'reach'] as const;
export type TCompletenessItemId = (typeof COMPLETENESS_ITEMS)[number];

export interface CompletenessItem {
  readonly id: TCompletenessItemId;
  readonly ok: boolean;
  /** What is needed, in the UI languages. */
  readonly label: Readonly<Record<TLocale, string>>;
  /**
   * The content field (dotted path, as the form and the API's BAD_USER_INPUT name it) to fix it at;
   * `deliveries` when the fix is on the deliveries page.
   */
  readonly field: string;
}

/**
 * The fact about a service's deliveries completeness needs. A nationwide or remote reach is a
 * delivery marked nationwide or remote, so it counts like any other delivery that is not ENDED.
 */
export interface CompletenessDelivery {
  readonly status: 'PLANNING' | 'ACTIVE' | 'ENDED';
}

/** The parts of the content the checklist reads (the domain content, or the form's input). */
export type CompletenessContent = Pick<
  TServiceContent,
  'targetGroupIds' | 'ageMin' | 'ageMax' | 'channels' | 'path' | 'contact' | 'summary'
>;

const LABELS: Record<TCompletenessItemId, Record<TLocale, string>> = {
  summary: {
    fi: 'Lyhyt kuvaus suomeksi: mitä palvelu on',
    sv: 'Kort beskrivning på finska: vad tjänsten är',
    en: 'A short description in Finnish: what the service is',
  },
  audience: {
    fi: 'Kenelle: vähintään yksi kohderyhmä tai ikäraja',
    sv: 'För vem: minst en målgrupp eller en åldersgräns',
    en: 'Who it is for: at least one target group or an age limit',
  },
  access: {
    fi: 'Miten palvelun saa: vähintään yksi asiointitapa tai palvelupolun vaihe',
    sv: 'Hur man får tjänsten: minst ett sätt att använda den eller ett steg i tjänstestigen',
    en: 'How to get it: at least one channel or a step of the service path',
  },
  contact: {
    fi: 'Yhteystieto: puhelin, sähköposti tai verkkosivu',
    sv: 'Kontaktuppgift: telefon, e-post eller webbplats',
    en: 'Contact: a phone number, email address or website',
  },
  reach: {
    fi: 'Missä: vähintään yksi toiminnassa oleva tai suunniteltu toteutus (tai valtakunnallinen / etänä)',
    sv: 'Var: minst ett aktivt eller planerat genomförande (eller riksomfattande / på distans)',
    en: 'Where: at least one active or planned delivery (or nationwide / remote)',
  },
};

/**
 * The completeness checklist of a service: every item with whether it is met. A service is
 * publishable when every item is ok (`isPublishable`). The API refuses `submitServiceForReview`
 * with the missing items; editors and reviewers see the same list.
 */
export function serviceCompleteness(
  content: CompletenessContent,
  deliveries: readonly CompletenessDelivery[],
): CompletenessItem[] {
  const has = (value: string | null | undefined) => Boolean(value?.trim());
  const ok: Record<TCompletenessItemId, boolean> = {
    summary: has(content.summary.fi),
    audience: content.targetGroupIds.length > 0 || content.ageMin != null || content.ageMax != null,
    access: content.channels.length > 0 || content.path.length > 0,
    contact:
      has(content.contact.phone) || has(content.contact.email) || has(content.contact.website),
    reach: deliveries.some((delivery) => delivery.status !== 'ENDED'),
  };
  const field: Record<TCompletenessItemId, string> = {
    summary: 'summary.fi',
    audience: 'targetGroupIds',
    access: 'channels',
    contact: 'contact.phone',
    reach: 'deliveries',
  };
  return COMPLETENESS_ITEMS.map((id) => ({ id, ok: ok[id], label: LABELS[id], field: field[id] }));
}

/** The items still missing (empty when the service may be submitted). */
export function missingForPublication(items: readonly CompletenessItem[]): CompletenessItem[] {
  return items.filter((item) => !item.ok);
}
