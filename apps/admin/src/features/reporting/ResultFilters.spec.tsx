import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { ResultsPage } from './ResultsPage';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const goal = { id: 'goal-1', position: 0, title: text('Lapset saavat tukea', 'Barn', 'Children') };
const indicator = (id: string, source: string, name: string) => ({
  id,
  organizationId: null,
  goalId: 'goal-1',
  aggregation: 'SUM',
  source,
  computedKind: source === 'COMPUTED' ? 'EVENTS_HELD' : null,
  name: text(name, name, name),
  unit: text('kpl', 'st', 'pcs'),
});
const reported = indicator('ind-1', 'REPORTED', 'Tavoitetut lapset');
const events = indicator('ind-2', 'COMPUTED', 'Tapahtumat');
const options = {
  network: {
    id: 'net-liitto',
    members: {
      edges: [
        {
          node: { id: 'm-1', organization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti' } },
        },
        {
          node: { id: 'm-2', organization: { id: 'org-turku', name: 'Turun ensi- ja turvakoti' } },
        },
      ],
    },
  },
  services: {
    edges: [{ node: { id: 'svc-1', name: text('Turvakoti', 'Skyddshem', 'Shelter') } }],
  },
  resultFunders: {
    edges: [
      { node: { type: 'GRANT', funderName: 'STEA' } },
      { node: { type: 'STATE_COMPENSATION', funderName: 'THL' } },
    ],
  },
  wellbeingAreas: {
    edges: [
      { node: { code: '07', name: text('Päijät-Häme', 'Päijänne-Tavastland', 'Päijät-Häme') } },
    ],
  },
};

function mock() {
  return mockClient((op) => {
    const name = operationName(op);
    if (name === 'ReportingSetup') {
      return fromValue({
        data: {
          networkGoals: { totalCount: 1, edges: [{ node: goal }] },
          indicators: { totalCount: 2, edges: [{ node: reported }, { node: events }] },
        },
      });
    }
    if (name === 'ResultFilterOptions') return fromValue({ data: options });
    if (name === 'IndicatorResults') {
      const area = Boolean(
        (op.variables.filter as { wellbeingAreaCode?: string } | undefined)?.wellbeingAreaCode,
      );
      const node = (ind: typeof reported, value: number, applies: boolean) => ({
        value: applies ? value : null,
        target: null,
        filterApplies: applies,
        periodStart: '2025-01-01',
        periodEnd: '2026-01-01',
        indicator: ind,
      });
      return fromValue({
        data: {
          indicatorResults: {
            totalCount: 2,
            edges: [{ node: node(reported, 40, !area) }, { node: node(events, 3, true) }],
          },
        },
      });
    }
    if (name === 'IndicatorTrend') {
      return fromValue({ data: { indicatorTrend: { totalCount: 0, edges: [] } } });
    }
    return never;
  });
}

type ResultsVariables = { organizationId?: unknown; filter?: unknown } | undefined;
const lastResults = (executeQuery: jest.Mock): ResultsVariables =>
  operationsOf(executeQuery)
    .filter((call) => call.name === 'IndicatorResults')
    .map((call) => call.variables as ResultsVariables)
    .at(-1);

describe('the results page’s filters', () => {
  it('reads the filters from the address, sends them, and says where a filter does not apply', async () => {
    const client = mock();
    renderWithProviders(<ResultsPage />, client.client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/results?org=org-lahti&service=svc-1&area=07',
      route: '/n/:networkSlug/results',
    });
    const table = await screen.findByRole('table', {
      name: 'Lapset saavat tukea: toteuma ja tavoite (taulukko)',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Tavoitetut lapset\s*Rajaus ei koske tätä mittaria/);
    expect(rows[2]).toHaveTextContent(/Tapahtumat\s*3 kpl/);
    expect(lastResults(client.executeQuery)).toMatchObject({
      organizationId: 'org-lahti',
      filter: { serviceId: 'svc-1', wellbeingAreaCode: '07' },
    });
    // Each control has its visible label as its name; the chosen values are shown by name.
    const filters = screen.getByRole('region', { name: 'Rajaukset' });
    await waitFor(() => {
      expect(within(filters).getByRole('combobox', { name: 'Järjestö' })).toHaveValue(
        'Lahden ensi- ja turvakoti',
      );
    });
    expect(within(filters).getByRole('combobox', { name: 'Palvelu' })).toHaveValue('Turvakoti');
    expect(within(filters).getByRole('combobox', { name: 'Hyvinvointialue' })).toHaveValue(
      'Päijät-Häme',
    );
    // The downloads carry the same filters, under the API filter's own names.
    expect(screen.getByText('Ladattavat raportit noudattavat valittuja rajauksia.')).toBeVisible();
    const xlsx = new URL(
      screen.getByRole('link', { name: 'Excel (XLSX, rahoittajittain)' }).getAttribute('href')!,
      'http://admin',
    );
    expect(Object.fromEntries(xlsx.searchParams)).toMatchObject({
      format: 'xlsx',
      organization: 'org-lahti',
      serviceId: 'svc-1',
      wellbeingAreaCode: '07',
    });
  });

  it('sends a chosen funder as its type and name, and clears every filter', async () => {
    const client = mock();
    renderWithProviders(<ResultsPage />, client.client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/results',
      route: '/n/:networkSlug/results',
    });
    await screen.findByRole('table', { name: /toteuma ja tavoite \(taulukko\)/ });
    expect(lastResults(client.executeQuery)?.filter).toBeUndefined();
    const funder = screen.getByRole('combobox', { name: 'Rahoittaja' });
    fireEvent.click(funder);
    fireEvent.click(
      await screen.findByRole('option', { name: 'THL (Valtionkorvaus)', hidden: true }),
    );
    await waitFor(() => {
      expect(lastResults(client.executeQuery)?.filter).toEqual({
        fundingType: 'STATE_COMPENSATION',
        funderName: 'THL',
      });
    });
    const pdf = screen.getByRole('link', { name: 'Vuosiraportti (PDF)' }).getAttribute('href')!;
    expect(new URL(pdf, 'http://admin').searchParams.get('funderName')).toBe('THL');
    expect(new URL(pdf, 'http://admin').searchParams.get('fundingType')).toBe('STATE_COMPENSATION');
    fireEvent.click(screen.getByRole('button', { name: 'Poista rajaukset' }));
    await waitFor(() => {
      expect(lastResults(client.executeQuery)?.filter).toBeUndefined();
    });
  });
});
