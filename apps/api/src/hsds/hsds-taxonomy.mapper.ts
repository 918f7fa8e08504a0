import { type Network, type Organization, type TaxonomyTerm } from '@linja/db';
import { type TLocale } from '@linja/domain';

import { derivedId } from './hsds-ids';
import { compact, textIn } from './hsds-text';

export type TaxonomyKind = 'THEME' | 'TARGET_GROUP';
export const TAXONOMY_KINDS: readonly TaxonomyKind[] = ['THEME', 'TARGET_GROUP'];

const KIND_NAMES: Record<TaxonomyKind, Record<TLocale, string>> = {
  THEME: { fi: 'teemat', sv: 'teman', en: 'themes' },
  TARGET_GROUP: { fi: 'kohderyhmät', sv: 'målgrupper', en: 'target groups' },
};

const KIND_DESCRIPTIONS: Record<TaxonomyKind, Record<TLocale, string>> = {
  THEME: {
    fi: 'Verkoston teemat ja tarpeet, joihin palvelut vastaavat.',
    sv: 'Nätverkets teman och behov som tjänsterna svarar på.',
    en: "The network's themes and needs that its services answer.",
  },
  TARGET_GROUP: {
    fi: 'Verkoston kohderyhmät, joille palvelut on tarkoitettu.',
    sv: 'Nätverkets målgrupper som tjänsterna är avsedda för.',
    en: "The network's target groups its services are meant for.",
  },
};

/** A network's taxonomy (its themes, or its target groups): no row of its own, so a derived id. */
export function taxonomyId(networkId: string, kind: TaxonomyKind): string {
  return derivedId(networkId, 'taxonomy', kind);
}

export function toHsdsTaxonomy(network: Network, kind: TaxonomyKind, language: TLocale) {
  return {
    id: taxonomyId(network.id, kind),
    name: `${network.name}: ${KIND_NAMES[kind][language]}`,
    description: KIND_DESCRIPTIONS[kind][language],
    version: '1',
  };
}

export function toHsdsTaxonomyTerm(term: TaxonomyTerm, network: Network, language: TLocale) {
  const name = textIn(term.label, language) || term.slug;
  return {
    id: term.id,
    code: term.slug,
    name,
    // Linja's terms have a label only; HSDS requires a description, so it repeats the label.
    description: name,
    taxonomy: `${network.name}: ${KIND_NAMES[term.kind][language]}`,
    taxonomy_id: taxonomyId(network.id, term.kind),
    language,
  };
}

/** The attribute linking a service to one of its themes or target groups. */
export function toHsdsAttribute(
  serviceId: string,
  term: TaxonomyTerm,
  network: Network,
  language: TLocale,
) {
  const taxonomyTerm = toHsdsTaxonomyTerm(term, network, language);
  return {
    id: derivedId(serviceId, 'attribute', term.id),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: taxonomyTerm,
    label: taxonomyTerm.taxonomy,
  };
}

/** Finnish business ids (Y-tunnus) in org-id.guide's scheme for the Finnish Patent and Registration Office. */
const BUSINESS_ID_SCHEME = 'FI-PRO';

export function toHsdsOrganization(organization: Organization, language: TLocale) {
  return {
    id: organization.id,
    name: organization.name,
    // Required by HSDS even when the organisation has written none.
    description: textIn(organization.description, language),
    ...compact({
      email: organization.contactEmail ?? undefined,
      website: organization.website ?? undefined,
      phones: organization.contactPhone
        ? [
            {
              id: derivedId(organization.id, 'phone'),
              organization_id: organization.id,
              number: organization.contactPhone,
            },
          ]
        : undefined,
      organization_identifiers: organization.businessId
        ? [
            {
              id: derivedId(organization.id, 'identifier', BUSINESS_ID_SCHEME),
              organization_id: organization.id,
              identifier_scheme: BUSINESS_ID_SCHEME,
              identifier_type: 'Y-tunnus (Finnish business id)',
              identifier: organization.businessId,
            },
          ]
        : undefined,
    }),
  };
}
