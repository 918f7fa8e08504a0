import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import { showTableCellsInJsdom } from '../../../test/datatable';
import { directory, editorMe, organizationTenantData } from '../../../test/fixtures';
import {
  mockClient,
  operationName,
  operationsOf,
  organizationTenant,
  renderApp,
  renderWithProviders,
} from '../../../test/render';
import { ReferralPage } from './ReferralPage';
import { ReferralsPage } from './ReferralsPage';

beforeAll(showTableCellsInJsdom);
// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const SERVICE_ID = '22222222-2222-4222-8222-222222222222';
const REFERRAL_ID = '33333333-3333-4333-8333-333333333333';

const serviceNames = {
  organization: {
    id: 'org-lahti',
    services: {
      edges: [
        {
          node: {
            id: SERVICE_ID,
            name: { fi: 'Lahden turvakoti', sv: null, en: null },
            referralSettings: {
              serviceId: SERVICE_ID,
              reasons: [{ key: 'violence', label: { fi: 'Väkivalta', sv: null, en: null } }],
            },
          },
        },
      ],
    },
  },
};

const facts = (status: string, extra: Record<string, unknown> = {}) => ({
  id: REFERRAL_ID,
  organizationId: 'org-lahti',
  serviceId: SERVICE_ID,
  kind: 'REFERRAL',
  urgency: 'URGENT',
  status,
  reasonKey: 'violence',
  contactMethod: 'PHONE',
  contactWindow: 'MORNING',
  municipalityCode: '398',
  municipality: { code: '398', name: { fi: 'Lahti', sv: 'Lahtis', en: null } },
  hasConsent: true,
  createdAt: '2026-12-01T10:00:00Z',
  openedAt: status === 'NEW' ? null : '2026-12-01T11:00:00Z',
  decidedAt: null,
  declineReason: null,
  firstContactAt: null,
  closedAt: status === 'CLOSED' ? '2026-12-03T11:00:00Z' : null,
  erasedAt: null,
  ...extra,
});

const details = {
  referral: {
    id: REFERRAL_ID,
    details: {
      clientName: 'Asiakas Esimerkki',
      clientPhone: '040 123 4567',
      clientEmail: null,
      message: 'Soittakaa aamulla.',
      referrerName: 'Sari Sosiaalityöntekijä',
      referrerEmail: 'sari@lahti.fi',
      notes: {
        totalCount: 1,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          {
            node: {
              id: 'n1',
              text: 'Soitettu, ei vastannut.',
              authorName: 'Tiina',
              createdAt: '2026-12-01T12:00:00Z',
            },
          },
        ],
      },
    },
  },
};

const readLog = {
  referralReadLog: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [{ node: { id: 'r1', actorLabel: 'Tiina T.', readAt: '2026-12-01T12:00:00Z' } }],
  },
};

function renderReferral(status: string, roles: ('ORG_ADMIN' | 'ORG_EDITOR')[] = ['ORG_EDITOR']) {
  const mock = mockClient(
    (op) => {
      const name = operationName(op);
      if (name === 'Referral') return fromValue({ data: { referral: facts(status) } });
      if (name === 'ReferralServiceNames') return fromValue({ data: serviceNames });
      if (name === 'ReferralDetails') return fromValue({ data: details });
      if (name === 'ReferralReadLog') return fromValue({ data: readLog });
      return never;
    },
    (op) => {
      const name = operationName(op);
      if (name === 'DeclineReferral')
        return fromValue({
          data: {
            declineReferral: facts('DECLINED', {
              declineReason: 'NO_CAPACITY',
              decidedAt: '2026-12-02T10:00:00Z',
            }),
          },
        });
      if (name === 'OpenReferral') return fromValue({ data: { openReferral: facts('OPENED') } });
      if (name === 'AddReferralNote')
        return fromValue({
          data: {
            addReferralNote: {
              id: 'n2',
              text: 'Sovittu tapaaminen.',
              authorName: 'Tiina',
              createdAt: '2026-12-02T12:00:00Z',
            },
          },
        });
      return never;
    },
  );
  renderWithProviders(<ReferralPage />, mock.client, {
    tenant: { ...organizationTenant, roles },
    path: `/o/org-lahti/referrals/${REFERRAL_ID}`,
    route: '/o/:organizationId/referrals/:referralId',
  });
  return mock;
}

const queried = (mock: { executeQuery: jest.Mock }, name: string) =>
  operationsOf(mock.executeQuery).some((op) => op.name === name);

describe('the referral inbox', () => {
  it('lists referrals without personal data, links each, and filters by status', async () => {
    const mock = mockClient((op) => {
      const name = operationName(op);
      if (name === 'ReferralServiceNames') return fromValue({ data: serviceNames });
      if (name === 'OrganizationReferrals')
        return fromValue({
          data: {
            organizationReferrals: {
              totalCount: 1,
              pageInfo: { hasNextPage: false, endCursor: null },
              edges: [
                {
                  node: {
                    id: REFERRAL_ID,
                    serviceId: SERVICE_ID,
                    kind: 'CONTACT_REQUEST',
                    urgency: 'SOON',
                    status: 'NEW',
                    createdAt: '2026-12-01T10:00:00Z',
                  },
                },
              ],
            },
          },
        });
      return never;
    });
    renderWithProviders(<ReferralsPage />, mock.client, {
      tenant: organizationTenant,
      path: '/o/org-lahti/referrals',
      route: '/o/:organizationId/referrals',
    });
    const link = await screen.findByRole('link', { name: /Avaa: Lahden turvakoti/ });
    expect(link).toHaveAttribute('href', `/o/org-lahti/referrals/${REFERRAL_ID}`);
    expect(screen.getByText('Yhteydenottopyyntö')).toBeInTheDocument();
    expect(screen.getByText('Pian')).toBeInTheDocument();
    expect(screen.getAllByText('Uusi').length).toBeGreaterThan(0);
    // The list never asks for the personal data.
    expect(queried(mock, 'ReferralDetails')).toBe(false);

    fireEvent.change(screen.getByLabelText('Tila'), { target: { value: 'ACCEPTED' } });
    await waitFor(() => {
      expect(
        operationsOf(mock.executeQuery).some(
          (op) => op.name === 'OrganizationReferrals' && op.variables.status === 'ACCEPTED',
        ),
      ).toBe(true);
    });
  });
});

