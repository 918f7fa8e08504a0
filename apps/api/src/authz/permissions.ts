import { type Actor, type Grant } from '../auth/actor';

/**
 * The permission map: the one place that says which role may do what, and where. Every resolver that
 * reads restricted data or changes anything asks `can()` (through AuthorizationService) with the scope
 * of the target, which the service layer loads from the database — never from client input.
 */
export const PERMISSIONS = [
  'service.create',
  'service.update',
  'service.submit',
  'service.review',
  'service.archive',
  'service.confirmValid',
  'service.readDrafts',
  'service.readProfessional',
  'service.readAudit',
  // Importing services from a file as drafts (issue 19): the organisation's admins, and the
  // coordinators of a network it is a member of, on its behalf. Checked against the organisation and
  // the network the drafts go to; the drafts then go through the network's review like any other.
  'service.import',
  'delivery.manage',
  // Planning where a service goes (issue 18): creating a delivery in PLANNING for a member
  // organisation, editing, ending or removing one while it is in PLANNING (the network's
  // coordinators, from the coverage matrix's gaps and the planning page). A plan is not public; it
  // goes live only through delivery.activate, and an ACTIVE or ENDED delivery stays its managers'.
  'delivery.plan',
  // Deployment planning: progress on a planned delivery's readiness steps (its network's coordinators
  // and the producing or responsible organisation's staff); taking it live (coordinators only).
  'readiness.update',
  'delivery.activate',
  'organization.create',
  'organization.update',
  'network.manage',
  'network.create',
  // The network's search synonym list (issue 5): its coordinators.
  'search.manageSynonyms',
  // Why and since when a membership was suspended, ended or reactivated (coordinators' internal
  // notes): the network's coordinators and the member organisation's own admins (issue 11).
  'membership.readStatusDetails',
  // Inviting people into a role. The target's scope is loaded from the database: a network role's
  // network; an organisation role's organisation and every network it is an ACTIVE member of.
  'user.inviteCoordinator',
  'user.inviteOrgAdmin',
  'user.inviteOrgEditor',
  'user.inviteProfessional',
  // A network's read-only results readers (issue 16): its coordinators.
  'user.inviteReportViewer',
  // The background job queue (issue 14): counts, failed jobs and their retry. Platform admins only
  // (no role below lists it; checked against the empty scope only a platform admin covers).
  'jobs.manage',
  // Info session series (Järjestöinfot, issue 15): planning the series and its sessions, inviting
  // presenters, recordings and slides (the network's coordinators); answering an invitation to
  // present (the invited organisation's admins).
  'infoSeries.manage',
  'presentation.respond',
  // Events (issue 15): editing an event, its sign-ups and attendance. Checked against the event's
  // scope: the organising organisation's staff, and the network's coordinators (for the network's own
  // events and its members' events).
  'event.manage',
  // Approving and returning a submitted event, and publishing directly in a network that reviews
  // events: the network's coordinators.
  'event.review',
  // The coverage matrix and its export (issue 18): the network's coordinators.
  'coverage.read',
  // Referrals and contact requests (issue 17). Handling one and reading its personal data: the
  // producing organisation's staff (never coordinators or platform admins); its read log: the
  // organisation's admins; referring a client: the network's verified professionals; a service's
  // referral settings: its responsible organisation's staff; the counts (no personal data): the
  // network's coordinators.
  'referral.handle',
  'referral.readLog',
  'referral.create',
  'referral.settings',
  'referral.counts',
  // Support contacts (issue 16): the coordination team's log of contacts from member and partner
  // organisations, its topic list and its trend: the network's coordinators only.
  'supportContact.manage',
  // Showing results (issue 16). Managing the network's goals, indicators, targets and reporting
  // rounds, and changing a figure of a locked round with a reason (the network's coordinators);
  // managing the organisation's own indicators, its figures in a round and its services' funding
  // sources (the organisation's admins); reading the network's results, rounds and reports (its
  // coordinators and its read-only REPORT_VIEWERs: a steering group or funder contact).
  'reporting.manage',
  'reporting.report',
  'reporting.read',
  // Other providers (issue 18, the "pie"): the network's list of help outside it. Its coordinators;
  // member organisations' staff only when the network allows it (otherProvidersByMembers) and only
  // while their membership there is ACTIVE (checked by OtherProviderAccess with the org scope).
  'otherProvider.manage',
  // Bulk export (issue 19): downloading the network's whole published catalogue (HSDS Data Package,
  // NDJSON) while the network keeps it to itself: its coordinators. Public once the network allows
  // it (catalogueExportPublic), decided by canExportCatalogue below.
  'catalogue.export',
  // Exporting one published service as Suomi.fi PTV Open API JSON (issue 19, apps/api/src/ptv): its
  // responsible organisation's staff and its network's coordinators. The content is the public one.
  'service.exportPtv',
  // Answering a network's REFERRER feedback survey (issue 16): its verified professionals only —
  // the survey asks about referring, so not coordinators, staff or platform admins.
  'feedback.answerAsReferrer',
  // Answering a PARTNER feedback survey (issue 16): the staff of an organisation, checked against
  // the organisation — the service passes only organisations that are ACTIVE PARTNERs of the
  // survey's network (loaded from the database), so a member's staff, a coordinator or a platform
  // admin never answers as a partner.
  'feedback.answerAsPartner',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** What a permission is checked against: the target's network and (owning or producing) organisation. */
export interface Scope {
  readonly networkId?: string;
  readonly organizationId?: string;
}

type RoleName = Grant['role'];

/**
 * Permissions a platform admin does NOT hold: a referral's personal data is for the handling
 * organisation's staff only (ARCHITECTURE.md "Referrals").
 */
const ORGANIZATION_STAFF_ONLY: readonly Permission[] = [
  'referral.handle',
  'referral.readLog',
  // A referrer survey is for the network's professionals, a partner survey for its partner
  // organisations' staff (ARCHITECTURE.md "Feedback").
  'feedback.answerAsReferrer',
  'feedback.answerAsPartner',
];

const ORG_STAFF: readonly Permission[] = [
  'service.create',
  'service.update',
  'service.submit',
  'service.archive',
  'service.confirmValid',
  'service.readDrafts',
  'service.readProfessional',
  'service.readAudit',
  'delivery.manage',
  'readiness.update',
  'event.manage',
  'referral.handle',
  'referral.settings',
  'otherProvider.manage',
  'service.exportPtv',
  'feedback.answerAsPartner',
];

export const ROLE_PERMISSIONS: Readonly<Record<RoleName, readonly Permission[]>> = {
  PLATFORM_ADMIN: PERMISSIONS.filter((permission) => !ORGANIZATION_STAFF_ONLY.includes(permission)),
  COORDINATOR: [
    'service.review',
    'service.import',
    'service.archive',
    'service.readDrafts',
    'service.readProfessional',
    'service.readAudit',
    'readiness.update',
    'delivery.plan',
    'delivery.activate',
    'organization.create',
    'network.manage',
    'search.manageSynonyms',
    'membership.readStatusDetails',
    'user.inviteOrgAdmin',
    'user.inviteProfessional',
    'user.inviteReportViewer',
    'infoSeries.manage',
    'event.manage',
    'event.review',
    'coverage.read',
    'referral.counts',
    'supportContact.manage',
    'reporting.manage',
    'reporting.read',
    'otherProvider.manage',
    'catalogue.export',
    'service.exportPtv',
  ],
  ORG_ADMIN: [
    ...ORG_STAFF,
    'service.import',
    'organization.update',
    'membership.readStatusDetails',
    'user.inviteOrgAdmin',
    'user.inviteOrgEditor',
    'presentation.respond',
    'referral.readLog',
    'reporting.report',
  ],
  ORG_EDITOR: ORG_STAFF,
  PROFESSIONAL: ['service.readProfessional', 'referral.create', 'feedback.answerAsReferrer'],
  // Read-only: nothing that changes anything (a test in permissions.spec.ts keeps it so).
  REPORT_VIEWER: ['reporting.read'],
};

function grantCovers(grant: Grant, scope: Scope): boolean {
  switch (grant.role) {
    case 'PLATFORM_ADMIN':
      return true;
    case 'COORDINATOR':
    case 'PROFESSIONAL':
    case 'REPORT_VIEWER':
      return scope.networkId !== undefined && grant.networkId === scope.networkId;
    case 'ORG_ADMIN':
    case 'ORG_EDITOR':
      return scope.organizationId !== undefined && grant.organizationId === scope.organizationId;
  }
}

/** True when some grant of `actor` gives `permission` over `scope`. Anonymous actors have none. */
export function can(actor: Actor, permission: Permission, scope: Scope): boolean {
  if (actor.kind !== 'user') return false;
  return actor.grants.some(
    (grant) => ROLE_PERMISSIONS[grant.role].includes(permission) && grantCovers(grant, scope),
  );
}

/**
 * Who may download a network's whole published catalogue (issue 19): anyone, signed in or not, when
 * the network has made its export public; otherwise whoever holds `catalogue.export` there (its
 * coordinators, platform admins). The content is the public catalogue either way; the switch only
 * decides whether the network hands it out in bulk.
 */
export function canExportCatalogue(
  actor: Actor,
  network: { readonly id: string; readonly catalogueExportPublic: boolean },
): boolean {
  return network.catalogueExportPublic || can(actor, 'catalogue.export', { networkId: network.id });
}

/**
 * The organisations over which the actor holds `permission` through an organisation role (ORG_ADMIN,
 * ORG_EDITOR) — the candidates a service then narrows with the database (e.g. a network's ACTIVE
 * PARTNERs for `feedback.answerAsPartner`). A platform admin's blanket grant is not an organisation.
 */
export function organizationIdsWith(actor: Actor, permission: Permission): string[] {
  if (actor.kind !== 'user') return [];
  const ids = actor.grants.flatMap((grant) =>
    (grant.role === 'ORG_ADMIN' || grant.role === 'ORG_EDITOR') &&
    ROLE_PERMISSIONS[grant.role].includes(permission)
      ? [grant.organizationId]
      : [],
  );
  return [...new Set(ids)];
}

/** Organisations whose drafts the actor may read (undefined = all, for platform admins). */
export function draftReadableScopes(actor: Actor): {
  all: boolean;
  networkIds: string[];
  organizationIds: string[];
} {
  if (actor.kind !== 'user') return { all: false, networkIds: [], organizationIds: [] };
  const all = actor.grants.some((grant) => grant.role === 'PLATFORM_ADMIN');
  const networkIds = actor.grants.flatMap((grant) =>
    grant.role === 'COORDINATOR' ? [grant.networkId] : [],
  );
  const organizationIds = actor.grants.flatMap((grant) =>
    grant.role === 'ORG_ADMIN' || grant.role === 'ORG_EDITOR' ? [grant.organizationId] : [],
  );
  return { all, networkIds, organizationIds };
}
