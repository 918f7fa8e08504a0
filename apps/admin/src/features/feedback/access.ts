import { useSearchParams } from 'react-router';
import { type Tenant, useTenant } from '../../lib/tenant/TenantContext';
import { type NetworkRef } from '../../lib/tenant/tenants';
import { type SurveyRow } from './feedback.documents';

export type SurveyStatus = SurveyRow['status'];

/**
 * The API's transition table (apps/api/src/feedback/feedback-transitions.ts), for the buttons:
 * DRAFT → OPEN, OPEN → CLOSED, CLOSED → OPEN; never back to DRAFT.
 */
export const SURVEY_TRANSITIONS: Readonly<Record<SurveyStatus, readonly SurveyStatus[]>> = {
  DRAFT: ['OPEN'],
  OPEN: ['CLOSED'],
  CLOSED: ['OPEN'],
};

/**
 * Who writes surveys (the API decides anyway): in a network, its coordinators write the network's
 * own surveys; in an organisation, its admins write the organisation's. Everyone else who reaches
 * the pages (a REPORT_VIEWER, an organisation's editor) only reads.
 */
export function mayCreateSurvey(tenant: Tenant): boolean {
  return tenant.kind === 'network'
    ? tenant.roles.includes('COORDINATOR')
    : tenant.roles.includes('ORG_ADMIN');
}

export function mayManageSurvey(
  tenant: Tenant,
  survey: Pick<SurveyRow, 'organizationId'>,
): boolean {
  if (!mayCreateSurvey(tenant)) return false;
  return tenant.kind === 'network'
    ? survey.organizationId === null
    : survey.organizationId === tenant.organization.id;
}

/**
 * The network the feedback pages work in: the network tenant's own, or for an organisation the one
 * in `?network=` (else its first network), with the organisation's id as the list filter.
 */
export function useFeedbackScope(): {
  tenant: Tenant;
  networks: NetworkRef[];
  network: NetworkRef | undefined;
  organizationId: string | undefined;
  setNetwork: (slug: string) => void;
} {
  const tenant = useTenant();
  const [params, setParams] = useSearchParams();
  const networks = tenant.kind === 'network' ? [tenant.network] : tenant.networks;
  const wanted = params.get('network');
  const network = networks.find((candidate) => candidate.slug === wanted) ?? networks[0];
  return {
    tenant,
    networks,
    network,
    organizationId: tenant.kind === 'organization' ? tenant.organization.id : undefined,
    setNetwork: (slug) => {
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set('network', slug);
          return next;
        },
        { replace: true },
      );
    },
  };
}

/** The portal's page of the survey (served by the same origin as the admin). */
export function publicSurveyUrl(
  networkSlug: string,
  surveyId: string,
  audience: 'CLIENT' | 'REFERRER' = 'CLIENT',
): string {
  const path = `${window.location.origin}/${encodeURIComponent(networkSlug)}/feedback/${encodeURIComponent(surveyId)}`;
  // A referrer survey: the portal's signed-in page for professionals.
  return audience === 'REFERRER' ? `${path}/referrer` : path;
}
