import { Injectable } from '@nestjs/common';
import { type Network } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { HsdsCatalogueService } from './hsds-catalogue.service';
import { type ExportAccess } from './hsds-export';

/**
 * The gate of the bulk exports (the Data Package and NDJSON): a network's whole catalogue, so a
 * network must be named (BAD_USER_INPUT on `network` otherwise), and the caller must be allowed by
 * the permission map's rule (canExportCatalogue: anyone when the network made its export public,
 * else its coordinators) — UNAUTHENTICATED or FORBIDDEN otherwise, before any byte is sent.
 */
@Injectable()
export class HsdsExportAccess {
  constructor(
    private readonly catalogue: HsdsCatalogueService,
    private readonly authz: AuthorizationService,
  ) {}

  async check(
    actor: Actor,
    network: Network | string | undefined,
  ): Promise<{ network: Network; access: ExportAccess }> {
    const row = typeof network === 'string' ? await this.find(network) : network;
    if (!row) {
      throw new BadUserInputError(
        'network',
        'network: the bulk export is per network; name one (slug or id).',
      );
    }
    this.authz.assertCatalogueExport(actor, row);
    return { network: row, access: row.catalogueExportPublic ? 'public' : 'coordinators' };
  }

  private async find(slugOrId: string): Promise<Network> {
    const row = await this.catalogue.findNetwork(slugOrId, isUuid(slugOrId));
    if (!row) throw new BadUserInputError('network', `network: no network "${slugOrId}".`);
    return row;
  }
}
