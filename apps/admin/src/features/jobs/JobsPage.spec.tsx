import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import { showTableCellsInJsdom } from '../../../test/datatable';
import {
  mockClient,
  networkTenant,
  operationName,
  renderWithProviders,
} from '../../../test/render';
import { JobsPage } from './JobsPage';

beforeAll(showTableCellsInJsdom);
// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const queues = {
  jobQueues: [
    {
      name: 'mail.deliver',
      created: 2,
      retry: 1,
      active: 0,
      completed: 40,
      failed: 1,
      schedule: null,
    },
    {
      name: 'mail.sweep',
      created: 0,
      retry: 0,
      active: 0,
      completed: 12,
      failed: 0,
      schedule: '* * * * *',
    },
  ],
  failedJobs: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      {
        node: {
          id: 'job-1',
          queue: 'mail.deliver',
          error: 'mail 1 not sent: SMTP EENVELOPE 550',
          attempts: 13,
          failedAt: '2026-12-04T10:00:00Z',
        },
      },
    ],
  },
};

describe('background jobs', () => {
  it('shows counts by state and failed jobs; retry sends the job id and says so', async () => {
    const mock = mockClient(
      (op) => (operationName(op) === 'JobQueues' ? fromValue({ data: queues }) : never),
      () => fromValue({ data: { retryJob: { id: 'job-1' } } }),
    );
    renderWithProviders(<JobsPage />, mock.client, {
      tenant: networkTenant,
      path: '/n/perhelinja/jobs',
      route: '/n/:networkSlug/jobs',
    });
    const table = await screen.findByRole('table', { name: 'Työjonot tiloittain' });
    const row = within(table).getByRole('row', { name: /mail\.deliver/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['2', '1', '0', '40', '1', '–']);
    expect(screen.getByText('mail 1 not sent: SMTP EENVELOPE 550')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: /^Yritä uudelleen: mail\.deliver/ }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Työ palautettiin jonoon.');
    });
    expect(mock.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { id: 'job-1' } }),
      expect.anything(),
    );
  });
});
