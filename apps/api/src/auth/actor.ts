/**
 * Who is making a request. Built once per request (auth/actor.factory.ts) and read by resolvers through
 * `@CurrentActor()`; authorization decisions go through authz/ only.
 *
 * Grants are the roles a person holds, each in its scope. A person may hold several.
 */
export type Grant =
  | { readonly role: 'PLATFORM_ADMIN' }
  | { readonly role: 'COORDINATOR'; readonly networkId: string }
  | { readonly role: 'ORG_ADMIN'; readonly organizationId: string }
  | { readonly role: 'ORG_EDITOR'; readonly organizationId: string }
  | { readonly role: 'PROFESSIONAL'; readonly networkId: string }
  /** A steering group member or funder contact: reads one network's results and reports (issue 16). */
  | { readonly role: 'REPORT_VIEWER'; readonly networkId: string };

export type Actor =
  | { readonly kind: 'anonymous' }
  | {
      readonly kind: 'user';
      readonly id: string;
      /** Shown in the audit log. */
      readonly label: string;
      readonly grants: readonly Grant[];
      /** The session the request came with (absent for the development actor). */
      readonly sessionId?: string;
    };

export const ANONYMOUS: Actor = { kind: 'anonymous' };

export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? actor.label : 'anonymous';
}

export function actorId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.id : null;
}
