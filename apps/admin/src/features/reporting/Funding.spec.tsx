import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  type Answer,
  mockClient,
  operationName,
  operationsOf,
  organizationTenant,
  renderWithProviders,
} from '../../../test/render';
import { showTableCellsInJsdom } from '../../../test/datatable';
import { FundingPage } from './FundingPage';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const source = {
  id: 'fs-1',
  serviceId: 'svc-1',
  type: 'STATE_COMPENSATION',
  funderName: 'THL',
  amount: 801700,
  startsOn: '2025-01-01',
  endsOn: '2025-12-31',
  isPermanent: false,
};

function mock(answerMutation: Answer = () => never) {
  return mockClient((op) => {
    if (operationName(op) !== 'ServiceFunding') return never;
    return fromValue({
      data: {
        service: { id: 'svc-1', name: { fi: 'Turvakoti', sv: 'Skyddshem', en: 'Shelter' } },
        serviceFundingSources: {
          totalCount: 1,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [{ node: source }],
        },
      },
    });
  }, answerMutation);
}

const at = {
  path: '/o/org-lahti/services/svc-1/funding',
  route: '/o/:organizationId/services/:serviceId/funding',
};

describe('funding sources', () => {
  beforeAll(showTableCellsInJsdom);

  it('lists the service’s funding and changes one, the API’s field error on its field', async () => {
    let attempt = 0;
    const client = mock(() => {
      attempt += 1;
      if (attempt === 1) {
        return fromValue({
          error: {
            graphQLErrors: [
              {
                message: 'input.endsOn: not before startsOn.',
                extensions: { code: 'BAD_USER_INPUT', field: 'input.endsOn' },
              },
            ],
          },
        });
      }
      return fromValue({ data: { updateFundingSource: { ...source, isPermanent: true } } });
    });
    renderWithProviders(<FundingPage />, client.client, {
      tenant: { ...organizationTenant, roles: ['ORG_ADMIN'] },
      ...at,
    });
    const table = await screen.findByRole('table', { name: 'Palvelun rahoituslähteet' });
    const row = within(table).getByRole('row', { name: /THL/ });
    expect(row).toHaveTextContent('Valtionkorvaus');
    expect(row).toHaveTextContent(/801\s700,00\s€/);
    expect(row).toHaveTextContent('Määräaikainen');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Rahoitus: Turvakoti');

    fireEvent.click(screen.getByRole('button', { name: 'Muokkaa rahoituslähdettä THL' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('switch', { name: 'Pysyvä rahoitus' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => {
      expect(within(dialog).getByLabelText(/Päättyy/)).toHaveAttribute('aria-invalid', 'true');
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => {
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    });
    const calls = operationsOf(client.executeMutation);
    expect(calls.map((call) => call.name)).toEqual(['UpdateFundingSource', 'UpdateFundingSource']);
    expect(calls[1]?.variables).toEqual({
      input: {
        id: 'fs-1',
        type: 'STATE_COMPENSATION',
        funderName: 'THL',
        amount: 801700,
        startsOn: '2025-01-01',
        endsOn: '2025-12-31',
        isPermanent: true,
      },
    });
  });

  it('removes one after confirmation; an editor only reads', async () => {
    const client = mock(() => fromValue({ data: { removeFundingSource: { id: 'fs-1' } } }));
    const view = renderWithProviders(<FundingPage />, client.client, {
      tenant: { ...organizationTenant, roles: ['ORG_ADMIN'] },
      ...at,
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Poista rahoituslähde THL' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Poista' }));
    await waitFor(() => {
      expect(operationsOf(client.executeMutation)).toEqual([
        { name: 'RemoveFundingSource', variables: { id: 'fs-1' } },
      ]);
    });
    view.unmount();

    renderWithProviders(<FundingPage />, mock().client, {
      tenant: { ...organizationTenant, roles: ['ORG_EDITOR'] },
      ...at,
    });
    await screen.findByRole('table', { name: 'Palvelun rahoituslähteet' });
    expect(
      screen.getByText('Vain organisaation pääkäyttäjä voi muuttaa rahoitusta.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Muokkaa|Poista|Lisää/ })).not.toBeInTheDocument();
  });
});
