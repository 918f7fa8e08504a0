import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  type Answer,
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  organizationTenant,
  renderWithProviders,
} from '../../../test/render';
import { FigureEntryPage } from './FigureEntryPage';
import { ResultsPage } from './ResultsPage';
import { RoundPage } from './RoundPage';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });
const goal = { id: 'goal-1', position: 0, title: text('Lapset saavat tukea', 'Barn', 'Children') };
const clients = {
  id: 'ind-1',
  organizationId: null,
  goalId: 'goal-1',
  aggregation: 'SUM',
  source: 'REPORTED',
  computedKind: null,
  name: text('Tavoitetut lapset', 'Nådda barn', 'Children reached'),
  unit: text('lasta', 'barn', 'children'),
};
const setup = {
  networkGoals: { totalCount: 1, edges: [{ node: goal }] },
  indicators: { totalCount: 1, edges: [{ node: clients }] },
};
const results = {
  indicatorResults: {
    totalCount: 1,
    edges: [
      {
        node: {
          value: 240,
          target: 300,
          periodStart: '2025-01-01',
          periodEnd: '2026-01-01',
          filterApplies: true,
          indicator: clients,
        },
      },
    ],
  },
};
const point = (year: number, value: number | null, target: number | null) => ({
  periodStart: `${year}-01-01`,
  periodEnd: `${year + 1}-01-01`,
  value,
  target,
});
const trend = {
  indicatorTrend: {
    totalCount: 1,
    edges: [
      {
        node: {
          indicator: { id: 'ind-1', name: clients.name, unit: clients.unit },
          filterApplies: true,
          points: [
            point(2022, null, 250),
            point(2023, 180, 250),
            point(2024, 210, 280),
            point(2025, 240, 300),
          ],
        },
      },
    ],
  },
};
const round = {
  id: 'round-1',
  periodKind: 'YEAR',
  periodStart: '2026-01-01',
  periodEnd: '2027-01-01',
  dueOn: '2027-01-31',
  status: 'OPEN',
  lockedAt: null,
};
const report = (status: string, roundStatus = 'OPEN') => ({
  id: 'report-1',
  roundId: 'round-1',
  organizationId: 'org-lahti',
  organizationName: 'Lahden ensi- ja turvakoti ry',
  status,
  submittedAt: status === 'SUBMITTED' ? '2026-12-01T10:00:00.000Z' : null,
  correctionReason: null,
  indicatorIds: ['ind-1'],
  networkSlug: 'ensi-ja-turvakotien-liitto',
  round: { ...round, status: roundStatus },
});
const services = {
  services: {
    totalCount: 2,
    edges: [
      { node: { id: 'svc-1', name: text('Turvakoti', 'Skyddshem', 'Shelter') } },
      { node: { id: 'svc-2', name: text('Perhetupa', 'Familjestuga', 'Family room') } },
    ],
  },
};

function mock(reportStatus: string, answerMutation: Answer = () => never) {
  return mockClient((op) => {
    const name = operationName(op);
    if (name === 'ReportingSetup') return fromValue({ data: setup });
    if (name === 'IndicatorResults') return fromValue({ data: results });
    if (name === 'IndicatorTrend') return fromValue({ data: trend });
    if (name === 'ReportServices') return fromValue({ data: services });
    if (name === 'OrganizationReports') {
      return fromValue({
        data: {
          organizationReports: {
            totalCount: 1,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [{ node: report(reportStatus) }],
          },
        },
      });
    }
    if (name === 'ReportedFigures') {
      return fromValue({
        data: {
          reportedFigures: {
            totalCount: 1,
            edges: [
              {
                node: {
                  id: 'fig-1',
                  indicatorId: 'ind-1',
                  serviceId: 'svc-1',
                  value: 12,
                  note: null,
                },
              },
            ],
          },
        },
      });
    }
    return never;
  }, answerMutation);
}

