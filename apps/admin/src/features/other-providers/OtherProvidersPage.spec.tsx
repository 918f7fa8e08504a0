import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { OtherProvidersPage } from './OtherProvidersPage';

const text = (fi: string) => ({ fi, sv: null, en: null });
const provider = (id: string, name: string, changes: Record<string, unknown> = {}) => ({
  id,
  name,
  description: text(`${name}: apua`),
  phone: null,
  chatUrl: null,
  website: null,
  isNationwide: true,
  isOnline: false,
  municipalityCodes: [],
  wellbeingAreaCodes: [],
  regionCodes: [],
  municipalities: [],
  wellbeingAreas: [],
  openingHours: { open247: false },
  checkedAt: '2026-01-05T10:00:00.000Z',
  freshness: 'FRESH',
  archivedAt: null,
  version: 1,
  terms: [],
  ...changes,
});

function render(answerMutation = () => never) {
  const mock = mockClient((op) => {
    if (operationName(op) === 'OtherProviderRegionOptions') {
      return fromValue({
        data: {
          regions: {
            edges: [
              { node: { code: '07', name: text('Päijät-Häme') } },
              { node: { code: '02', name: text('Varsinais-Suomi') } },
            ],
          },
        },
      });
    }
    if (operationName(op) !== 'OtherProviders') return never;
    return fromValue({
      data: {
        network: {
          id: 'net-liitto',
          taxonomy: {
            edges: [
              {
                node: { id: 't1', kind: 'THEME', label: text('Väkivalta'), archivedAt: null },
              },
            ],
          },
          otherProviders: {
            totalCount: 3,
            pageInfo: { hasNextPage: false, endCursor: null },
            edges: [
              { node: provider('p1', 'Nollalinja', { phone: '080 005 005' }) },
              {
                node: provider('p3', 'Kärkölän apu', {
                  isNationwide: false,
                  phone: '03 000 0000',
                  municipalityCodes: ['316'],
                  municipalities: [{ code: '316', name: text('Kärkölä') }],
                }),
              },
              {
                node: provider('p2', 'Nettiturvakoti', {
                  isNationwide: false,
                  isOnline: true,
                  freshness: 'DUE_FOR_CHECK',
                }),
              },
            ],
          },
        },
      },
    });
  }, answerMutation);
  renderWithProviders(<OtherProvidersPage />, mock.client, {
    tenant: networkTenant,
    path: '/n/ensi-ja-turvakotien-liitto/other-providers',
    route: '/n/:networkSlug/other-providers',
  });
  return mock;
}

describe('other providers (admin)', () => {
  it('lists the providers with contact, reach and freshness, and filters through the query', async () => {
    const mock = render();
    expect(await screen.findByText('Nollalinja')).toBeInTheDocument();
    expect(screen.getByText('080 005 005')).toBeInTheDocument();
    expect(screen.getByText('Ei yhteystietoja')).toBeInTheDocument();
    expect(screen.getByText('Tarkistettava')).toBeInTheDocument();
    // The reach by name, not by code.
    expect(screen.getByText('Alueet: Kärkölä')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('3 auttajaa');

    fireEvent.click(screen.getByLabelText('Näytä arkistoidut'));
    await waitFor(() => {
      const last = operationsOf(mock.executeQuery)
        .filter((op) => op.name === 'OtherProviders')
        .at(-1);
      expect(last?.variables).toMatchObject({ filter: { archived: true } });
    });
  });

  it('"checked today" marks the provider checked', async () => {
    const mock = render(() =>
      fromValue({
        data: {
          markOtherProviderChecked: {
            id: 'p2',
            checkedAt: '2026-12-05T05:00:00.000Z',
            freshness: 'FRESH',
          },
        },
      }),
    );
    fireEvent.click(
      await screen.findByRole('button', { name: 'Tarkistettu tänään: Nettiturvakoti' }),
    );
    await waitFor(() => {
      expect(operationsOf(mock.executeMutation)).toEqual([
        { name: 'MarkOtherProviderChecked', variables: { id: 'p2' } },
      ]);
    });
  });

  it('the form has language tabs and shows the field the API refused', async () => {
    const mock = render(() =>
      fromValue({
        error: {
          graphQLErrors: [
            {
              message: 'phone: not a phone number',
              extensions: { code: 'BAD_USER_INPUT', field: 'phone' },
            },
          ],
        },
      }),
    );
    fireEvent.click(await screen.findByRole('button', { name: 'Lisää auttaja' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('tab', { name: 'Ruotsi' })).toBeInTheDocument();
    fireEvent.change(within(dialog).getByLabelText(/Nimi/), { target: { value: 'Uusi linja' } });
    fireEvent.change(within(dialog).getByLabelText(/Millaista apua/), {
      target: { value: 'Apua' },
    });
    fireEvent.change(within(dialog).getByLabelText('Puhelin'), { target: { value: 'soita' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    expect(await within(dialog).findByText('phone: not a phone number')).toBeInTheDocument();
    const [call] = operationsOf(mock.executeMutation);
    expect(call).toMatchObject({
      name: 'CreateOtherProvider',
      variables: {
        input: {
          networkId: 'net-liitto',
          name: 'Uusi linja',
          phone: 'soita',
          description: { fi: 'Apua' },
        },
      },
    });
  });

  it('picks the reach by name: named places keep their names, regions from the region list', async () => {
    const mock = render(() => never);
    fireEvent.click(await screen.findByRole('button', { name: 'Muokkaa: Kärkölän apu' }));
    const dialog = await screen.findByRole('dialog');
    // The chosen municipality is shown by its name, not its code.
    expect(within(dialog).getByText('Kärkölä')).toBeInTheDocument();
    const regions = within(dialog).getByRole('combobox', { name: 'Maakunnat' });
    fireEvent.focus(regions);
    fireEvent.click(regions);
    fireEvent.click(await screen.findByRole('option', { name: 'Päijät-Häme', hidden: true }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => {
      expect(operationsOf(mock.executeMutation)[0]).toMatchObject({
        name: 'UpdateOtherProvider',
        variables: {
          input: {
            id: 'p3',
            areas: { municipalityCodes: ['316'], wellbeingAreaCodes: [], regionCodes: ['07'] },
          },
        },
      });
    });
  });
});
