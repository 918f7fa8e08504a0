import { Injectable } from '@nestjs/common';
import { type Network, Prisma, PrismaClient, type TaxonomyTerm } from '@linja/db';
import { ZLocalizedText } from '@linja/domain';
import { z } from 'zod';

import { AuditService, type FieldChangeRecord } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { BadUserInputError, DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { fromLocalizedTextInput } from '../common/localization/localized-text.util';
import {
  type CreateTaxonomyTermInput,
  type UpdateNetworkSettingsInput,
  type UpdateTaxonomyTermInput,
} from './dto/network-settings.inputs';
import { contrastWithWhite, normalizeHexColor } from './utils/brand-color.util';

const PRIMARY_MIN_CONTRAST = 4.5;
const ACCENT_MIN_CONTRAST = 3;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parses with zod; the first issue becomes BAD_USER_INPUT naming the field. */
function parse<T extends z.ZodType>(schema: T, value: unknown, field: string): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = [field, ...(issue?.path ?? []).map(String)].join('.');
  throw new BadUserInputError(path, `${path}: ${issue?.message ?? 'invalid'}`);
}

const ZHttpUrl = z
  .url('not a URL')
  .max(500, 'at most 500 characters')
  .refine((value) => /^https?:\/\//.test(value), 'must start with https:// or http://');
const ZHttpsUrl = z
  .url('not a URL')
  .max(500, 'at most 500 characters')
  .refine((value) => value.startsWith('https://'), 'must start with https://');

/** A slug from a Finnish label: "Väkivalta ja turvallisuus" → "vakivalta-ja-turvallisuus". */
export function slugify(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/**
 * A network's settings (its coordinators): profile, contact, brand (colours checked for WCAG contrast
 * against white) and the taxonomy of themes and target groups. Every change is audited.
 */
@Injectable()
export class NetworkSettingsService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly audit: AuditService,
  ) {}

  async updateSettings(actor: Actor, input: UpdateNetworkSettingsInput): Promise<Network> {
    const network = await this.loadNetwork(input.networkId);
    this.authz.assert(actor, 'network.manage', { networkId: network.id });

    const data: Prisma.NetworkUpdateInput = {};
    if (input.name !== null && input.name !== undefined) {
      data.name = parse(
        z.string().trim().min(2, 'at least 2 characters').max(120, 'at most 120 characters'),
        input.name,
        'name',
      );
    }
    if (input.description) {
      data.description = parse(
        ZLocalizedText({ max: 3000 }),
        fromLocalizedTextInput(input.description),
        'description',
      );
    }
    if (input.principles) {
      data.principles = parse(
        ZLocalizedText({ max: 5000 }),
        fromLocalizedTextInput(input.principles),
        'principles',
      );
    }
    const optionalText = (value: string | null | undefined, schema: z.ZodType, field: string) =>
      value === null || value === undefined
        ? undefined
        : value.trim() === ''
          ? null
          : (parse(schema, value.trim(), field) as string);
    const contactEmail = optionalText(
      input.contactEmail,
      z.email('not an email address'),
      'contactEmail',
    );
    if (contactEmail !== undefined) data.contactEmail = contactEmail;
    const contactPhone = optionalText(
      input.contactPhone,
      z.string().regex(/^\+?[0-9 ()-]{5,20}$/, 'not a phone number'),
      'contactPhone',
    );
    if (contactPhone !== undefined) data.contactPhone = contactPhone;
    const website = optionalText(input.website, ZHttpUrl, 'website');
    if (website !== undefined) data.website = website;
    const logoUrl = optionalText(input.logoUrl, ZHttpsUrl, 'logoUrl');
    if (logoUrl !== undefined) data.logoUrl = logoUrl;
    const primary = this.color(input.primaryColor, 'primaryColor', PRIMARY_MIN_CONTRAST);
    if (primary !== undefined) data.brandPrimaryColor = primary;
    const accent = this.color(input.accentColor, 'accentColor', ACCENT_MIN_CONTRAST);
    if (accent !== undefined) data.brandAccentColor = accent;
    if (input.catalogueExportPublic !== null && input.catalogueExportPublic !== undefined) {
      data.catalogueExportPublic = input.catalogueExportPublic;
    }

    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.network.update({ where: { id: network.id }, data });
      const changes = settingsChanges(network, updated);
      if (changes.length > 0) {
        await this.audit.record(tx, actor, {
          action: 'network.settings_updated',
          entityType: 'Network',
          entityId: network.id,
          networkId: network.id,
          changes,
        });
      }
      return updated;
    });
  }

  async createTerm(actor: Actor, input: CreateTaxonomyTermInput): Promise<TaxonomyTerm> {
    const network = await this.loadNetwork(input.networkId);
    this.authz.assert(actor, 'network.manage', { networkId: network.id });
    const label = parse(
      ZLocalizedText({ max: 100, requireFinnish: true }),
      fromLocalizedTextInput(input.label),
      'label',
    );
    const slug = this.slug(input.slug ?? slugify(label.fi ?? ''));
    const position = this.position(input.position);
    return this.writeTerm(async (tx) => {
      const last = await tx.taxonomyTerm.aggregate({
        where: { networkId: network.id, kind: input.kind },
        _max: { position: true },
      });
      const term = await tx.taxonomyTerm.create({
        data: {
          networkId: network.id,
          kind: input.kind,
          slug,
          label,
          position: position ?? (last._max.position ?? -1) + 1,
        },
      });
      await this.auditTerm(tx, actor, term, 'taxonomy.term_created', [
        { field: 'label', locale: 'fi', before: null, after: label.fi ?? null },
      ]);
      return term;
    });
  }

  async updateTerm(actor: Actor, input: UpdateTaxonomyTermInput): Promise<TaxonomyTerm> {
    const term = await this.loadTerm(actor, input.id);
    const data: Prisma.TaxonomyTermUpdateInput = {};
    if (input.label) {
      data.label = parse(
        ZLocalizedText({ max: 100, requireFinnish: true }),
        fromLocalizedTextInput(input.label),
        'label',
      );
    }
    if (input.slug !== null && input.slug !== undefined) data.slug = this.slug(input.slug);
    const position = this.position(input.position);
    if (position !== undefined) data.position = position;
    return this.writeTerm(async (tx) => {
      const updated = await tx.taxonomyTerm.update({ where: { id: term.id }, data });
      const changes: FieldChangeRecord[] = [];
      const before = term.label as Record<string, string | undefined>;
      const after = updated.label as Record<string, string | undefined>;
      for (const locale of ['fi', 'sv', 'en'] as const) {
        if ((before[locale] ?? null) !== (after[locale] ?? null)) {
          changes.push({
            field: 'label',
            locale,
            before: before[locale] ?? null,
            after: after[locale] ?? null,
          });
        }
      }
      if (term.slug !== updated.slug)
        changes.push({ field: 'slug', locale: null, before: term.slug, after: updated.slug });
      if (term.position !== updated.position) {
        changes.push({
          field: 'position',
          locale: null,
          before: String(term.position),
          after: String(updated.position),
        });
      }
      if (changes.length > 0)
        await this.auditTerm(tx, actor, updated, 'taxonomy.term_updated', changes);
      return updated;
    });
  }

  /** Archived terms stay on services that have them but are left out of Network.taxonomy by default. */
  async setArchived(actor: Actor, id: string, archived: boolean): Promise<TaxonomyTerm> {
    const term = await this.loadTerm(actor, id);
    if ((term.archivedAt !== null) === archived) {
      throw new BadUserInputError(
        'id',
        archived ? 'The term is archived already.' : 'The term is not archived.',
      );
    }
    return this.prisma.$transaction(async (tx) => {
      const updated = await tx.taxonomyTerm.update({
        where: { id: term.id },
        data: { archivedAt: archived ? new Date() : null },
      });
      await this.auditTerm(
        tx,
        actor,
        updated,
        archived ? 'taxonomy.term_archived' : 'taxonomy.term_restored',
        [],
      );
      return updated;
    });
  }

  private async loadNetwork(id: string): Promise<Network> {
    const network = isUuid(id) ? await this.prisma.network.findUnique({ where: { id } }) : null;
    if (!network) throw new DomainError('NOT_FOUND', `No network ${id}.`, { id });
    return network;
  }

  private async loadTerm(actor: Actor, id: string): Promise<TaxonomyTerm> {
    const term = isUuid(id) ? await this.prisma.taxonomyTerm.findUnique({ where: { id } }) : null;
    if (!term) throw new DomainError('NOT_FOUND', `No taxonomy term ${id}.`, { id });
    this.authz.assert(actor, 'network.manage', { networkId: term.networkId });
    return term;
  }

  private color(
    value: string | null | undefined,
    field: string,
    minContrast: number,
  ): string | null | undefined {
    if (value === null || value === undefined) return undefined;
    if (value.trim() === '') return null;
    const hex = normalizeHexColor(value);
    if (!hex) throw new BadUserInputError(field, `${field}: a colour as "#rrggbb".`);
    const ratio = contrastWithWhite(hex);
    if (ratio < minContrast) {
      throw new BadUserInputError(
        field,
        `${field}: contrast against white is ${ratio.toFixed(2)}:1; at least ${minContrast}:1 is needed (WCAG 2.1 AA).`,
      );
    }
    return hex;
  }

  private slug(value: string): string {
    const slug = value.trim();
    if (!SLUG.test(slug) || slug.length > 60) {
      throw new BadUserInputError(
        'slug',
        'slug: lower-case letters, digits and hyphens (at most 60).',
      );
    }
    return slug;
  }

  private position(value: number | null | undefined): number | undefined {
    if (value === null || value === undefined) return undefined;
    if (!Number.isInteger(value) || value < 0 || value > 10000) {
      throw new BadUserInputError('position', 'position: 0–10000.');
    }
    return value;
  }

  /** A taken slug (same network and kind) is a CONFLICT on `slug`. */
  private async writeTerm(
    write: (tx: Prisma.TransactionClient) => Promise<TaxonomyTerm>,
  ): Promise<TaxonomyTerm> {
    try {
      return await this.prisma.$transaction(write);
    } catch (error: unknown) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
        throw new DomainError('CONFLICT', 'Another term of this kind has this slug.', {
          field: 'slug',
        });
      }
      throw error;
    }
  }

  private auditTerm(
    tx: Prisma.TransactionClient,
    actor: Actor,
    term: TaxonomyTerm,
    action: string,
    changes: FieldChangeRecord[],
  ): Promise<void> {
    return this.audit.record(tx, actor, {
      action,
      entityType: 'TaxonomyTerm',
      entityId: term.id,
      networkId: term.networkId,
      changes,
      note: `${term.kind} ${term.slug}`,
    });
  }
}

