import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  operationName,
  organizationTenant,
  renderWithProviders,
} from '../../../test/render';
import { DeliveriesPage } from './DeliveriesPage';

const name = (fi: string) => ({ fi, sv: null, en: null });
const paijatHame = { code: '07', name: name('Päijät-Hämeen hyvinvointialue') };

const delivery = {
  id: 'd-1',
  version: 3,
  status: 'ACTIVE',
  isNationwide: false,
  isRemote: false,
  acceptingClients: true,
  startsOn: null,
  endsOn: null,
  organization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
  municipalities: [{ code: '398', name: name('Lahti') }],
  wellbeingAreas: [],
  regions: [],
  locations: [],
  openingHours: { open247: false, periods: [], note: name('') },
};

const service = {
  service: {
    id: 'svc-1',
    name: name('Vauvaperhetyö'),
    responsibleOrganization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
    producers: [],
    deliveries: { totalCount: 1, edges: [{ node: delivery }] },
  },
};

function options(search: string | undefined) {
  const all = [
    { code: '398', name: name('Lahti'), wellbeingArea: paijatHame },
    { code: '098', name: name('Hollola'), wellbeingArea: paijatHame },
  ];
  return {
    wellbeingAreas: { edges: [{ node: paijatHame }] },
    municipalities: {
      edges: all
        .filter((m) => !search || m.name.fi.toLowerCase().includes(search.toLowerCase()))
        .map((node) => ({ node })),
    },
  };
}

describe('deliveries', () => {
  it('adds a municipality from the searchable picker and saves the delivery', async () => {
    const { client, executeMutation, executeQuery } = mockClient(
      (op) => {
        const opName = operationName(op);
        if (opName === 'ServiceDeliveries') return fromValue({ data: service });
        if (opName === 'DeliveryAreaOptions')
          return fromValue({ data: options(op.variables.search as string | undefined) });
        return never;
      },
      () => fromValue({ data: { updateServiceDelivery: { ...delivery, version: 4 } } }),
    );
    renderWithProviders(<DeliveriesPage />, client, {
      tenant: organizationTenant,
      path: '/o/org-lahti/services/svc-1/deliveries',
      route: '/o/:organizationId/services/:serviceId/deliveries',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Toteutukset: Vauvaperhetyö' }),
    ).toBeInTheDocument();
    const picker = screen.getByRole('combobox', { name: 'Kunnat ja hyvinvointialueet' });
    fireEvent.focus(picker);
    fireEvent.click(picker);
    fireEvent.change(picker, { target: { value: 'holl' } });
    await waitFor(() => {
      expect(executeQuery).toHaveBeenCalledWith(
        expect.objectContaining({ variables: { search: 'holl', first: 30 } }),
        expect.anything(),
      );
    });
    fireEvent.click(await screen.findByRole('option', { name: /Hollola/, hidden: true }));
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna toteutus 1' }));
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalled();
    });
    const input = (
      executeMutation.mock.calls[0]?.[0] as { variables: { input: Record<string, unknown> } }
    ).variables.input;
    expect(input).toMatchObject({
      id: 'd-1',
      expectedVersion: 3,
      areas: { municipalityCodes: ['398', '098'], wellbeingAreaCodes: [] },
    });
  });

  it('switches "accepting new clients" at once and back when the API refuses', async () => {
    const { CombinedError } = await import('urql');
    const { client, executeMutation } = mockClient(
      (op) =>
        operationName(op) === 'ServiceDeliveries'
          ? fromValue({ data: service })
          : operationName(op) === 'DeliveryAreaOptions'
            ? fromValue({ data: options(undefined) })
            : never,
      () =>
        fromValue({
          error: new CombinedError({
            graphQLErrors: [{ message: 'No', extensions: { code: 'FORBIDDEN' } }],
          }),
        }),
    );
    renderWithProviders(<DeliveriesPage />, client, {
      tenant: organizationTenant,
      path: '/o/org-lahti/services/svc-1/deliveries',
      route: '/o/:organizationId/services/:serviceId/deliveries',
    });
    const toggle = await screen.findByRole('switch', { name: 'Ottaa uusia asiakkaita' });
    expect(toggle).toBeChecked();
    fireEvent.click(toggle);
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalledWith(
        expect.objectContaining({
          variables: { input: { id: 'd-1', expectedVersion: 3, acceptingClients: false } },
        }),
        expect.anything(),
      );
    });
    expect(await screen.findByText('No')).toBeInTheDocument();
    expect(screen.getByRole('switch', { name: 'Ottaa uusia asiakkaita' })).toBeChecked();
  });
});
