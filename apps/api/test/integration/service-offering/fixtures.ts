import {
  DEMO_NETWORKS,
  PrismaClient,
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  PERHELINJA_ID,
} from '@linja/db';

import { type GraphQLResponse, type TestApp } from '../../helpers/test-app';

export { FEDERATION_ID, ORG_LAHTI, ORG_MLL_VS, ORG_TURKU_ETK, PERHELINJA_ID };

/** Acting roles through the development actor header. */
export const AS = {
  admin: 'platform-admin',
  perhelinjaCoordinator: `coordinator:${PERHELINJA_ID}`,
  federationCoordinator: `coordinator:${FEDERATION_ID}`,
  turkuEditor: `editor:${ORG_TURKU_ETK}`,
  mllEditor: `editor:${ORG_MLL_VS}`,
  lahtiEditor: `editor:${ORG_LAHTI}`,
  perhelinjaProfessional: `professional:${PERHELINJA_ID}`,
} as const;

export function termId(networkSlug: string, kind: 'themes' | 'targetGroups', index = 0): string {
  const network = DEMO_NETWORKS.find((candidate) => candidate.slug === networkSlug);
  const term = network?.[kind][index];
  if (!term) throw new Error(`no ${kind}[${index}] in ${networkSlug}`);
  return term.id;
}

export const SERVICE_FIELDS = /* GraphQL */ `
  id status version verifiedAt freshness
  name { fi sv en }
  responsibleOrganization { id name }
  published { name { fi sv } summary { fi } ageMin ageMax professionalInfo { howToRefer { fi } } themes { slug } }
  workingRevision { id number state returnReason content { name { fi sv } } changes { field locale before after } }
`;

export interface ServiceShape {
  id: string;
  status: string;
  version: number;
  verifiedAt: string | null;
  freshness: string | null;
  name: { fi: string | null; sv: string | null; en: string | null };
  responsibleOrganization: { id: string; name: string };
  published: {
    name: { fi: string | null; sv: string | null };
    summary: { fi: string | null };
    ageMin: number | null;
    ageMax: number | null;
    professionalInfo: { howToRefer: { fi: string | null } } | null;
    themes: { slug: string }[];
  } | null;
  workingRevision: {
    id: string;
    number: number;
    state: string;
    returnReason: string | null;
    content: { name: { fi: string | null; sv: string | null } };
    changes: {
      field: string;
      locale: string | null;
      before: string | null;
      after: string | null;
    }[];
  } | null;
}

export const CREATE = /* GraphQL */ `
  mutation Create($input: CreateServiceInput!) { createService(input: $input) { ${SERVICE_FIELDS} } }
`;
export const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateServiceInput!) { updateService(input: $input) { ${SERVICE_FIELDS} } }
`;
export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: ServiceVersionInput!) { submitServiceForReview(input: $input) { ${SERVICE_FIELDS} } }
`;
export const APPROVE = /* GraphQL */ `
  mutation Approve($input: ApproveRevisionInput!) { approveServiceRevision(input: $input) { ${SERVICE_FIELDS} } }
`;
export const RETURN = /* GraphQL */ `
  mutation Return($input: ReturnRevisionInput!) { returnServiceRevision(input: $input) { ${SERVICE_FIELDS} } }
`;
export const GET = /* GraphQL */ `query Get($id: ID!) { service(id: $id) { ${SERVICE_FIELDS} } }`;

export function content(name: Record<string, string>, extra: Record<string, unknown> = {}) {
  return {
    name,
    summary: { fi: 'Keskusteluapua vanhemmille.' },
    description: { fi: 'Maksutonta keskusteluapua arjen haasteisiin.' },
    professionalInfo: { howToRefer: { fi: 'Ohjaa perhe soittamaan suoraan.' } },
    ageMin: 0,
    ageMax: 17,
    serviceLanguages: ['fi', 'sv'],
    channels: ['PHONE', 'IN_PERSON'],
    cost: 'FREE',
    accessMode: 'SELF_REFERRAL',
    themeIds: [termId('perhelinja', 'themes', 0)],
    targetGroupIds: [termId('perhelinja', 'targetGroups', 0)],
    path: [{ title: { fi: 'Soita' } }, { title: { fi: 'Tapaaminen' } }],
    contact: { email: 'info@example.fi' },
    ...extra,
  };
}

/**
 * A planned delivery of the service (straight in the database: the version does not change), so a
 * draft meets the completeness checklist's "where" item and can be submitted. Returns its id.
 */
export async function givePlannedDelivery(
  api: TestApp,
  serviceId: string,
  organizationId: string = ORG_TURKU_ETK,
): Promise<string> {
  const row = await api.app.get(PrismaClient).serviceDelivery.create({
    data: { serviceId, organizationId, status: 'PLANNING' },
  });
  return row.id;
}

/** Runs a mutation and returns its single root field, failing the test with the errors if any. */
export async function ok<T>(
  api: TestApp,
  query: string,
  variables: Record<string, unknown>,
  as?: string,
): Promise<T> {
  const result: GraphQLResponse<Record<string, T>> = await api.graphql(query, variables, as);
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  const [value] = Object.values(result.data ?? {});
  return value as T;
}
