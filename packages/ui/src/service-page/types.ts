import { type LocalizedText } from './localized';

/*
 * What the service page shows, as plain data: the portal maps its published service to it, the admin's
 * preview maps the working copy. No GraphQL types here, so the components render from either.
 */

export type AccessMode = 'SELF_REFERRAL' | 'PROFESSIONAL_REFERRAL' | 'BOTH';
export type Cost = 'FREE' | 'FEE';
export type Channel = 'PHONE' | 'CHAT' | 'VIDEO' | 'IN_PERSON' | 'GROUP' | 'HOME_VISIT';

export interface OpeningPeriod {
  days: readonly string[];
  /** "09:00" */
  opens: string;
  closes: string;
}

export interface ServiceViewDelivery {
  id: string;
  acceptingClients: boolean;
  isRemote: boolean;
  isNationwide: boolean;
  isAnonymous: boolean;
  hasOnlineBooking: boolean;
  organization: { name: string };
  contact: {
    name: string | null;
    phone: string | null;
    email: string | null;
    website: string | null;
  };
  openingHours: { open247: boolean; note: LocalizedText | null; periods: readonly OpeningPeriod[] };
  locations: readonly {
    id: string;
    name: string | null;
    streetAddress: string;
    postalCode: string;
    postOffice: string;
    accessibility: LocalizedText | null;
  }[];
  municipalities: readonly { code: string; name: LocalizedText }[];
  wellbeingAreas: readonly { code: string; name: LocalizedText }[];
  regions: readonly { code: string; name: LocalizedText }[];
}

export interface ServiceView {
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
  /** The responsible organisation's name. */
  organizationName: string;
  accessMode: AccessMode;
  cost: Cost;
  costNote: LocalizedText | null;
  ageMin: number | null;
  ageMax: number | null;
  channels: readonly Channel[];
  /** ISO 639-1 codes ("fi", "se"): shown as language names, never as codes. */
  serviceLanguages: readonly string[];
  contact: {
    phone: string | null;
    email: string | null;
    website: string | null;
    note: LocalizedText | null;
  };
  targetGroups: readonly { id: string; label: LocalizedText }[];
  path: readonly { position: number; title: LocalizedText; description: LocalizedText }[];
  /** For professionals (the portal gets it for signed-in professionals only). */
  professionalInfo: {
    eligibility: LocalizedText;
    howToRefer: LocalizedText;
    whatHappensNext: LocalizedText;
  } | null;
  /** The deliveries to show (the portal: those serving the chosen municipality). */
  deliveries: readonly ServiceViewDelivery[];
  /** How many deliveries there are in all (more than `deliveries` when paged). */
  deliveryCount: number;
}
