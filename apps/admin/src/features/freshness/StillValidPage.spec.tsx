import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { fromValue, makeSubject, never } from 'wonka';
import { showTableCellsInJsdom } from '../../../test/datatable';
import {
  mockClient,
  operationName,
  organizationTenant,
  renderWithProviders,
} from '../../../test/render';
import { StillValidPage } from './StillValidPage';

beforeAll(showTableCellsInJsdom);
// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const text = (fi: string) => ({ fi, sv: null, en: null });
const due = {
  organization: {
    id: 'org-lahti',
    servicesDueForCheck: {
      totalCount: 2,
      pageInfo: { hasNextPage: false, endCursor: null },
      edges: [
        {
          node: {
            id: 'svc-1',
            name: text('Vauvaperhetyö'),
            freshness: 'STALE',
            verifiedAt: '2025-01-10T00:00:00Z',
            updatedAt: '2025-01-10T00:00:00Z',
          },
        },
        {
          node: {
            id: 'svc-2',
            name: text('Ensikoti'),
            freshness: 'DUE_FOR_CHECK',
            verifiedAt: '2025-06-10T00:00:00Z',
            updatedAt: '2025-06-10T00:00:00Z',
          },
        },
      ],
    },
  },
};

function render(answer: Parameters<typeof mockClient>[1]) {
  const mock = mockClient(
    (op) => (operationName(op) === 'ServicesDueForCheck' ? fromValue({ data: due }) : never),
    answer,
  );
  renderWithProviders(<StillValidPage />, mock.client, {
    tenant: organizationTenant,
    path: '/o/org-lahti/still-valid',
    route: '/o/:organizationId/still-valid',
  });
  return mock;
}

describe('still valid', () => {
  it('confirms a service in one click and takes it off the list before the API answers', async () => {
    const answer = makeSubject<unknown>();
    const { executeMutation } = render(() => answer.source);
    fireEvent.click(await screen.findByRole('button', { name: 'Yhä voimassa: Vauvaperhetyö' }));
    await waitFor(() => {
      expect(screen.queryByText('Vauvaperhetyö')).not.toBeInTheDocument();
    });
    expect(screen.getByText('Ensikoti')).toBeInTheDocument();
    expect(executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { id: 'svc-1' } }),
      expect.anything(),
    );
    answer.next({
      data: {
        confirmServiceStillValid: {
          id: 'svc-1',
          freshness: 'FRESH',
          verifiedAt: '2026-11-30T05:00:00Z',
          version: 5,
        },
      },
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Vauvaperhetyö vahvistettiin ajan tasalla olevaksi.',
    );
  });

  it('puts the service back when the confirmation fails', async () => {
    render(() =>
      fromValue({
        error: new CombinedError({
          graphQLErrors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }],
        }),
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Yhä voimassa: Ensikoti' }));
    await waitFor(() => {
      expect(
        screen.getByText('Palvelun Ensikoti vahvistus ei onnistunut. Forbidden'),
      ).toBeInTheDocument();
    });
    expect(screen.getByRole('button', { name: 'Yhä voimassa: Ensikoti' })).toBeInTheDocument();
  });
});
