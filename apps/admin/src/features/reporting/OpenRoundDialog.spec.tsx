import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { OpenRoundDialog } from './OpenRoundDialog';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const text = (fi: string) => ({ fi, sv: null, en: null });
const indicator = (id: string, name: string, organizationId: string | null) => ({
  id,
  organizationId,
  goalId: null,
  aggregation: 'SUM',
  source: 'REPORTED',
  computedKind: null,
  name: text(name),
  unit: text('kpl'),
});
const setup = {
  networkGoals: { totalCount: 0, edges: [] },
  indicators: {
    totalCount: 3,
    edges: [
      { node: indicator('ind-clients', 'Tavoitetut asiakkaat', null) },
      { node: indicator('ind-groups', 'Ryhmätapaamiset', null) },
      { node: indicator('ind-own', 'Chat-tunnit', 'org-lahti') },
    ],
  },
};
const member = (id: string, name: string) => ({
  node: {
    id: `m-${id}`,
    role: 'MEMBER',
    status: 'ACTIVE',
    since: '2020-01-01',
    statusReason: null,
    statusSince: null,
    organization: { id, name, businessId: null },
  },
});
const members = {
  network: {
    id: 'net-1',
    members: {
      totalCount: 2,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [
        member('org-lahti', 'Lahden ensi- ja turvakoti ry'),
        member('org-turku', 'Turun ETK'),
      ],
    },
  },
};

async function pick(label: string, option: string) {
  const select = screen.getByRole('combobox', { name: new RegExp(`^${label}`) });
  fireEvent.click(select);
  await waitFor(() => {
    expect(select).toHaveAttribute('aria-controls');
  });
  const listbox = document.getElementById(select.getAttribute('aria-controls') ?? '');
  if (!listbox) throw new Error('no listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

describe('OpenRoundDialog', () => {
  it('sends the common list and an organisation’s own list with its own indicator', async () => {
    const client = mockClient(
      (op) => {
        const name = operationName(op);
        if (name === 'ReportingSetup') return fromValue({ data: setup });
        if (name === 'NetworkMembers') return fromValue({ data: members });
        return never;
      },
      () => fromValue({ data: { openReportingRound: { id: 'round-9' } } }),
    );
    const onOpened = jest.fn();
    renderWithProviders(
      <OpenRoundDialog slug="liitto" onClose={jest.fn()} onOpened={onOpened} />,
      client.client,
      { tenant: networkTenant },
    );
    const common = await screen.findByRole('group', { name: /Ilmoitettavat mittarit/ });
    // Only the network's indicators in the common list.
    expect(
      within(common)
        .getAllByRole('checkbox')
        .map((box) => box.getAttribute('value')),
    ).toEqual(['ind-clients', 'ind-groups']);
    fireEvent.click(within(common).getByRole('checkbox', { name: 'Tavoitetut asiakkaat' }));

    fireEvent.click(screen.getByRole('button', { name: 'Lisää järjestökohtainen lista' }));
    await pick('Järjestö', 'Lahden ensi- ja turvakoti ry');
    const own = await screen.findByRole('group', { name: 'Lahden ensi- ja turvakoti ry' });
    fireEvent.click(within(own).getByRole('checkbox', { name: 'Ryhmätapaamiset' }));
    fireEvent.click(within(own).getByRole('checkbox', { name: 'Chat-tunnit (järjestön oma)' }));

    fireEvent.click(screen.getByRole('button', { name: 'Avaa kierros' }));
    await waitFor(() => {
      expect(onOpened).toHaveBeenCalledWith('round-9');
    });
    expect(operationsOf(client.executeMutation)).toHaveLength(1);
    const sent = operationsOf(client.executeMutation)[0]!;
    expect(sent.name).toBe('OpenReportingRound');
    expect(sent.variables.input).toMatchObject({
      networkSlug: 'liitto',
      indicatorIds: ['ind-clients'],
      organizations: [{ organizationId: 'org-lahti', indicatorIds: ['ind-groups', 'ind-own'] }],
    });
  });

  it('lands an API error about an organisation on its select', async () => {
    const client = mockClient(
      (op) => {
        const name = operationName(op);
        if (name === 'ReportingSetup') return fromValue({ data: setup });
        if (name === 'NetworkMembers') return fromValue({ data: members });
        return never;
      },
      () =>
        fromValue({
          error: {
            graphQLErrors: [
              {
                message:
                  'input.organizations.0.organizationId: not an active member of the network.',
                extensions: {
                  code: 'BAD_USER_INPUT',
                  field: 'input.organizations.0.organizationId',
                },
              },
            ],
          },
        }),
    );
    renderWithProviders(
      <OpenRoundDialog slug="liitto" onClose={jest.fn()} onOpened={jest.fn()} />,
      client.client,
      { tenant: networkTenant },
    );
    const common = await screen.findByRole('group', { name: /Ilmoitettavat mittarit/ });
    fireEvent.click(within(common).getByRole('checkbox', { name: 'Tavoitetut asiakkaat' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lisää järjestökohtainen lista' }));
    fireEvent.click(screen.getByRole('button', { name: 'Avaa kierros' }));
    expect(await screen.findByText(/not an active member of the network/)).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /^Järjestö/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });
});
