import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import { showTableCellsInJsdom } from '../../../test/datatable';
import {
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { SupportContactsPage } from './SupportContactsPage';

beforeAll(showTableCellsInJsdom);
// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const label = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const topics = {
  supportTopics: {
    totalCount: 2,
    edges: [
      {
        node: {
          id: 'topic-1',
          slug: 'rekrytointi',
          position: 0,
          archivedAt: null,
          label: label('Rekrytointi', 'Rekrytering', 'Recruitment'),
        },
      },
      {
        node: {
          id: 'topic-2',
          slug: 'rahoitus',
          position: 1,
          archivedAt: null,
          label: label('Rahoitus', 'Finansiering', 'Funding'),
        },
      },
    ],
  },
};
const members = {
  network: {
    id: 'net-liitto',
    members: {
      edges: [
        {
          node: {
            id: 'm1',
            role: 'MEMBER',
            organization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
          },
        },
        {
          node: {
            id: 'm2',
            role: 'COORDINATOR',
            organization: { id: 'org-liitto', name: 'Liitto' },
          },
        },
      ],
    },
  },
};
const contacts = {
  supportContacts: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      {
        node: {
          id: 'contact-1',
          contactedOn: '2026-03-04',
          channel: 'PHONE',
          status: 'FOLLOW_UP',
          followUpOn: '2026-03-20',
          contactPerson: null,
          note: 'Hakuaika',
          organization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
          topics: [{ id: 'topic-2', label: label('Rahoitus', 'Finansiering', 'Funding') }],
        },
      },
    ],
  },
};
const trend = {
  supportContactTrend: {
    years: [2025, 2026],
    totals: [3, 5],
    topics: [
      {
        topic: { id: 'topic-1', label: label('Rekrytointi', 'Rekrytering', 'Recruitment') },
        counts: [1, 4],
      },
      {
        topic: { id: 'topic-2', label: label('Rahoitus', 'Finansiering', 'Funding') },
        counts: [2, 2],
      },
    ],
  },
};

function render(answerMutation = () => never) {
  const mock = mockClient((op) => {
    const name = operationName(op);
    if (name === 'SupportContacts') return fromValue({ data: contacts });
    if (name === 'SupportTopics') return fromValue({ data: topics });
    if (name === 'SupportMembers') return fromValue({ data: members });
    if (name === 'SupportContactTrend') return fromValue({ data: trend });
    return never;
  }, answerMutation);
  renderWithProviders(<SupportContactsPage />, mock.client, {
    tenant: networkTenant,
    path: '/n/ensi-ja-turvakotien-liitto/support-contacts',
    route: '/n/:networkSlug/support-contacts',
  });
  return mock;
}

async function choose(name: string, option: string, container: HTMLElement = document.body) {
  const select = within(container).getByRole('combobox', { name });
  fireEvent.click(select);
  await waitFor(() => {
    expect(select).toHaveAttribute('aria-controls');
  });
  const listbox = document.getElementById(select.getAttribute('aria-controls') ?? '');
  fireEvent.click(
    within(listbox as HTMLElement).getByRole('option', { name: option, hidden: true }),
  );
}

describe('support contacts', () => {
  it('lists the log and sends a filter to the API', async () => {
    const mock = render();
    const table = await screen.findByRole('table', { name: 'Yhteydenotot, uusin ensin' });
    const row = within(table).getByRole('row', { name: /Lahden ensi- ja turvakoti ry/ });
    expect(row).toHaveTextContent('Puhelin');
    expect(row).toHaveTextContent('Rahoitus');
    expect(row).toHaveTextContent('Seurannassa');

    await choose('Kanava', 'Sähköposti');
    await waitFor(() => {
      const calls = operationsOf(mock.executeQuery).filter((op) => op.name === 'SupportContacts');
      expect(calls.at(-1)?.variables.filter).toMatchObject({ channel: 'EMAIL' });
    });
  });

  it('logs a contact with the chosen organisation, topics and channel', async () => {
    const mock = render(() => fromValue({ data: { logSupportContact: { id: 'contact-2' } } }));
    fireEvent.click(await screen.findByRole('button', { name: 'Kirjaa yhteydenotto' }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => {
      expect(within(dialog).getByRole('combobox', { name: 'Järjestö' })).toBeInTheDocument();
    });
    await choose('Järjestö', 'Lahden ensi- ja turvakoti ry', dialog);
    fireEvent.change(within(dialog).getByLabelText(/^Päivä/), {
      target: { value: '2026-03-05' },
    });
    fireEvent.change(within(dialog).getByLabelText('Lyhyt muistiinpano', { exact: false }), {
      target: { value: 'Perehdytyksestä' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => {
      expect(mock.executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: {
            input: expect.objectContaining({
              networkId: 'net-liitto',
              organizationId: 'org-lahti',
              contactedOn: '2026-03-05',
              channel: 'PHONE',
              status: 'OPEN',
              note: 'Perehdytyksestä',
            }) as unknown,
          },
        }),
        expect.anything(),
      );
    });
  });

  it('shows the yearly trend by topic with its figures in a table beside the chart', async () => {
    render();
    fireEvent.click(await screen.findByRole('tab', { name: 'Trendi' }));
    const table = await screen.findByRole('table', {
      name: 'Yhteydenotot vuosittain aiheen mukaan (taulukko)',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'VuosiRekrytointiRahoitusYhteensä',
      '2025123',
      '2026425',
    ]);
    expect(screen.getByTestId('trend-chart')).toHaveAttribute('aria-hidden', 'true');
  });

  it('adds a topic in three languages', async () => {
    const mock = render(() => fromValue({ data: { createSupportTopic: { id: 'topic-3' } } }));
    fireEvent.click(await screen.findByRole('tab', { name: 'Aiheet' }));
    expect(await screen.findByRole('table', { name: 'Verkoston aiheet' })).toHaveTextContent(
      'Rekrytering',
    );
    fireEvent.change(screen.getByLabelText('Nimi suomeksi', { exact: false }), {
      target: { value: 'Käyttöönotto' },
    });
    fireEvent.change(screen.getByLabelText('Nimi englanniksi', { exact: false }), {
      target: { value: 'Deployment' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää aihe' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Aihe lisättiin.');
    });
    expect(mock.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: {
          input: {
            networkId: 'net-liitto',
            label: { fi: 'Käyttöönotto', sv: null, en: 'Deployment' },
          },
        },
      }),
      expect.anything(),
    );
  });
});
