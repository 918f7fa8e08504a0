/**
 * The shapes of PTV Open API v11 that the export writes (GET /api/v11/Service/{id} and
 * /api/v11/ServiceChannel/{id}, "Out" models), as summarised in
 * ../shared/standards/ptv-open-api-v11.md. Only the keys Linja fills or must report are typed.
 */

/** A content language PTV accepts for texts (Linja writes fi, sv, en). */
export type PtvLanguage = 'fi' | 'sv' | 'en';

export interface PtvLocalizedListItem {
  readonly language: PtvLanguage;
  readonly value: string;
  readonly type: string;
}

export interface PtvLanguageItem {
  readonly value: string;
  readonly language: PtvLanguage;
}

export interface PtvItem {
  readonly id: string;
  readonly name: string;
}

export interface PtvFintoItem {
  readonly name: PtvLanguageItem[];
  readonly code: string;
  readonly ontologyType: string;
  readonly uri: string | null;
  readonly parentId: string | null;
  readonly parentUri: string | null;
  readonly newUri: string;
  readonly newParentUri: string | null;
}

export interface PtvMunicipality {
  readonly code: string;
  readonly name: PtvLanguageItem[];
}

export type PtvAreaType = 'Municipality' | 'Region' | 'BusinessSubRegion' | 'HospitalDistrict';

export interface PtvArea {
  readonly type: PtvAreaType;
  readonly code: string | null;
  readonly name: PtvLanguageItem[] | null;
  readonly municipalities: PtvMunicipality[];
}

export type PtvServiceAreaType = 'Nationwide' | 'NationwideExceptAlandIslands' | 'LimitedType';

export interface PtvServiceOrganization {
  readonly organization: PtvItem;
  readonly roleType: 'Responsible' | 'OtherResponsible' | 'Producer';
  readonly provisionType: 'SelfProducedServices' | 'ProcuredServices' | 'Other' | null;
  readonly additionalInformation: PtvLanguageItem[];
}

export interface PtvServiceChannelLink {
  readonly serviceChannel: PtvItem;
}

export interface PtvService {
  readonly id: string;
  readonly sourceId: string;
  readonly generalDescriptionId: null;
  readonly type: 'Service';
  /** Required by PTV; Linja does not know who funds a service, so always null (reported). */
  readonly fundingType: 'PubliclyFunded' | 'MarketFunded' | null;
  readonly serviceNames: PtvLocalizedListItem[];
  readonly serviceChargeType: 'Chargeable' | 'FreeOfCharge' | null;
  readonly areaType: PtvServiceAreaType | null;
  readonly areas: PtvArea[];
  readonly serviceDescriptions: PtvLocalizedListItem[];
  readonly serviceClasses: PtvFintoItem[];
  readonly ontologyTerms: PtvFintoItem[];
  readonly targetGroups: PtvFintoItem[];
  readonly lifeEvents: PtvFintoItem[];
  readonly industrialClasses: PtvFintoItem[];
  readonly legislation: never[];
  readonly languages: string[];
  readonly keywords: PtvLanguageItem[];
  readonly requirements: PtvLanguageItem[];
  readonly serviceChannels: PtvServiceChannelLink[];
  readonly organizations: PtvServiceOrganization[];
  readonly serviceVouchersInUse: boolean;
  readonly serviceVouchers: never[];
  readonly serviceCollections: never[];
  readonly publishingStatus: 'Published';
  readonly modified: string;
  readonly responsibleSoteOrganization: null;
}

export type PtvWeekday =
  'Monday' | 'Tuesday' | 'Wednesday' | 'Thursday' | 'Friday' | 'Saturday' | 'Sunday';

export interface PtvOpeningHour {
  readonly dayFrom: PtvWeekday;
  readonly dayTo: string;
  readonly from: string;
  readonly to: string;
}

export interface PtvServiceHour {
  readonly serviceHourType: 'DaysOfTheWeek';
  readonly validFrom: string | null;
  readonly validTo: string | null;
  readonly isClosed: boolean;
  readonly validForNow: boolean;
  readonly isAlwaysOpen: boolean;
  readonly isReservation: boolean;
  readonly additionalInformation: PtvLanguageItem[];
  readonly openingHour: PtvOpeningHour[];
}

export interface PtvWebPage {
  readonly url: string;
  readonly value: string | null;
  readonly language: PtvLanguage;
}

export interface PtvPhone {
  readonly type: 'Phone';
  readonly additionalInformation: string | null;
  readonly serviceChargeType: 'Chargeable';
  readonly chargeDescription: string | null;
  readonly prefixNumber: string | null;
  readonly isFinnishServiceNumber: boolean;
  readonly number: string;
  readonly language: PtvLanguage;
}

export interface PtvStreetAddress {
  readonly street: PtvLanguageItem[];
  readonly streetNumber: string | null;
  readonly postalCode: string;
  readonly postOffice: PtvLanguageItem[];
  readonly municipality: PtvMunicipality | null;
  readonly additionalInformation: PtvLanguageItem[];
  readonly latitude: string | null;
  readonly longitude: string | null;
  readonly coordinateState: 'Ok' | 'Empty';
}

export interface PtvAddress {
  readonly type: 'Location';
  readonly subType: 'Single';
  readonly streetAddress: PtvStreetAddress;
  readonly country: 'FI';
}

export interface PtvServiceLocationChannel {
  readonly id: string;
  readonly sourceId: string;
  readonly serviceChannelType: 'ServiceLocation';
  readonly organizationId: string;
  readonly serviceChannelNames: PtvLocalizedListItem[];
  readonly serviceChannelDescriptions: PtvLocalizedListItem[];
  readonly displayNameType: { type: 'Name'; language: PtvLanguage }[];
  readonly areaType: null;
  readonly areas: PtvArea[];
  readonly languages: PtvLanguage[];
  readonly webPages: PtvWebPage[];
  readonly phoneNumbers: PtvPhone[];
  readonly emails: PtvLanguageItem[];
  readonly addresses: PtvAddress[];
  readonly serviceHours: PtvServiceHour[];
  readonly services: { service: PtvItem }[];
  readonly publishingStatus: 'Published';
  readonly modified: string;
}
