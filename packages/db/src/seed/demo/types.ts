import { type TAccessMode, type TChannel, type TCost, type TLocalizedText } from '@linja/domain';

/**
 * The shape of the demo data. Data files in this folder fill it; `seed-demo-data.ts` writes it.
 * Ids are fixed UUIDs so that tests and developers can refer to rows. People are invented; the
 * organisations, services and figures come from shared/domain (BRIEF.md, seed-004.md, seeds-000-003.md).
 */

export type DemoMembershipRole = 'MEMBER' | 'PARTNER' | 'COORDINATOR';

export interface DemoNetwork {
  id: string;
  slug: string;
  name: string;
  description: TLocalizedText;
  principles: TLocalizedText;
  logoUrl?: string;
  brandPrimaryColor: string; // #rrggbb, AA contrast on white
  brandAccentColor: string;
  contactEmail?: string;
  contactPhone?: string;
  website?: string;
  themes: DemoTerm[];
  targetGroups: DemoTerm[];
}

export interface DemoTerm {
  id: string;
  slug: string;
  label: TLocalizedText; // fi, sv, en
}

export interface DemoOrganization {
  id: string;
  name: string;
  businessId?: string; // valid check digit (see @linja/domain isValidBusinessId)
  website?: string;
  description: TLocalizedText;
  contactEmail?: string;
  contactPhone?: string;
  memberships: { networkSlug: string; role: DemoMembershipRole; since: string /* YYYY-MM-DD */ }[];
}

/**
 * The publishing state the demo service is left in:
 * - PUBLISHED: one approved revision;
 * - PUBLISHED_WITH_PENDING_EDIT: approved revision + a submitted edit waiting for review
 *   (`pendingEdit` holds the changed content);
 * - DRAFT: never submitted; SUBMITTED: waiting for its first review;
 * - RETURNED: first review returned with `returnReason`;
 * - ARCHIVED: was published, then archived.
 */
export type DemoServiceState =
  'PUBLISHED' | 'PUBLISHED_WITH_PENDING_EDIT' | 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'ARCHIVED';

export interface DemoServiceContent {
  name: TLocalizedText; // fi required
  summary: TLocalizedText;
  description: TLocalizedText;
  professionalInfo: {
    howToRefer: TLocalizedText;
    eligibility: TLocalizedText;
    whatHappensNext: TLocalizedText;
  };
  targetGroupSlugs: string[]; // slugs of the network's target groups
  themeSlugs: string[]; // slugs of the network's themes
  ageMin: number | null;
  ageMax: number | null;
  serviceLanguages: string[]; // ISO 639-1
  channels: TChannel[];
  cost: TCost;
  costNote?: TLocalizedText;
  accessMode: TAccessMode;
  contact: { phone?: string; email?: string; website?: string; note?: TLocalizedText };
  path: { title: TLocalizedText; description: TLocalizedText }[];
}

export interface DemoDelivery {
  id: string;
  organizationId: string; // the producing organisation
  status?: 'PLANNING' | 'ACTIVE' | 'ENDED'; // default ACTIVE
  municipalityCodes?: string[]; // Statistics Finland codes, e.g. '398' Lahti
  wellbeingAreaCodes?: string[]; // e.g. '09' Päijät-Häme
  isNationwide?: boolean;
  isRemote?: boolean;
  contact: { name?: string; phone?: string; email?: string; website?: string };
  locations: {
    name?: string;
    streetAddress: string;
    postalCode: string;
    postOffice: string;
    municipalityCode?: string;
    latitude?: number;
    longitude?: number;
    accessibility?: TLocalizedText;
  }[];
  openingHours: {
    open247?: boolean;
    periods?: {
      /** The API's Weekday enum values (what the delivery mapper reads back as is). */
      days: ('MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY')[];
      opens: string;
      closes: string;
    }[];
    note?: TLocalizedText;
  };
  capacityPlaces?: number;
  groupSize?: number;
  startsOn?: string; // YYYY-MM-DD
  endsOn?: string;
  acceptingClients: boolean;
  isAnonymous?: boolean;
  isOpen247?: boolean;
  hasOnlineBooking?: boolean;
}

export interface DemoService {
  id: string;
  networkSlug: string;
  responsibleOrganizationId: string;
  state: DemoServiceState;
  /** For published states: how long ago it was last verified (drives freshness: 0–10 fresh, 11 due, 12–17 stale, 18+ hidden). */
  verifiedMonthsAgo?: number;
  content: DemoServiceContent;
  /** PUBLISHED_WITH_PENDING_EDIT: the edited content waiting for review. */
  pendingEdit?: DemoServiceContent;
  /** RETURNED: the coordinator's reason. */
  returnReason?: string;
  deliveries: DemoDelivery[];
}
