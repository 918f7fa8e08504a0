import {
  type DeliveryArea,
  type DeliveryLocation,
  type Municipality,
  type Network,
  type Organization,
  type Region,
  type Service,
  type ServiceDelivery,
  type TaxonomyTerm,
  type WellbeingArea,
} from '@linja/db';
import { type TServiceContent } from '@linja/domain';

export type AreaRecord = DeliveryArea & {
  municipality: (Municipality & { wellbeingArea: WellbeingArea }) | null;
  wellbeingArea: WellbeingArea | null;
  region: Region | null;
};

export type LocationRecord = DeliveryLocation & {
  municipality: (Municipality & { region: Region }) | null;
};

export type DeliveryRecord = ServiceDelivery & {
  areas: AreaRecord[];
  locations: LocationRecord[];
};

/**
 * Everything the HSDS mapping needs about one public service, loaded for a whole page at once
 * (hsds-catalogue.service.ts): the service row, its published content as the public reads it (hidden
 * translations removed), its network, organisations, publicly visible deliveries and taxonomy terms.
 */
export interface ServiceRecord {
  readonly service: Service;
  readonly content: TServiceContent;
  readonly network: Network;
  readonly organization: Organization;
  /** Deliveries the public sees (ACTIVE), with areas and locations. */
  readonly deliveries: readonly DeliveryRecord[];
  /** Organisations producing the visible deliveries, by id. */
  readonly producers: ReadonlyMap<string, Organization>;
  readonly themes: readonly TaxonomyTerm[];
  readonly targetGroups: readonly TaxonomyTerm[];
  /** The latest change to anything the public sees of the service (see lastModifiedOf). */
  readonly lastModified: Date;
}
