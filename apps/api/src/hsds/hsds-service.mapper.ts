import { type TLocale } from '@linja/domain';

import { derivedId } from './hsds-ids';
import {
  toHsdsContacts,
  toHsdsLocation,
  toHsdsSchedules,
  toHsdsServiceAreas,
} from './hsds-place.mapper';
import { type ServiceRecord } from './hsds-records';
import { toHsdsAttribute, toHsdsOrganization } from './hsds-taxonomy.mapper';
import { compact, languageName, plainFinnishOf, textIn } from './hsds-text';

const FREE: Record<TLocale, string> = { fi: 'Maksuton', sv: 'Avgiftsfri', en: 'Free of charge' };
const FEE: Record<TLocale, string> = { fi: 'Maksullinen', sv: 'Avgiftsbelagd', en: 'Fee' };

/**
 * The one-to-one fields of a service (the shape of HSDS's service_list items) with its organisation
 * and the Linja profile's `linja` object. Never anything of `professionalInfo`: the HSDS API is read by
 * the public, and professional-only details stay in Linja (eligibility_description stays empty).
 */
export function toHsdsServiceSummary(record: ServiceRecord, language: TLocale) {
  const { service, content, network } = record;
  const description = textIn(content.description, language);
  const summary = textIn(content.summary, language);
  const steps = content.path.map((step, index) => {
    const title = textIn(step.title, language);
    const text = textIn(step.description, language);
    return `${index + 1}. ${title}${text ? `: ${text}` : ''}`;
  });
  const plain = compact({
    name: plainFinnishOf(content.name),
    summary: plainFinnishOf(content.summary),
    description: plainFinnishOf(content.description),
  });
  return {
    id: service.id,
    organization_id: service.responsibleOrganizationId,
    name: textIn(content.name, language),
    ...compact({
      description: description || summary,
      url: content.contact.website,
      email: content.contact.email,
      application_process: steps.length > 0 ? steps.join('\n') : undefined,
      fees_description: textIn(content.costNote, language) || undefined,
      minimum_age: content.ageMin ?? undefined,
      maximum_age: content.ageMax ?? undefined,
      assured_date: service.verifiedAt?.toISOString().slice(0, 10),
    }),
    // Only published services inside their freshness window are ever served.
    status: 'active',
    last_modified: record.lastModified.toISOString(),
    organization: toHsdsOrganization(record.organization, language),
    linja: compact({
      network: { id: network.id, slug: network.slug, name: network.name },
      access_mode: content.accessMode,
      summary: summary || undefined,
      plain_finnish: Object.keys(plain).length > 0 ? plain : undefined,
      channels: content.channels,
      remote: record.deliveries.some((delivery) => delivery.isRemote),
      producer_organization_ids: [...record.producers.keys()],
    }),
  };
}

/** The fully nested service of `/services/{id}` (HSDS compiled/service.json plus the Linja profile). */
export function toHsdsService(record: ServiceRecord, language: TLocale) {
  const { service, content, network } = record;
  const serviceId = service.id;
  const owner = { service_id: serviceId };
  const withoutLocations = record.deliveries.filter((delivery) => delivery.locations.length === 0);
  const serviceAtLocations = record.deliveries.flatMap((delivery) =>
    delivery.locations.map((location) => {
      const id = serviceAtLocationId(location.id);
      const salOwner = { service_at_location_id: id };
      const producer = record.producers.get(delivery.organizationId);
      return compact({
        id,
        service_id: serviceId,
        location_id: location.id,
        description: producer?.name,
        contacts: toHsdsContacts(delivery, salOwner),
        schedules: toHsdsSchedules(delivery, salOwner, language),
        location: toHsdsLocation(location, delivery.organizationId, language),
      });
    }),
  );
  const phone = content.contact.phone;
  return {
    ...toHsdsServiceSummary(record, language),
    phones: phone
      ? [
          compact({
            id: derivedId(serviceId, 'phone'),
            service_id: serviceId,
            number: phone,
            description: textIn(content.contact.note, language) || undefined,
          }),
        ]
      : [],
    schedules: withoutLocations.flatMap((delivery) => toHsdsSchedules(delivery, owner, language)),
    service_areas: record.deliveries.flatMap((delivery) =>
      toHsdsServiceAreas(serviceId, delivery, language),
    ),
    service_at_locations: serviceAtLocations,
    languages: content.serviceLanguages.map((code) => ({
      id: derivedId(serviceId, 'language', code),
      service_id: serviceId,
      name: languageName(code, language),
      code,
    })),
    cost_options: [
      compact({
        id: derivedId(serviceId, 'cost_option'),
        service_id: serviceId,
        option: content.cost === 'FREE' ? FREE[language] : FEE[language],
        currency: content.cost === 'FREE' ? 'EUR' : undefined,
        amount: content.cost === 'FREE' ? 0 : undefined,
        amount_description: textIn(content.costNote, language) || undefined,
      }),
    ],
    contacts: withoutLocations.flatMap((delivery) => toHsdsContacts(delivery, owner)),
    attributes: [...record.themes, ...record.targetGroups].map((term) =>
      toHsdsAttribute(serviceId, term, network, language),
    ),
  };
}

/** A location belongs to one delivery of one service: its service_at_location id derives from it. */
export function serviceAtLocationId(locationId: string): string {
  return derivedId(locationId, 'service_at_location');
}
