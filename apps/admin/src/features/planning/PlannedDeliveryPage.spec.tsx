import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  renderWithProviders,
} from '../../../test/render';
import { PlannedDeliveryPage } from './PlannedDeliveryPage';

const text = (fi: string) => ({ fi, sv: null, en: null });

function item(position: number, title: string, status: string) {
  return {
    id: `item-${position}`,
    position,
    title: text(title),
    description: text(''),
    status,
    ownerName: null,
    notes: null,
    updatedAt: '2026-11-01T10:00:00Z',
    updatedByLabel: null,
  };
}

const items = [item(1, 'Tarkoitus', 'DONE'), item(2, 'Oikeat ihmiset ja tuki', 'NOT_STARTED')];

const data = {
  service: {
    id: 'svc-1',
    name: text('Vauvaperhetyö'),
    deliveries: {
      edges: [
        {
          node: {
            id: 'd-9',
            version: 2,
            status: 'PLANNING',
            startsOn: '2027-01-01',
            organization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
            wellbeingAreas: [{ code: '07', name: text('Päijät-Hämeen hyvinvointialue') }],
            municipalities: [],
            readiness: {
              total: 2,
              done: 1,
              notNeeded: 0,
              inProgress: 0,
              notStarted: 1,
              isComplete: false,
              items,
            },
          },
        },
      ],
    },
  },
};

function render(answerMutation: Parameters<typeof mockClient>[1]) {
  const mock = mockClient(
    (op) => (operationName(op) === 'PlannedDelivery' ? fromValue({ data }) : never),
    answerMutation,
  );
  renderWithProviders(<PlannedDeliveryPage />, mock.client, {
    tenant: networkTenant,
    path: '/n/ensi-ja-turvakotien-liitto/planning/svc-1/d-9',
    route: '/n/:networkSlug/planning/:serviceId/:deliveryId',
  });
  return mock;
}

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

describe('planned delivery', () => {
  it('shows progress and saves a step status at once (optimistic)', async () => {
    const { executeMutation } = render(() => never);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Käyttöönotto: Vauvaperhetyö' }),
    ).toBeInTheDocument();
    expect(screen.getByText('1 / 2 kohtaa valmiina')).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Tila: Oikeat ihmiset ja tuki' });
    fireEvent.click(select);
    await waitFor(() => {
      expect(select).toHaveAttribute('aria-controls');
    });
    const listbox = document.getElementById(select.getAttribute('aria-controls') ?? '');
    expect(listbox).not.toBeNull();
    fireEvent.click(
      within(listbox as HTMLElement).getByRole('option', { name: 'Kesken', hidden: true }),
    );
    // The mutation never answers here, yet the badge already shows the new status.
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({ variables: { input: { id: 'item-2', status: 'IN_PROGRESS' } } }),
        expect.anything(),
      );
    });
    const step = screen.getByText('2. Oikeat ihmiset ja tuki').closest('li');
    expect(step).not.toBeNull();
    expect(within(step as HTMLElement).getAllByText('Kesken').length).toBeGreaterThan(0);

    const owner = screen.getByRole('textbox', { name: 'Vastuuhenkilö: Tarkoitus' });
    fireEvent.change(owner, { target: { value: 'Sanna / Lahden ETK' } });
    fireEvent.blur(owner);
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { input: { id: 'item-1', ownerName: 'Sanna / Lahden ETK' } },
        }),
        expect.anything(),
      );
    });
  });

  it('goes live only after acknowledging the open steps', async () => {
    const { executeMutation } = render(() =>
      fromValue({ data: { activateServiceDelivery: { id: 'd-9', version: 3, status: 'ACTIVE' } } }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Ota käyttöön' }));
    const dialog = await screen.findByRole('dialog', { name: 'Otetaanko toteutus käyttöön?' });
    expect(within(dialog).getByText('1 kohta on vielä auki')).toBeInTheDocument();
    expect(
      within(dialog).getByText(/2\. Oikeat ihmiset ja tuki – Ei aloitettu/),
    ).toBeInTheDocument();
    const confirm = within(dialog).getByRole('button', { name: 'Ota käyttöön' });
    expect(confirm).toBeDisabled();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /Ymmärrän/ }));
    expect(confirm).toBeEnabled();
    fireEvent.click(confirm);
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { input: { id: 'd-9', expectedVersion: 2, acknowledgeIncomplete: true } },
        }),
        expect.anything(),
      );
    });
  });
});
