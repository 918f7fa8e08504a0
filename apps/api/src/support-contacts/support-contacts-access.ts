import { type Network, type PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { type AuthorizationService } from '../authz/authorization.service';
import { isUuid } from '../common/ids/is-uuid';
import { networkNotFound } from './support-contacts.errors';

/**
 * The network a support-contact operation acts on, after checking that the actor coordinates it
 * (`supportContact.manage`: its coordinators and platform admins). Anyone else is refused before
 * anything is read or written.
 */
export async function managedNetworkBySlug(
  prisma: PrismaClient,
  authz: AuthorizationService,
  actor: Actor,
  slug: string,
): Promise<Network> {
  const network = await prisma.network.findUnique({ where: { slug } });
  if (!network) throw networkNotFound(slug);
  authz.assert(actor, 'supportContact.manage', { networkId: network.id });
  return network;
}

export async function managedNetworkById(
  prisma: PrismaClient,
  authz: AuthorizationService,
  actor: Actor,
  id: string,
): Promise<Network> {
  const network = isUuid(id) ? await prisma.network.findUnique({ where: { id } }) : null;
  if (!network) throw networkNotFound(id);
  authz.assert(actor, 'supportContact.manage', { networkId: network.id });
  return network;
}
