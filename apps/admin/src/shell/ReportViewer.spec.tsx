import { screen, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import { coordinatorMe, networkTenantData } from '../../test/fixtures';
import { mockClient, operationName, renderApp } from '../../test/render';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const SLUG = 'ensi-ja-turvakotien-liitto';

/** A steering group member: the network's REPORT_VIEWER and nothing else. */
const viewerMe = {
  ...coordinatorMe,
  id: 'u-viewer',
  email: 'ohjausryhma@liitto.example',
  name: 'Olli Ohjausryhmä',
  roles: [{ ...coordinatorMe.roles[0], id: 'r3', role: 'REPORT_VIEWER' }],
};

function api(operation: { query: { definitions: readonly unknown[] } }) {
  switch (operationName(operation)) {
    case 'Me':
      return fromValue({ data: { __typename: 'Query', me: viewerMe } });
    case 'NetworkTenant':
      return fromValue({ data: networkTenantData });
    default:
      return never;
  }
}

beforeEach(() => {
  window.localStorage.clear();
});

describe('a REPORT_VIEWER in the admin', () => {
  it('opens the network’s results, with only the results pages in the navigation', async () => {
    const { client } = mockClient(api);
    renderApp('/', client);

    expect(await screen.findByRole('heading', { level: 1, name: 'Tulokset' })).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Päävalikko' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(links).toEqual([`/n/${SLUG}/results`, `/n/${SLUG}/feedback`]);
  });

  it('is sent to the results from any other page of the network', async () => {
    const { client } = mockClient(api);
    renderApp(`/n/${SLUG}/rounds`, client);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tulokset' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 1, name: 'Raportointikierrokset' })).toBeNull();
  });
});
