import { Injectable } from '@nestjs/common';

import { type Actor } from '../auth/actor';
import { DomainError } from '../common/errors/domain-error';
import {
  can,
  canExportCatalogue,
  organizationIdsWith,
  type Permission,
  type Scope,
} from './permissions';

/** Injectable face of the permission map, so services ask one place and errors are uniform. */
@Injectable()
export class AuthorizationService {
  can(actor: Actor, permission: Permission, scope: Scope): boolean {
    return can(actor, permission, scope);
  }

  /**
   * Throws FORBIDDEN (or UNAUTHENTICATED for an anonymous caller) unless `actor` has `permission` over
   * `scope`. Callers that must not reveal whether a target exists check read access first and answer
   * NOT_FOUND instead.
   */
  assert(actor: Actor, permission: Permission, scope: Scope): void {
    if (can(actor, permission, scope)) return;
    if (actor.kind === 'anonymous') {
      throw new DomainError('UNAUTHENTICATED', 'Sign in to do this.');
    }
    throw new DomainError('FORBIDDEN', `You may not do this (${permission}).`, { permission });
  }

  /** The organisations over which `actor` holds `permission` through an organisation role. */
  organizationsWith(actor: Actor, permission: Permission): string[] {
    return organizationIdsWith(actor, permission);
  }

  /**
   * Throws unless `actor` may download the network's whole catalogue (canExportCatalogue):
   * UNAUTHENTICATED for an anonymous caller, FORBIDDEN for anyone else without the right.
   */
  assertCatalogueExport(
    actor: Actor,
    network: { readonly id: string; readonly catalogueExportPublic: boolean },
  ): void {
    if (canExportCatalogue(actor, network)) return;
    this.assert(actor, 'catalogue.export', { networkId: network.id });
  }
}
