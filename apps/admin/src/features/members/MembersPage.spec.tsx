import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  renderWithProviders,
} from '../../../test/render';
import { showTableCellsInJsdom } from '../../../test/datatable';
import { businessIdProblem } from './businessId';
import { MembersPage } from './MembersPage';

const members = {
  network: {
    id: 'net-liitto',
    members: {
      totalCount: 2,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [
        {
          node: {
            id: 'm-lahti',
            role: 'MEMBER',
            status: 'ACTIVE',
            since: '2020-01-01',
            statusReason: null,
            statusSince: null,
            organization: {
              id: 'org-lahti',
              name: 'Lahden ensi- ja turvakoti ry',
              businessId: null,
            },
          },
        },
        {
          node: {
            id: 'm-liitto',
            role: 'COORDINATOR',
            status: 'ACTIVE',
            since: '2020-01-01',
            statusReason: null,
            statusSince: null,
            organization: {
              id: 'org-liitto',
              name: 'Ensi- ja turvakotien liitto',
              businessId: null,
            },
          },
        },
      ],
    },
  },
};

const freshness = {
  network: {
    id: 'net-liitto',
    freshnessReport: {
      edges: [
        { node: { organizationId: 'org-lahti', fresh: 4, dueForCheck: 1, stale: 2, hidden: 0 } },
      ],
    },
  },
};

function setup() {
  return mockClient(
    (op) => {
      const name = operationName(op);
      if (name === 'NetworkMembers') return fromValue({ data: members });
      if (name === 'MembersFreshness') return fromValue({ data: freshness });
      return never;
    },
    () =>
      fromValue({
        data: {
          suspendNetworkMembership: {
            id: 'm-lahti',
            status: 'SUSPENDED',
            statusReason: 'Toiminta tauolla',
            statusSince: '2026-11-30T05:00:00Z',
          },
        },
      }),
  );
}

beforeAll(showTableCellsInJsdom);

describe('members', () => {
  it('lists members with their freshness and suspends one only with a reason', async () => {
    const { client, executeMutation } = setup();
    renderWithProviders(<MembersPage />, client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/members',
      route: '/n/:networkSlug/members',
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Jäsenet' })).toBeInTheDocument();
    expect(await screen.findByText('Lahden ensi- ja turvakoti ry')).toBeInTheDocument();
    expect(
      screen.getByText(/4 ajan tasalla · 1 pian vanhenevaa · 2 vanhentunutta/),
    ).toBeInTheDocument();
    // The coordinating organisation cannot be suspended: only one actions menu.
    const menus = screen.getAllByRole('button', { name: /^Toiminnot:/ });
    expect(menus).toHaveLength(1);

    fireEvent.click(menus[0]!);
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Keskeytä jäsenyys' }));
    const dialog = await screen.findByRole('dialog', { name: 'Keskeytä jäsenyys' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keskeytä' }));
    expect(await within(dialog).findByText('Kirjoita syy.')).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByRole('textbox', { name: /Syy/ }), {
      target: { value: 'Toiminta tauolla' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keskeytä' }));
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { input: { id: 'm-lahti', reason: 'Toiminta tauolla' } },
        }),
        expect.anything(),
      );
    });
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
  });

  it('checks Finnish business IDs', () => {
    expect(businessIdProblem('')).toBeNull();
    expect(businessIdProblem('0201256-6')).toBeNull();
    expect(businessIdProblem('0201256-5')).toBe('checksum');
    expect(businessIdProblem('201256-6')).toBe('format');
  });
});
