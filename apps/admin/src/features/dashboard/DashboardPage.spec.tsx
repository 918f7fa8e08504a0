import { screen, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  renderWithProviders,
} from '../../../test/render';
import { DashboardPage } from './DashboardPage';

const BASE = '/n/ensi-ja-turvakotien-liitto';

const stats = {
  network: {
    id: 'net-liitto',
    stats: {
      publishedServices: 12,
      draftServices: 3,
      awaitingReview: 2,
      dueForCheck: 4,
      stale: 1,
      hidden: 2,
      nationwideOrRemoteServices: 1,
      wellbeingAreasCovered: 5,
      municipalitiesCovered: 20,
      activeMembers: 6,
      activePartners: 1,
      suspendedMembers: 0,
      plannedDeliveries: 3,
    },
  },
};

const changes = {
  network: {
    id: 'net-liitto',
    recentChanges: {
      totalCount: 2,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [
        {
          node: {
            id: 'e-1',
            action: 'service.created',
            actorLabel: 'Toimittaja',
            entityType: 'service',
            entityId: 's-1',
            note: null,
            occurredAt: '2026-11-30T10:00:00Z',
            serviceId: 's-1',
            organizationId: 'org-lahti',
            service: { id: 's-1', name: { fi: 'Ensikoti', sv: 'Mödrahem', en: null } },
            organization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
          },
        },
        {
          node: {
            id: 'e-2',
            action: 'membership.suspended',
            actorLabel: 'Koordinaattori',
            entityType: 'membership',
            entityId: 'm-1',
            note: 'Tauolla',
            occurredAt: '2026-11-29T10:00:00Z',
            serviceId: null,
            organizationId: 'org-lahti',
            service: null,
            organization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
          },
        },
      ],
    },
  },
};

function setup() {
  return mockClient((op) => {
    const name = operationName(op);
    if (name === 'DashboardStats') return fromValue({ data: stats });
    if (name === 'DashboardRecentChanges') return fromValue({ data: changes });
    return never;
  });
}

function render(language: 'fi' | 'sv' = 'fi') {
  const { client } = setup();
  return renderWithProviders(<DashboardPage />, client, {
    tenant: networkTenant,
    path: BASE,
    route: '/n/:networkSlug',
    language,
  });
}

describe('coordinator dashboard', () => {
  it('names and links the service or organisation of every recent change, in the UI language', async () => {
    render();
    const section = (
      await screen.findByRole('heading', { name: 'Viimeisimmät muutokset' })
    ).closest('section')!;
    const service = await within(section).findByRole('link', { name: 'Ensikoti' });
    expect(service).toHaveAttribute('href', `${BASE}/services/s-1/history`);
    expect(
      within(section).getByRole('link', { name: 'Lahden ensi- ja turvakoti ry' }),
    ).toHaveAttribute('href', `${BASE}/members/org-lahti`);
  });

  it('shows the Swedish name in Swedish', async () => {
    render('sv');
    expect(await screen.findByRole('link', { name: 'Mödrahem' })).toBeInTheDocument();
  });

  it('links each count to the list it counts and flags services hidden from the public', async () => {
    render();
    expect(await screen.findByRole('link', { name: '12 Julkaistuja palveluja' })).toHaveAttribute(
      'href',
      `${BASE}/services?state=PUBLISHED`,
    );
    expect(screen.getByRole('link', { name: '2 Odottaa tarkistusta' })).toHaveAttribute(
      'href',
      `${BASE}/services?state=SUBMITTED`,
    );
    expect(screen.getByRole('link', { name: '4 Pian vanhenevia' })).toHaveAttribute(
      'href',
      `${BASE}/services?freshness=DUE_FOR_CHECK`,
    );
    // Stale includes those hidden; the hidden ones are flagged with their own link.
    expect(screen.getByRole('link', { name: '3 Vanhentuneita' })).toHaveAttribute(
      'href',
      `${BASE}/services?freshness=STALE%2CHIDDEN`,
    );
    expect(screen.getByRole('link', { name: 'joista 2 piilotettu yleisöltä' })).toHaveAttribute(
      'href',
      `${BASE}/services?freshness=HIDDEN`,
    );
    expect(screen.getByRole('link', { name: '1 Valtakunnallisia tai etänä' })).toHaveAttribute(
      'href',
      `${BASE}/services?state=PUBLISHED&reach=wide`,
    );
    expect(screen.getByRole('link', { name: '6 Aktiivisia jäseniä' })).toHaveAttribute(
      'href',
      `${BASE}/members`,
    );
  });
});
