import { type TaxonomyTerm } from '@linja/db';

import { type ServiceRecord } from '../hsds/hsds-records';
import { toPtvAreas, type WellbeingMunicipalities } from './ptv-area.mapper';
import { toPtvServiceLocations } from './ptv-channel.mapper';
import { issue, type PtvIssue } from './ptv-report';
import { toPtvRequirements } from './ptv-requirements';
import { hasPlainFinnish, localizedList, PTV_LANGUAGES, textOf } from './ptv-text';
import {
  type PtvFintoItem,
  type PtvLanguage,
  type PtvLanguageItem,
  type PtvLocalizedListItem,
  type PtvService,
  type PtvServiceLocationChannel,
  type PtvServiceOrganization,
} from './ptv-types';
import { ptvTargetGroup } from './ptv-vocabulary';

/** A service in PTV's shape: the service and its service channels, plus what the mapping lost. */
export interface PtvMapped {
  readonly service: PtvService;
  readonly serviceChannels: PtvServiceLocationChannel[];
  /** Warnings of the mapping itself (the limits are checked afterwards: ptv-validate.ts). */
  readonly notes: PtvIssue[];
}

/** The steps to get help in one language, "1. title: text" per line; none when a title lacks it. */
function userInstruction(record: ServiceRecord, language: PtvLanguage): string | undefined {
  const steps = record.content.path;
  if (steps.length === 0) return undefined;
  const lines: string[] = [];
  for (const [index, step] of steps.entries()) {
    const title = textOf(step.title, language);
    if (!title) return undefined;
    const text = textOf(step.description, language);
    lines.push(`${index + 1}. ${title}${text ? `: ${text}` : ''}`);
  }
  return lines.join('\n');
}

function descriptionsOf(record: ServiceRecord): PtvLocalizedListItem[] {
  const { content } = record;
  return [
    ...localizedList(content.summary, 'Summary'),
    ...localizedList(content.description, 'Description'),
    ...PTV_LANGUAGES.flatMap((language) => {
      const value = userInstruction(record, language);
      return value ? [{ language, value, type: 'UserInstruction' }] : [];
    }),
    ...localizedList(content.costNote, 'ChargeTypeAdditionalInfo'),
  ];
}

/** Term labels as keywords, each language the label has (PTV keywords are single words or phrases). */
const keywordsOf = (terms: readonly TaxonomyTerm[]): PtvLanguageItem[] =>
  terms.flatMap((term) =>
    PTV_LANGUAGES.flatMap((language) => {
      const value = textOf(term.label, language);
      return value ? [{ value, language }] : [];
    }),
  );

function organizationsOf(record: ServiceRecord): PtvServiceOrganization[] {
  const responsible = record.organization;
  return [
    {
      organization: { id: responsible.id, name: responsible.name },
      roleType: 'Responsible',
      provisionType: null,
      additionalInformation: [],
    },
    ...[...record.producers.values()].map((producer): PtvServiceOrganization => ({
      organization: { id: producer.id, name: producer.name },
      roleType: 'Producer',
      // Another member organisation delivering the service is not a purchase Linja knows of.
      provisionType: producer.id === responsible.id ? 'SelfProducedServices' : 'Other',
      additionalInformation: [],
    })),
  ];
}

/** Losses of the mapping itself, as warnings (ARCHITECTURE.md "PTV export" lists them). */
function mappingNotes(record: ServiceRecord, unmapped: readonly TaxonomyTerm[]): PtvIssue[] {
  const { content } = record;
  const notes: PtvIssue[] = unmapped.map((term) =>
    issue({
      severity: 'warning',
      code: 'NOT_MAPPED',
      path: 'service.targetGroups',
      source: `content.targetGroupIds:${term.slug}`,
      message: `The target group "${term.slug}" has no PTV target group; its label is exported as a keyword.`,
    }),
  );
  const contact = content.contact;
  if (contact.phone || contact.email || contact.website || Object.keys(contact.note).length > 0) {
    notes.push(
      issue({
        severity: 'warning',
        code: 'NOT_MAPPED',
        path: 'service',
        source: 'content.contact',
        message:
          'A PTV service has no contact fields (they belong to Phone and WebPage channels, which the export does not create): the service’s phone, e-mail and web site are not exported.',
      }),
    );
  }
  if ([content.name, content.summary, content.description].some(hasPlainFinnish)) {
    notes.push(
      issue({
        severity: 'warning',
        code: 'NOT_MAPPED',
        path: 'service',
        source: 'content.*.fiPlain',
        message: 'PTV has no plain-Finnish (selkosuomi) texts: they are not exported.',
      }),
    );
  }
  return notes;
}

/**
 * One public service (the HSDS exporter's ServiceRecord: published revision, hidden translations
 * removed, ACTIVE deliveries only) → PTV Open API v11's service and ServiceLocation channels. Never
 * reads `professionalInfo`. PTV's Finto vocabularies Linja does not have (service classes, ontology
 * terms, life events) stay empty: the validator reports the required ones; nothing is guessed.
 */
export function toPtvService(
  record: ServiceRecord,
  wellbeingMunicipalities: WellbeingMunicipalities,
): PtvMapped {
  const { service, content } = record;
  const modified = record.lastModified.toISOString();
  const serviceNames = localizedList(content.name, 'Name');
  const contentLanguages = serviceNames.map((item) => item.language);
  const item = { id: service.id, name: textOf(content.name, 'fi') ?? '' };
  const areas = toPtvAreas(record.deliveries, wellbeingMunicipalities);
  const locations = toPtvServiceLocations(record.deliveries, item, modified);
  const targetGroups: PtvFintoItem[] = [];
  const unmapped: TaxonomyTerm[] = [];
  for (const term of record.targetGroups) {
    const group = ptvTargetGroup(term.slug);
    if (!group) unmapped.push(term);
    else if (!targetGroups.some((known) => known.code === group.code)) targetGroups.push(group);
  }
  return {
    service: {
      id: service.id,
      sourceId: service.id,
      generalDescriptionId: null,
      type: 'Service',
      fundingType: null,
      serviceNames,
      serviceChargeType: content.cost === 'FREE' ? 'FreeOfCharge' : 'Chargeable',
      areaType: areas.areaType,
      areas: areas.areas,
      serviceDescriptions: descriptionsOf(record),
      serviceClasses: [],
      ontologyTerms: [],
      targetGroups,
      lifeEvents: [],
      industrialClasses: [],
      legislation: [],
      languages: [...content.serviceLanguages],
      keywords: keywordsOf([...record.themes, ...unmapped]),
      requirements: toPtvRequirements(content, contentLanguages),
      serviceChannels: locations.channels.map((channel) => ({
        serviceChannel: {
          id: channel.id,
          name: channel.serviceChannelNames[0]?.value ?? '',
        },
      })),
      organizations: organizationsOf(record),
      serviceVouchersInUse: false,
      serviceVouchers: [],
      serviceCollections: [],
      publishingStatus: 'Published',
      modified,
      responsibleSoteOrganization: null,
    },
    serviceChannels: locations.channels,
    notes: [...mappingNotes(record, unmapped), ...areas.notes, ...locations.notes],
  };
}