function settingsChanges(before: Network, after: Network): FieldChangeRecord[] {
  const changes: FieldChangeRecord[] = [];
  const scalar = [
    ['name', 'name'],
    ['contactEmail', 'contact.email'],
    ['contactPhone', 'contact.phone'],
    ['website', 'contact.website'],
    ['logoUrl', 'brand.logoUrl'],
    ['brandPrimaryColor', 'brand.primaryColor'],
    ['brandAccentColor', 'brand.accentColor'],
  ] as const;
  for (const [column, field] of scalar) {
    if (before[column] !== after[column]) {
      changes.push({ field, locale: null, before: before[column], after: after[column] });
    }
  }
  if (before.catalogueExportPublic !== after.catalogueExportPublic) {
    changes.push({
      field: 'catalogueExport.public',
      locale: null,
      before: String(before.catalogueExportPublic),
      after: String(after.catalogueExportPublic),
    });
  }
  for (const column of ['description', 'principles'] as const) {
    const a = (before[column] ?? {}) as Record<string, string | undefined>;
    const b = (after[column] ?? {}) as Record<string, string | undefined>;
    for (const locale of ['fi', 'sv', 'en', 'fiPlain']) {
      if ((a[locale] ?? null) !== (b[locale] ?? null)) {
        changes.push({
          field: column,
          locale,
          before: a[locale] ?? null,
          after: b[locale] ?? null,
        });
      }
    }
  }
  return changes;
}
