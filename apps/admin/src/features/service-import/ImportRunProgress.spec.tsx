import { fireEvent, screen } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  operationName,
  organizationTenant,
  renderWithProviders,
} from '../../../test/render';
import { ServiceImportPage } from './ServiceImportPage';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const report = {
  committed: false,
  previewToken: 'token-9',
  format: 'CSV',
  contentLanguage: null,
  delimiter: ',',
  ignoredColumns: [],
  created: 229,
  updated: 0,
  unchanged: 0,
  errors: 1,
  rows: [
    {
      line: 2,
      externalId: 'iso-1',
      name: 'Iso tuonti 1',
      outcome: 'CREATED',
      serviceId: null,
      issues: [],
      warnings: [],
    },
  ],
};

const runAt = (status: string, done: number, extra: Record<string, unknown> = {}) => ({
  id: 'run-1',
  status,
  total: 230,
  done,
  created: 0,
  updated: 0,
  unchanged: 0,
  errors: 0,
  errorRows: [],
  failureReason: null,
  ...extra,
});

function renderWithRuns(runs: ReturnType<typeof runAt>[]) {
  const asked: number[] = [];
  const mock = mockClient(
    (op) => {
      if (operationName(op) === 'ServiceImportTemplate') {
        return fromValue({ data: { serviceImportTemplate: 'external_id,name_fi\r\n' } });
      }
      if (operationName(op) === 'ServiceImportRun') {
        asked.push(asked.length);
        const run = runs[Math.min(asked.length - 1, runs.length - 1)];
        return fromValue({ data: { serviceImportRun: run } });
      }
      return never;
    },
    (op) =>
      operationName(op) === 'PreviewServiceImport'
        ? fromValue({ data: { previewServiceImport: report } })
        : fromValue({
            data: {
              commitServiceImport: {
                ...report,
                run: { id: 'run-1', status: 'QUEUED', total: 230, done: 0 },
              },
            },
          }),
  );
  const view = renderWithProviders(<ServiceImportPage />, mock.client, {
    tenant: organizationTenant,
    path: '/o/org-lahti/services/import',
    route: '/o/:organizationId/services/import',
  });
  const input = view.container.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, {
    target: { files: [new File(['external_id,name_fi\n'], 'iso.csv', { type: 'text/csv' })] },
  });
  return { ...mock, asked };
}

describe('a large import running as a job', () => {
  it('follows the run with a progress bar until it is done, then shows the report', async () => {
    const { executeQuery } = renderWithRuns([
      runAt('RUNNING', 100),
      runAt('DONE', 230, {
        created: 229,
        errors: 1,
        errorRows: [
          {
            line: 7,
            externalId: 'iso-6',
            issues: [{ column: 'name_fi', code: 'REQUIRED', message: 'Pakollinen tieto puuttuu.' }],
          },
        ],
      }),
    ]);
    fireEvent.click(await screen.findByRole('button', { name: 'Tuo 229 palvelua luonnoksiksi' }));

    const bar = await screen.findByRole('progressbar', { name: 'Tuonnin eteneminen' });
    expect(await screen.findByText('Käsitelty 100 / 230 palvelua')).toBeInTheDocument();
    expect(bar).toHaveAttribute('aria-valuenow', '43');
    expect(screen.getByText('Käynnissä')).toBeInTheDocument();

    expect(
      await screen.findByText(
        /Tuonti valmis: uusia 229, muuttuneita 0, ennallaan 0, virheellisiä 1/,
        undefined,
        {
          timeout: 10_000,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    expect(screen.getByText('Valmis')).toBeInTheDocument();
    expect(screen.getByText('name_fi: Pakollinen tieto puuttuu.')).toBeInTheDocument();
    const runQueries = executeQuery.mock.calls.filter(
      ([op]) =>
        (op as { query: unknown }).query && operationName(op as never) === 'ServiceImportRun',
    );
    const variables = (runQueries[0]?.[0] as { variables: Record<string, unknown> }).variables;
    expect(variables).toEqual({ id: 'run-1', language: 'fi' });
  });

  it('says why a run stopped', async () => {
    renderWithRuns([runAt('FAILED', 50, { failureReason: 'database unavailable' })]);
    fireEvent.click(await screen.findByRole('button', { name: 'Tuo 229 palvelua luonnoksiksi' }));
    expect(
      await screen.findByText(/Tuonti keskeytyi\..*Syy: database unavailable/),
    ).toBeInTheDocument();
    expect(screen.getByText('Keskeytyi')).toBeInTheDocument();
  });
});
