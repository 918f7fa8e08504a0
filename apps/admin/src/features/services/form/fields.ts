import type { TextVariant } from './values';

const VARIANT_SUFFIX = /\.(fi|fiPlain|sv|en)$/;

const FIELD_KEYS: Record<string, string> = {
  name: 'name',
  summary: 'summary',
  description: 'description',
  themeIds: 'themes',
  targetGroupIds: 'targetGroups',
  ageMin: 'ageMin',
  ageMax: 'ageMax',
  serviceLanguages: 'serviceLanguages',
  accessMode: 'accessMode',
  channels: 'channels',
  cost: 'cost',
  costNote: 'costNote',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'contact.website': 'website',
  'contact.note': 'contactNote',
  'professionalInfo.howToRefer': 'howToRefer',
  'professionalInfo.eligibility': 'eligibility',
  'professionalInfo.whatHappensNext': 'whatHappensNext',
};

export interface FieldName {
  /** Key under `form.fields`. */
  key: string;
  /** The service path step (1-based), for a step's fields. */
  step?: number;
  /** The language tab the field is in, for a localised text. */
  variant?: TextVariant;
}

/** What a form path ("path.1.title.sv", "contact.email") names, to label it in lists of problems. */
export function fieldNameOf(path: string): FieldName {
  const variant = VARIANT_SUFFIX.exec(path)?.[1] as TextVariant | undefined;
  const base = variant ? path.slice(0, -variant.length - 1) : path;
  const step = /^path\.(\d+)(?:\.(title|description))?/.exec(base);
  if (step) {
    return {
      key: step[2] === 'description' ? 'stepDescription' : 'stepTitle',
      step: Number(step[1]) + 1,
      variant,
    };
  }
  return { key: FIELD_KEYS[base] ?? 'name', variant };
}

/** The language tab a form path's field is in (localised texts only). */
export function variantOf(path: string): TextVariant | null {
  return (VARIANT_SUFFIX.exec(path)?.[1] as TextVariant | undefined) ?? null;
}

/**
 * Moves focus to the control of a form path (Mantine's `data-path`): the input itself, or the first
 * control inside a group (radios, checkboxes). Returns false when the field is not on the page.
 */
export function focusFormField(path: string): boolean {
  const node = document.querySelector<HTMLElement>(
    `[data-path="${path.replace(/["\\]/g, '\\$&')}"]`,
  );
  if (!node) return false;
  const target = node.matches('input, textarea, select, button, [tabindex]')
    ? node
    : (node.querySelector<HTMLElement>('input, textarea, select, button, [tabindex]') ?? node);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- jsdom has none
  target.scrollIntoView?.({ block: 'center' });
  target.focus();
  return true;
}
