import { ACCESS_MODES, CHANNELS, LOCALES } from '@linja/domain';

import { AREA_URI } from './hsds-place.mapper';

export const HSDS_VERSION = '3.1';
export const HSDS_PATH = '/hsds';
export const PROFILE_PATH = `${HSDS_PATH}/profile`;
export const PROFILE_VERSION = '1.0';
export const HSDS_OPENAPI_URL =
  'https://raw.githubusercontent.com/openreferral/specification/3.1/schema/openapi.json';

/** The JSON Schema of the Linja profile's `linja` property on a service. */
export const LINJA_SERVICE_SCHEMA = {
  type: 'object',
  required: ['network', 'access_mode', 'channels', 'remote', 'producer_organization_ids'],
  additionalProperties: false,
  properties: {
    network: {
      description: 'The network (brand) the service is published under.',
      type: 'object',
      required: ['id', 'slug', 'name'],
      additionalProperties: false,
      properties: {
        id: { type: 'string', format: 'uuid' },
        slug: { type: 'string' },
        name: { type: 'string' },
      },
    },
    access_mode: {
      description:
        'Who may start using the service: the person themselves (SELF_REFERRAL), only through a ' +
        'professional (PROFESSIONAL_REFERRAL), or both.',
      enum: [...ACCESS_MODES],
    },
    summary: {
      description: 'A short summary (at most 300 characters) in the response language.',
      type: 'string',
    },
    plain_finnish: {
      description: 'Plain-Finnish (selkosuomi) versions of the texts, where written.',
      type: 'object',
      additionalProperties: false,
      properties: {
        name: { type: 'string' },
        summary: { type: 'string' },
        description: { type: 'string' },
      },
    },
    channels: {
      description: 'How the service is used (face to face, phone, chat, video…).',
      type: 'array',
      items: { enum: [...CHANNELS] },
    },
    remote: { description: 'Some delivery is offered remotely (from anywhere).', type: 'boolean' },
    producer_organization_ids: {
      description: 'Organisations delivering the service (a federation concept run locally).',
      type: 'array',
      items: { type: 'string', format: 'uuid' },
    },
  },
} as const;

/** The JSON Schema of the Linja profile's `linja_area` property on a service_area. */
export const LINJA_AREA_SCHEMA = {
  type: 'object',
  required: ['kind', 'delivery_id', 'organization_id'],
  additionalProperties: false,
  properties: {
    kind: { enum: ['nationwide', 'municipality', 'wellbeing_area', 'region'] },
    code: { type: 'string', description: "Statistics Finland's code of the area." },
    wellbeing_area_code: {
      type: 'string',
      description:
        'The wellbeing services county (hyvinvointialue; or City of Helsinki, or Åland) the area ' +
        'is in or is.',
    },
    region_code: { type: 'string', description: 'The region (maakunta) the area is in or is.' },
    delivery_id: { type: 'string', format: 'uuid', description: 'The delivery offering it there.' },
    organization_id: {
      type: 'string',
      format: 'uuid',
      description: 'The organisation delivering the service there.',
    },
  },
} as const;

/**
 * The Linja profile of HSDS 3.1, served at /hsds/profile (the root's `profile` points here): what
 * Linja adds to the core schemas, and how its concepts and parameters are to be read. Additions are
 * extra properties (HSDS's schemas allow them), so every response still validates against the core
 * compiled schemas.
 */
export function linjaProfile(baseUrl: string) {
  return {
    name: 'Linja',
    version: PROFILE_VERSION,
    hsds_version: HSDS_VERSION,
    url: `${baseUrl}${PROFILE_PATH}`,
    description:
      'Services of Finnish associations published under a network brand (Linja). Only published, ' +
      'currently visible services are served; information meant for professionals only is never served.',
    languages: {
      parameter: 'lang',
      values: [...LOCALES],
      default: 'fi',
      description:
        'One language per response (Content-Language tells which). A text not translated into the ' +
        'requested language is given in Finnish.',
    },
    parameters: {
      network: 'Any list: only the catalogue of this network (its slug or id).',
      lang: 'Any endpoint: the response language (fi, sv, en).',
      page: 'Lists: page number from 1.',
      per_page: 'Lists: page size, default 50, at most 200.',
      modified_after:
        '/services: services whose public information (the service, its organisation or a delivery) ' +
        'changed at or after this ISO 8601 date-time. A service hidden because its information went ' +
        'out of date changes no date: walk the ids of /services now and then to notice removals.',
      search: '/services: words of the name, summary or description in any language.',
    },
    identifiers:
      'Ids of services, organisations, locations, service areas and taxonomy terms are Linja’s own ' +
      'UUIDs. Objects without a row of their own (phones, schedules, contacts, languages, cost options, ' +
      'attributes, taxonomies, service_at_locations) get name-based UUIDs (version 5) derived from ' +
      'their owner, so they are the same in every response.',
    taxonomies:
      'Each network has two taxonomies: its themes (needs) and its target groups. Their terms are ' +
      'linked to services as attributes.',
    area_uris: {
      nationwide: AREA_URI.nationwide,
      municipality: AREA_URI.municipality('{code}'),
      wellbeing_area: AREA_URI.wellbeingArea('{code}'),
      region: AREA_URI.region('{code}'),
    },
    bulk_export: {
      ndjson: `${baseUrl}${HSDS_PATH}/services?format=ndjson&network={slug}&lang={lang}`,
      data_package: `${baseUrl}${HSDS_PATH}/datapackage.zip?network={slug}&lang={lang}`,
      description:
        'A network’s whole published catalogue: every service fully nested, one per line (NDJSON), or ' +
        'HSDS’s tabular Data Package (datapackage.json and one CSV per HSDS table, zipped; the CSVs ' +
        'have HSDS’s columns only, the extensions below are in the JSON forms). Open to anyone when ' +
        'the network has made its export public; otherwise to its coordinators only (401/403).',
    },
    extensions: {
      service: { linja: LINJA_SERVICE_SCHEMA },
      service_area: { linja_area: LINJA_AREA_SCHEMA },
    },
    not_served: [
      'Professional-only information (how to refer, eligibility, what happens next): eligibility_description is never set.',
      'Drafts, services under review, archived services and services hidden for being out of date.',
      'Deliveries being planned or ended.',
    ],
  };
}
