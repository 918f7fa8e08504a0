import { PTV_LIMITS, serviceDescriptionLimit } from './ptv-limits';
import { issue, type PtvIssue } from './ptv-report';
import { PTV_LANGUAGES } from './ptv-text';
import {
  type PtvLanguage,
  type PtvLanguageItem,
  type PtvLocalizedListItem,
  type PtvService,
  type PtvServiceLocationChannel,
} from './ptv-types';

/** Where each checked PTV text comes from in Linja (the report's `source`). */
const SERVICE_SOURCES: Record<string, string> = {
  Name: 'content.name',
  Summary: 'content.summary',
  Description: 'content.description',
  UserInstruction: 'content.path',
  ChargeTypeAdditionalInfo: 'content.costNote',
};

function tooLong(
  path: string,
  value: string,
  limit: number,
  language: PtvLanguage,
  source: string | undefined,
): PtvIssue[] {
  if (value.length <= limit) return [];
  return [
    issue({
      severity: 'error',
      code: 'TOO_LONG',
      path,
      language,
      source,
      limit,
      actual: value.length,
      message: `${path} (${language}) is ${value.length} characters; PTV allows ${limit}.`,
    }),
  ];
}

const missing = (
  path: string,
  message: string,
  extra: { language?: PtvLanguage; source?: string } = {},
): PtvIssue =>
  issue({
    severity: 'error',
    code: 'REQUIRED_MISSING',
    path,
    ...extra,
    message: `${path}: ${message}`,
  });

/** Each content language needs a Name, a Summary and a Description (PTV's ServiceValidator). */
function perLanguage(
  prefix: string,
  names: readonly PtvLocalizedListItem[],
  descriptions: readonly PtvLocalizedListItem[],
  sources: Record<string, string | undefined>,
  declared: readonly string[] = [],
): PtvIssue[] {
  const all = [...names, ...descriptions];
  const languages = PTV_LANGUAGES.filter(
    (language) => declared.includes(language) || all.some((item) => item.language === language),
  );
  return languages.flatMap((language) =>
    (['Name', 'Summary', 'Description'] as const).flatMap((type) => {
      const list = type === 'Name' ? names : descriptions;
      const has = list.some((item) => item.language === language && item.type === type);
      if (has) return [];
      const path = `${prefix}${type === 'Name' ? 'Names' : 'Descriptions'}.${type}`;
      return [
        missing(path, `PTV requires a ${type} in every language the texts are in.`, {
          language,
          source: sources[type],
        }),
      ];
    }),
  );
}

const itemsTooLong = (
  path: string,
  items: readonly PtvLanguageItem[],
  limit: number,
  source: string,
) => items.flatMap((item) => tooLong(path, item.value, limit, item.language, source));

