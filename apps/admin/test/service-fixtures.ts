import type { ServiceEditorData } from '../src/features/services/services.documents';

type Text = { fi?: string; sv?: string; en?: string; fiPlain?: string };

export function text(value: Text = {}) {
  return {
    __typename: 'LocalizedText' as const,
    fi: value.fi ?? null,
    fiPlain: value.fiPlain ?? null,
    sv: value.sv ?? null,
    en: value.en ?? null,
  };
}

type ContentOverrides = {
  name?: Text;
  summary?: Text;
  description?: Text;
  ageMin?: number | null;
  channels?: ('IN_PERSON' | 'PHONE' | 'CHAT' | 'VIDEO' | 'GROUP' | 'HOME_VISIT')[];
  email?: string;
};

export function content(overrides: ContentOverrides = {}) {
  return {
    __typename: 'ServiceContent' as const,
    name: text(overrides.name ?? { fi: 'Perhetyö' }),
    summary: text(overrides.summary),
    description: text(overrides.description),
    themes: [],
    targetGroups: [],
    ageMin: overrides.ageMin ?? null,
    ageMax: null,
    serviceLanguages: ['fi'],
    channels: overrides.channels ?? [],
    cost: 'FREE' as const,
    costNote: text(),
    accessMode: 'SELF_REFERRAL' as const,
    contact: { phone: null, email: overrides.email ?? null, website: null, note: text() },
    professionalInfo: {
      howToRefer: text(),
      eligibility: text(),
      whatHappensNext: text(),
    },
    path: [],
  };
}

/** Content that meets the completeness checklist (with a delivery that is not ENDED). */
export function completeContent() {
  return content({
    summary: { fi: 'Tukea perheille' },
    ageMin: 0,
    channels: ['PHONE'],
    email: 'info@example.fi',
  });
}

/** A service as ServiceEditorQuery returns it: a draft by default. */
export function editorService(
  overrides: Partial<{
    status: 'DRAFT' | 'PUBLISHED' | 'ARCHIVED';
    version: number;
    published: ReturnType<typeof content> | null;
    /** Translations hidden at the published revision's approval (`summary.sv`). */
    hidden: string[];
    working: ReturnType<typeof content> | null;
    state: 'DRAFT' | 'SUBMITTED' | 'RETURNED';
    returnReason: string | null;
    deliveries: ('PLANNING' | 'ACTIVE' | 'ENDED')[];
  }> = {},
): ServiceEditorData {
  const working = overrides.working === undefined ? content() : overrides.working;
  return {
    id: 'svc-1',
    status: overrides.status ?? 'DRAFT',
    version: overrides.version ?? 3,
    updatedAt: '2026-11-30T08:00:00.000Z',
    freshness: null,
    verifiedAt: null,
    network: {
      id: 'net-liitto',
      slug: 'ensi-ja-turvakotien-liitto',
      name: 'Ensi- ja turvakotien liitto',
    },
    responsibleOrganization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
    published: overrides.published ?? null,
    publishedRevision: overrides.published
      ? {
          id: 'rev-0',
          hiddenTranslations: (overrides.hidden ?? []).map((key) => ({
            field: key.slice(0, key.lastIndexOf('.')),
            locale: key.slice(key.lastIndexOf('.') + 1),
          })),
          content: overrides.published,
        }
      : null,
    workingRevision: working
      ? {
          id: 'rev-1',
          number: 1,
          state: overrides.state ?? 'DRAFT',
          submittedAt: null,
          returnReason: overrides.returnReason ?? null,
          updatedAt: '2026-11-30T08:00:00.000Z',
          content: working,
        }
      : null,
    deliveries: {
      totalCount: overrides.deliveries?.length ?? 0,
      edges: (overrides.deliveries ?? []).map((status, index) => ({
        node: { id: `del-${index + 1}`, status },
      })),
    },
  };
}
