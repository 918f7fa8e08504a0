import { type PtvFintoItem } from './ptv-types';

interface TargetGroup {
  readonly code: string;
  /** The old URN (PTV 3.4's `uri`), where the note gives one. */
  readonly urn: string | null;
  readonly name: { fi: string; sv: string; en: string };
}

const urn = (n: number) => `http://urn.fi/URN:NBN:fi:au:ptvl:v${n}`;
const codeUri = (code: string) => `http://uri.suomi.fi/codelist/ptv/ptvkohderyhmat/code/${code}`;

/** PTV's target groups (`ptvkohderyhmat`) the crosswalk below uses. */
const TARGET_GROUPS: Record<string, TargetGroup> = {
  KR1: {
    code: 'KR1',
    urn: urn(2001),
    name: { fi: 'Kansalaiset', sv: 'Medborgare', en: 'Citizens' },
  },
  'KR1.2': {
    code: 'KR1.2',
    urn: urn(2003),
    name: {
      fi: 'Lapset ja lapsiperheet',
      sv: 'Barn och barnfamiljer',
      en: 'Children and families with children',
    },
  },
  'KR1.3': {
    code: 'KR1.3',
    urn: urn(2004),
    name: { fi: 'Nuoret', sv: 'Unga', en: 'Young people' },
  },
};

/**
 * Linja's target-group terms (a network's own taxonomy, by slug) → PTV's target group. Only terms
 * whose meaning is plainly one of PTV's groups; any other term is reported as NOT_MAPPED (and its
 * label goes to the keywords). PTV has no group for professionals.
 */
export const TARGET_GROUP_CROSSWALK: Readonly<Record<string, string>> = {
  'odottavat-vanhemmat': 'KR1.2',
  vauvaperheet: 'KR1.2',
  lapset: 'KR1.2',
  vanhemmat: 'KR1.2',
  nuoret: 'KR1.3',
  laheiset: 'KR1',
  'vakivaltaa-kokeneet': 'KR1',
  'vakivaltaa-kayttaneet': 'KR1',
};

/** The PTV target group for a Linja target-group slug, as a FintoItem, or undefined. */
export function ptvTargetGroup(slug: string): PtvFintoItem | undefined {
  const code = TARGET_GROUP_CROSSWALK[slug];
  const group = code ? TARGET_GROUPS[code] : undefined;
  if (!group) return undefined;
  const parent = group.code.includes('.')
    ? TARGET_GROUPS[group.code.split('.')[0] ?? '']
    : undefined;
  return {
    name: (['fi', 'sv', 'en'] as const).map((language) => ({
      value: group.name[language],
      language,
    })),
    code: group.code,
    ontologyType: 'ptvkohderyhmat',
    uri: group.urn,
    parentId: null,
    parentUri: parent?.urn ?? null,
    newUri: codeUri(group.code),
    newParentUri: parent ? codeUri(parent.code) : null,
  };
}