/** The service's problems against PTV's field list and limits (ptv-open-api-v11.md §1). */
export function validatePtvService(service: PtvService): PtvIssue[] {
  const issues: PtvIssue[] = [];
  if (service.fundingType === null) {
    issues.push(
      missing(
        'service.fundingType',
        'Linja does not record how a service is funded (PubliclyFunded or MarketFunded).',
      ),
    );
  }
  if (service.areaType === null) {
    issues.push(
      missing(
        'service.areaType',
        'no public delivery names an area (municipality, wellbeing area, region or nationwide).',
        {
          source: 'deliveries.areas',
        },
      ),
    );
  }
  if (service.languages.length === 0) {
    issues.push(
      missing('service.languages', 'no service language.', { source: 'content.serviceLanguages' }),
    );
  }
  issues.push(
    ...perLanguage(
      'service.service',
      service.serviceNames,
      service.serviceDescriptions,
      SERVICE_SOURCES,
    ),
  );
  for (const name of service.serviceNames) {
    issues.push(
      ...tooLong(
        'service.serviceNames.Name',
        name.value,
        PTV_LIMITS.name,
        name.language,
        SERVICE_SOURCES.Name,
      ),
    );
    const summary = service.serviceDescriptions.find(
      (item) => item.type === 'Summary' && item.language === name.language,
    );
    if (summary && summary.value.trim().toLowerCase() === name.value.trim().toLowerCase()) {
      issues.push(
        issue({
          severity: 'error',
          code: 'SAME_AS_NAME',
          path: 'service.serviceDescriptions.Summary',
          language: name.language,
          source: SERVICE_SOURCES.Summary,
          message: 'PTV refuses a summary that repeats the name.',
        }),
      );
    }
  }
  for (const description of service.serviceDescriptions) {
    issues.push(
      ...tooLong(
        `service.serviceDescriptions.${description.type}`,
        description.value,
        serviceDescriptionLimit(description.type),
        description.language,
        SERVICE_SOURCES[description.type],
      ),
    );
  }
  issues.push(
    ...itemsTooLong(
      'service.keywords',
      service.keywords,
      PTV_LIMITS.keyword,
      'themes, target groups',
    ),
  );
  issues.push(
    ...itemsTooLong(
      'service.requirements',
      service.requirements,
      PTV_LIMITS.requirement,
      'content.ageMin, content.ageMax, content.accessMode',
    ),
  );
  const finto = [
    [
      'serviceClasses',
      service.serviceClasses.length,
      PTV_LIMITS.serviceClasses,
      'PTV service classes (ptvserclass2)',
    ],
    [
      'ontologyTerms',
      service.ontologyTerms.length,
      PTV_LIMITS.ontologyTerms,
      'ontology terms (KOKO/YSO)',
    ],
    ['targetGroups', service.targetGroups.length, undefined, 'PTV target groups (ptvkohderyhmat)'],
  ] as const;
  for (const [field, count, limit, what] of finto) {
    const path = `service.${field}`;
    if (count === 0) {
      issues.push(
        missing(
          path,
          `a published PTV service needs ${what}; Linja has no such classification${field === 'targetGroups' ? ' that maps' : ''}.`,
          {
            source: field === 'targetGroups' ? 'content.targetGroupIds' : undefined,
          },
        ),
      );
    } else if (limit !== undefined && count > limit) {
      issues.push(
        issue({
          severity: 'error',
          code: 'TOO_MANY',
          path,
          limit,
          actual: count,
          message: `${path}: ${count}; PTV allows ${limit}.`,
        }),
      );
    }
  }
  if (!service.organizations.some((organization) => organization.roleType === 'Producer')) {
    issues.push(
      missing(
        'service.organizations',
        'PTV requires at least one service producer; the service has no public delivery.',
        {
          source: 'deliveries',
        },
      ),
    );
  }
  return issues;
}

/** One ServiceLocation channel's problems (ptv-open-api-v11.md §2: POST /ServiceChannel/ServiceLocation). */
export function validatePtvChannel(channel: PtvServiceLocationChannel, index: number): PtvIssue[] {
  const prefix = `serviceChannels[${index}]`;
  const issues: PtvIssue[] = perLanguage(
    `${prefix}.serviceChannel`,
    channel.serviceChannelNames,
    channel.serviceChannelDescriptions,
    { Name: 'deliveries.locations.name' },
    channel.languages,
  );
  for (const name of channel.serviceChannelNames) {
    issues.push(
      ...tooLong(
        `${prefix}.serviceChannelNames.Name`,
        name.value,
        PTV_LIMITS.channelName,
        name.language,
        'deliveries.locations.name',
      ),
    );
  }
  for (const description of channel.serviceChannelDescriptions) {
    const limit =
      description.type === 'Summary' ? PTV_LIMITS.channelSummary : PTV_LIMITS.channelDescription;
    issues.push(
      ...tooLong(
        `${prefix}.serviceChannelDescriptions.${description.type}`,
        description.value,
        limit,
        description.language,
        undefined,
      ),
    );
  }
  for (const page of channel.webPages) {
    issues.push(
      ...tooLong(
        `${prefix}.webPages`,
        page.url,
        PTV_LIMITS.url,
        page.language,
        'deliveries.contact.website',
      ),
    );
  }
  return issues;
}