describe('a referral', () => {
  it('reads the contact details only after the button, with the note that the read is logged', async () => {
    const mock = renderReferral('OPENED');
    await screen.findByText('Väkivalta');
    expect(screen.getByText('Lahden turvakoti')).toBeInTheDocument();
    // The client's municipality by name, with its code.
    expect(screen.getByText('Lahti (398)')).toBeInTheDocument();
    expect(screen.getByText(/Jokainen henkilötietojen luku kirjataan/)).toBeInTheDocument();
    expect(screen.queryByText('Asiakas Esimerkki')).not.toBeInTheDocument();
    expect(queried(mock, 'ReferralDetails')).toBe(false);
    // Editors do not see (or ask for) the read log.
    expect(queried(mock, 'ReferralReadLog')).toBe(false);

    fireEvent.click(screen.getByRole('button', { name: 'Näytä yhteystiedot' }));
    await screen.findByText('Asiakas Esimerkki');
    expect(screen.getByText('040 123 4567')).toBeInTheDocument();
    expect(screen.getByText('Soitettu, ei vastannut.')).toBeInTheDocument();
    expect(queried(mock, 'ReferralDetails')).toBe(true);

    fireEvent.change(screen.getByLabelText('Muistiinpano'), {
      target: { value: 'Sovittu tapaaminen.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää muistiinpano' }));
    await screen.findByText('Sovittu tapaaminen.');
    expect(screen.getByRole('status')).toHaveTextContent('Muistiinpano lisätty.');
    expect(operationsOf(mock.executeMutation)).toEqual([
      {
        name: 'AddReferralNote',
        variables: { referralId: REFERRAL_ID, text: 'Sovittu tapaaminen.' },
      },
    ]);
  });

  it('offers only opening to a NEW referral', async () => {
    const mock = renderReferral('NEW');
    const open = await screen.findByRole('button', { name: 'Merkitse avatuksi' });
    expect(screen.queryByRole('button', { name: 'Hyväksy' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hylkää' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sulje' })).not.toBeInTheDocument();
    fireEvent.click(open);
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Tallennettu.');
    });
    expect(operationsOf(mock.executeMutation)).toEqual([
      { name: 'OpenReferral', variables: { id: REFERRAL_ID } },
    ]);
  });

  it('accepts or declines an OPENED referral, declining with a reason from the list', async () => {
    const mock = renderReferral('OPENED');
    await screen.findByRole('button', { name: 'Hyväksy' });
    expect(screen.queryByRole('button', { name: 'Merkitse avatuksi' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sulje' })).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Kirjaa ensimmäinen yhteydenotto' }),
    ).toBeInTheDocument();
    const decline = screen.getByRole('button', { name: 'Hylkää' });
    expect(decline).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Hylkäyksen syy'), {
      target: { value: 'NO_CAPACITY' },
    });
    expect(decline).toBeEnabled();
    fireEvent.click(decline);
    await waitFor(() => {
      expect(operationsOf(mock.executeMutation)).toEqual([
        { name: 'DeclineReferral', variables: { id: REFERRAL_ID, reason: 'NO_CAPACITY' } },
      ]);
    });
  });

  it('offers closing and the first contact to an accepted referral', async () => {
    renderReferral('ACCEPTED');
    await screen.findByRole('button', { name: 'Sulje' });
    expect(
      screen.getByRole('button', { name: 'Kirjaa ensimmäinen yhteydenotto' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Hyväksy' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Merkitse avatuksi' })).not.toBeInTheDocument();
  });

  it('shows no actions for a CLOSED referral and the read log to an admin', async () => {
    const mock = renderReferral('CLOSED', ['ORG_ADMIN']);
    await screen.findByText('Suljettu lähete: ei toimintoja.');
    for (const name of ['Merkitse avatuksi', 'Hyväksy', 'Hylkää', 'Sulje'])
      expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Lukuloki' });
    expect(within(table).getByText('Tiina T.')).toBeInTheDocument();
    expect(queried(mock, 'ReferralDetails')).toBe(false);
  });
});

describe('the link in the notification mail', () => {
  it('opens /o/<organisation>/referrals/<id> in the organisation workspace, with the inbox in the navigation', async () => {
    const { client } = mockClient((op) => {
      const name = operationName(op);
      if (name === 'Me') return fromValue({ data: { __typename: 'Query', me: editorMe } });
      if (name === 'TenantDirectory') return fromValue({ data: directory });
      if (name === 'OrganizationTenant') return fromValue({ data: organizationTenantData });
      if (name === 'Referral') return fromValue({ data: { referral: facts('NEW') } });
      if (name === 'ReferralServiceNames') return fromValue({ data: serviceNames });
      return never;
    });
    renderApp(`/o/org-lahti/referrals/${REFERRAL_ID}`, client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Lähete' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Merkitse avatuksi' })).toBeInTheDocument();
    // The navigation entry and the breadcrumb both lead to the inbox.
    const links = screen.getAllByRole('link', { name: 'Lähetteet' });
    expect(links.length).toBe(2);
    for (const link of links) expect(link).toHaveAttribute('href', '/o/org-lahti/referrals');
  });
});
