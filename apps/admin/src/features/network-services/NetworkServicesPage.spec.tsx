import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { showTableCellsInJsdom } from '../../../test/datatable';
import { NetworkServicesPage } from './NetworkServicesPage';

function service(id: string, name: string, extra: Record<string, unknown> = {}) {
  return {
    node: {
      id,
      status: 'PUBLISHED',
      freshness: 'FRESH',
      updatedAt: '2026-11-01T10:00:00Z',
      createdAt: '2025-01-01T10:00:00Z',
      name: { fi: name, sv: null, en: null },
      responsibleOrganization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
      workingRevision: null,
      ...extra,
    },
  };
}

const page = {
  network: {
    id: 'net-liitto',
    allServices: {
      totalCount: 41,
      pageInfo: { hasNextPage: true, endCursor: 'cursor-2' },
      edges: [
        service('s-1', 'Ensikoti'),
        service('s-2', 'Vauvaperheiden tuki', {
          freshness: 'HIDDEN',
          workingRevision: { id: 'r-2', state: 'SUBMITTED' },
        }),
      ],
    },
  },
};

function setup() {
  return mockClient((op) => {
    const name = operationName(op);
    if (name === 'NetworkServices') return fromValue({ data: page });
    if (name === 'NetworkServiceFilterOptions')
      return fromValue({
        data: {
          network: { id: 'net-liitto', members: { edges: [] } },
          wellbeingAreas: { edges: [] },
        },
      });
    return never;
  });
}

beforeAll(showTableCellsInJsdom);

describe('the network’s services', () => {
  it('shows the server’s page, flags a hidden service and asks the server to sort and page', async () => {
    const { client, executeQuery } = setup();
    renderWithProviders(<NetworkServicesPage />, client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/services?freshness=HIDDEN,STALE&area=07&reach=wide',
      route: '/n/:networkSlug/services',
    });
    const table = await screen.findByRole('table', { name: 'Verkoston palvelut' });
    expect(screen.getAllByLabelText('Valtakunnallisuus')[0]).toHaveValue(
      'Valtakunnallinen tai etänä',
    );
    expect(within(table).getByRole('link', { name: 'Vauvaperheiden tuki' })).toHaveAttribute(
      'href',
      '/n/ensi-ja-turvakotien-liitto/services/s-2/history',
    );
    expect(within(table).getByText('Piilotettu yleisöltä')).toBeInTheDocument();
    expect(
      within(table).getByRole('link', { name: /Odottaa tarkistusta – Tarkista/ }),
    ).toHaveAttribute('href', '/n/ensi-ja-turvakotien-liitto/review/s-2');
    // The URL's filters reach the API.
    const first = operationsOf(executeQuery).find((op) => op.name === 'NetworkServices');
    expect(first?.variables).toMatchObject({
      orderBy: 'NAME_ASC',
      after: null,
      filter: {
        freshness: ['HIDDEN', 'STALE'],
        wellbeingAreaCode: '07',
        nationwideOrRemote: true,
        states: null,
      },
    });

    // Sorting is the server's: a click on a column header asks for another order from page 1.
    fireEvent.click(within(table).getByText('Muutettu'));
    await waitFor(() => {
      expect(
        operationsOf(executeQuery).some(
          (op) =>
            op.name === 'NetworkServices' &&
            op.variables.orderBy === 'UPDATED_AT_ASC' &&
            op.variables.after === null,
        ),
      ).toBe(true);
    });

    // The next page continues from the server's cursor.
    fireEvent.click(screen.getByRole('button', { name: 'Seuraava sivu' }));
    await waitFor(() => {
      expect(
        operationsOf(executeQuery).some(
          (op) => op.name === 'NetworkServices' && op.variables.after === 'cursor-2',
        ),
      ).toBe(true);
    });
  });
});