describe('reporting', () => {
  it('shows each goal’s indicators against targets in a table beside a hidden chart, and the downloads', async () => {
    const client = mock('SUBMITTED');
    renderWithProviders(<ResultsPage />, client.client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/results',
      route: '/n/:networkSlug/results',
    });
    const table = await screen.findByRole('table', {
      name: 'Lapset saavat tukea: toteuma ja tavoite (taulukko)',
    });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent(/Tavoitetut lapset\s*240\s*lasta\s*300\s*80 %/);
    expect(screen.getByTestId('results-chart')).toHaveAttribute('aria-hidden', 'true');
    const year = new Date().getFullYear() - 1;
    expect(screen.getByRole('link', { name: 'Excel (XLSX, rahoittajittain)' })).toHaveAttribute(
      'href',
      `/files/reporting?network=ensi-ja-turvakotien-liitto&format=xlsx&kind=YEAR&year=${year}&lang=fi`,
    );
    // The trend: a hidden line chart with the same figures in a table beside it.
    const trendTable = await screen.findByRole('table', {
      name: 'Tavoitetut lapset: toteuma ja tavoite kausittain (taulukko)',
    });
    const trendRows = within(trendTable).getAllByRole('row');
    expect(trendRows).toHaveLength(5);
    expect(trendRows[1]).toHaveTextContent(/2022\s*–\s*250\s*–/);
    expect(trendRows[4]).toHaveTextContent(/2025\s*240 lasta\s*300\s*80 %/);
    expect(screen.getByTestId('trend-chart')).toHaveAttribute('aria-hidden', 'true');
    expect(
      operationsOf(client.executeQuery).find((call) => call.name === 'IndicatorTrend')?.variables,
    ).toEqual({
      slug: 'ensi-ja-turvakotien-liitto',
      organizationId: undefined,
      until: { kind: 'YEAR', year, index: null },
      periods: 4,
    });
    expect(screen.getByRole('link', { name: 'Vuosiraportti (PDF)' })).toHaveAttribute(
      'href',
      expect.stringContaining('format=pdf') as string,
    );
  });

  it('lets an organisation admin enter counts, refuses a bad one at its field, saves and submits', async () => {
    const client = mock('DRAFT', () =>
      fromValue({
        data: {
          saveReportedFigures: report('DRAFT'),
          submitOrganizationReport: report('SUBMITTED'),
        },
      }),
    );
    renderWithProviders(<FigureEntryPage />, client.client, {
      tenant: { ...organizationTenant, roles: ['ORG_ADMIN'] },
      path: '/o/org-lahti/reports/report-1',
      route: '/o/:organizationId/reports/:reportId',
    });
    const shelter = await screen.findByRole('textbox', {
      name: 'Tavoitetut lapset: Turvakoti',
    });
    expect(shelter).toHaveValue('12');
    const room = screen.getByRole('textbox', { name: 'Tavoitetut lapset: Perhetupa' });
    fireEvent.change(room, { target: { value: '-3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Lukumäärä on 0 tai suurempi luku.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Tarkista merkityt kentät.');
    expect(client.executeMutation).not.toHaveBeenCalled();

    fireEvent.change(room, { target: { value: '40' } });
    fireEvent.change(
      screen.getByRole('textbox', { name: 'Huomio: Tavoitetut lapset, Perhetupa' }),
      {
        target: { value: 'Kävijät' },
      },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä raportti' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Raportti lähetettiin.');
    });
    const calls = operationsOf(client.executeMutation);
    expect(calls.map((call) => call.name)).toEqual([
      'SaveReportedFigures',
      'SubmitOrganizationReport',
    ]);
    expect(calls[0]?.variables).toEqual({
      input: {
        reportId: 'report-1',
        figures: [
          { indicatorId: 'ind-1', serviceId: 'svc-1', value: 12, note: null },
          { indicatorId: 'ind-1', serviceId: 'svc-2', value: 40, note: 'Kävijät' },
        ],
      },
    });
  });

  it('lands an API field error on its cell', async () => {
    const client = mock('DRAFT', () =>
      fromValue({
        error: {
          graphQLErrors: [
            {
              message: 'input.figures.0.value: a count.',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.figures.0.value' },
            },
          ],
        },
      }),
    );
    renderWithProviders(<FigureEntryPage />, client.client, {
      tenant: { ...organizationTenant, roles: ['ORG_ADMIN'] },
      path: '/o/org-lahti/reports/report-1',
      route: '/o/:organizationId/reports/:reportId',
    });
    await screen.findByRole('textbox', { name: 'Tavoitetut lapset: Turvakoti' });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => {
      expect(screen.getByRole('textbox', { name: 'Tavoitetut lapset: Turvakoti' })).toHaveAttribute(
        'aria-invalid',
        'true',
      );
    });
  });

  it('shows who has reported and locks the round after confirmation', async () => {
    const client = mock('SUBMITTED', () =>
      fromValue({
        data: { lockReportingRound: { id: 'round-1', status: 'LOCKED', lockedAt: null } },
      }),
    );
    renderWithProviders(<RoundPage />, client.client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/rounds/round-1',
      route: '/n/:networkSlug/rounds/:roundId',
    });
    expect(
      await screen.findByText(/1 \/ 1 järjestöä on lähettänyt raporttinsa/),
    ).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Järjestöjen raportit' });
    expect(
      within(table).getByRole('row', { name: /Lahden ensi- ja turvakoti ry/ }),
    ).toHaveTextContent('Lähetetty');
    fireEvent.click(screen.getByRole('button', { name: 'Lukitse kierros' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Lukitse kierros' }));
    await waitFor(() => {
      expect(operationsOf(client.executeMutation)).toEqual([
        { name: 'LockReportingRound', variables: { roundId: 'round-1' } },
      ]);
    });
  });
});
