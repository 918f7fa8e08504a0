import { type Prisma } from '@linja/db';

import { type Actor } from '../auth/actor';
import { type AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { fromLocalizedTextInput } from '../common/localization/localized-text.util';
import { isUuid } from '../common/ids/is-uuid';
import { echoInput } from '../common/text/clip';

export function notFound(entity: string, id: string): DomainError {
  return new DomainError('NOT_FOUND', `No ${entity} ${echoInput(id)}.`, {
    entity,
    id: echoInput(id),
  });
}

export async function networkBySlug(
  prisma: Prisma.TransactionClient,
  slug: string,
): Promise<{ id: string; slug: string }> {
  const network = await prisma.network.findUnique({
    where: { slug },
    select: { id: true, slug: true },
  });
  if (!network) throw notFound('Network', slug);
  return network;
}

/**
 * May read the network's results (coordinators, its REPORT_VIEWERs, platform admins), or — with
 * `organizationId` — that organisation's results (also its admins, while the organisation is a
 * member of the network that has not ended: an organisation never reads the figures of a network
 * it does not belong to). FORBIDDEN otherwise.
 */
export async function assertMayRead(
  prisma: Prisma.TransactionClient,
  authz: AuthorizationService,
  actor: Actor,
  networkId: string,
  organizationId?: string | null,
): Promise<void> {
  if (authz.can(actor, 'reporting.read', { networkId })) return;
  if (organizationId && isUuid(organizationId)) {
    authz.assert(actor, 'reporting.report', { organizationId });
    const membership = await prisma.networkMembership.findUnique({
      where: { networkId_organizationId: { networkId, organizationId } },
      select: { status: true },
    });
    if (!membership || membership.status === 'ENDED') {
      throw new DomainError('FORBIDDEN', 'The organisation is not a member of this network.', {
        field: 'organizationId',
      });
    }
    return;
  }
  authz.assert(actor, 'reporting.read', { networkId });
}

/** A LocalizedText input with Finnish required; each text at most `max` characters. */
export function requiredText(
  value: Parameters<typeof fromLocalizedTextInput>[0],
  field: string,
  max = 300,
): Record<string, string> {
  const text = fromLocalizedTextInput(value);
  for (const [locale, entry] of Object.entries(text)) {
    if (entry.length > max) {
      throw new BadUserInputError(
        `${field}.${locale}`,
        `${field}.${locale}: at most ${max} characters.`,
      );
    }
  }
  if (!text.fi?.trim()) throw new BadUserInputError(`${field}.fi`, `${field}.fi: required.`);
  return text;
}

export function optionalText(
  value: Parameters<typeof fromLocalizedTextInput>[0],
  field: string,
  max = 2000,
): Record<string, string> {
  const text = fromLocalizedTextInput(value);
  for (const [locale, entry] of Object.entries(text)) {
    if (entry.length > max) {
      throw new BadUserInputError(
        `${field}.${locale}`,
        `${field}.${locale}: at most ${max} characters.`,
      );
    }
  }
  return text;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parseDate(value: string, field: string): Date {
  const date = new Date(`${value}T00:00:00.000Z`);
  if (
    !ISO_DATE.test(value) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(value)
  ) {
    throw new BadUserInputError(field, `${field}: not a date "YYYY-MM-DD".`);
  }
  return date;
}

export function checkId(value: string, field: string): string {
  if (!isUuid(value)) throw new BadUserInputError(field, `${field}: not an id.`);
  return value;
}
