import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { CoveragePage } from './CoveragePage';

const text = (fi: string) => ({ fi, sv: null, en: null });
const area = (code: string, name: string) => ({
  code,
  kind: 'WELLBEING_AREA',
  name: text(name),
});
const municipality = (code: string, name: string) => ({
  code,
  kind: 'MUNICIPALITY',
  name: text(name),
});

function matrix(drill: boolean, others = false) {
  const columns = drill
    ? [municipality('398', 'Lahti'), municipality('316', 'Kärkölä')]
    : [area('09', 'Päijät-Hämeen hyvinvointialue'), area('05', 'Varsinais-Suomen hyvinvointialue')];
  const first = columns[0]!.code;
  const second = columns[1]!.code;
  return {
    network: {
      id: 'net-liitto',
      coverage: {
        dimension: 'THEME',
        wellbeingAreaCode: drill ? '09' : null,
        area: drill ? area('09', 'Päijät-Hämeen hyvinvointialue') : null,
        inPersonOnly: false,
        acceptingOnly: false,
        includeOtherProviders: others,
        gapCount: 2,
        gapsWithoutOtherHelp: others ? 1 : null,
        rows: [
          { id: 't-violence', label: text('Väkivalta') },
          { id: 't-divorce', label: text('Ero') },
        ],
        columns,
        cells: [
          {
            termId: 't-violence',
            columnCode: first,
            activeServices: 3,
            plannedDeliveries: 0,
            organizationIds: ['org-lahti'],
            otherProviders: 0,
          },
          {
            termId: 't-violence',
            columnCode: second,
            activeServices: 1,
            plannedDeliveries: 0,
            organizationIds: ['org-lahti'],
            otherProviders: 0,
          },
          {
            termId: 't-divorce',
            columnCode: second,
            activeServices: 0,
            plannedDeliveries: 1,
            organizationIds: [],
            otherProviders: others ? 2 : 0,
          },
        ],
        organizations: [{ id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' }],
      },
    },
  };
}

function render(path = '/n/ensi-ja-turvakotien-liitto/coverage') {
  const mock = mockClient((op) => {
    if (operationName(op) !== 'Coverage') return never;
    const filter = (
      op.variables as { filter: { wellbeingAreaCode?: string; includeOtherProviders?: boolean } }
    ).filter;
    return fromValue({
      data: matrix(Boolean(filter.wellbeingAreaCode), Boolean(filter.includeOtherProviders)),
    });
  });
  renderWithProviders(<CoveragePage />, mock.client, {
    tenant: networkTenant,
    path,
    route: '/n/:networkSlug/coverage',
  });
  return mock;
}

jest.setTimeout(180_000);

describe('coverage matrix page', () => {
  it('is a table with a caption, headers with scope, the number in each cell and gaps written out', async () => {
    render();
    const table = await screen.findByRole('table', {
      name: 'Teemat hyvinvointialueittain: aktiivisten palvelujen määrä',
    });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col']);
    const rowHeader = within(table).getByRole('rowheader', { name: 'Ero' });
    expect(rowHeader).toHaveAttribute('scope', 'row');
    const divorce = within(table).getAllByRole('row')[2]!;
    const cells = within(divorce).getAllByRole('cell');
    // Päijät-Häme: nothing at all; Varsinais-Suomi: a plan but still a gap.
    expect(cells[0]).toHaveTextContent('0 – aukko');
    expect(cells[0]).toHaveAttribute('data-gap', 'true');
    expect(cells[1]).toHaveTextContent('0 – aukko');
    expect(cells[1]).toHaveTextContent('1 suunnitteilla');
    const violence = within(table).getAllByRole('row')[1]!;
    expect(within(violence).getAllByRole('cell')[0]).toHaveTextContent(/^3/);
    expect(within(violence).getAllByRole('cell')[0]).not.toHaveAttribute('data-gap');
    expect(screen.getByText('2 aukkoa: ei yhtään aktiivista palvelua')).toBeInTheDocument();
    // From a gap, one step into the planning flow with the place chosen.
    expect(
      within(cells[0]!).getByRole('link', {
        name: 'Suunnittele toteutus tänne: Ero, Päijät-Hämeen hyvinvointialue',
      }),
    ).toHaveAttribute('href', '/n/ensi-ja-turvakotien-liitto/planning?plan=1&area=09');
    expect(screen.getByRole('link', { name: 'Lataa CSV' })).toHaveAttribute(
      'href',
      '/files/coverage?network=ensi-ja-turvakotien-liitto&format=csv&dimension=THEME&lang=fi',
    );
  });

  it('drills into an area’s municipalities, filters and plans for a municipality', async () => {
    const { executeQuery } = render();
    fireEvent.click(
      await screen.findByRole('button', {
        name: 'Näytä kunnat: Päijät-Hämeen hyvinvointialue',
      }),
    );
    const table = await screen.findByRole('table', {
      name: 'Teemat, Päijät-Hämeen hyvinvointialue kunnittain: aktiivisten palvelujen määrä',
    });
    expect(
      within(table).getByRole('link', { name: 'Suunnittele toteutus tänne: Ero, Kärkölä' }),
    ).toHaveAttribute('href', '/n/ensi-ja-turvakotien-liitto/planning?plan=1&municipality=316');
    fireEvent.click(screen.getByRole('checkbox', { name: /Vain paikan päällä/ }));
    await waitFor(() => {
      expect(operationsOf(executeQuery).at(-1)?.variables).toEqual({
        slug: 'ensi-ja-turvakotien-liitto',
        filter: {
          dimension: 'THEME',
          wellbeingAreaCode: '09',
          inPersonOnly: true,
          acceptingOnly: false,
          includeOtherProviders: false,
        },
      });
    });
    expect(screen.getByRole('link', { name: 'Lataa Excel (XLSX)' })).toHaveAttribute(
      'href',
      '/files/coverage?network=ensi-ja-turvakotien-liitto&format=xlsx&dimension=THEME&lang=fi&wellbeingAreaCode=09&inPersonOnly=true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Takaisin kaikkiin hyvinvointialueisiin' }));
    expect(
      await screen.findByRole('table', {
        name: 'Teemat hyvinvointialueittain: aktiivisten palvelujen määrä',
      }),
    ).toBeInTheDocument();
  });

  it('counts other providers apart when asked, and the export carries the switch', async () => {
    const { executeQuery } = render();
    await screen.findByRole('table');
    expect(screen.queryByText(/muu(ta)? auttaja/)).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: /Laske myös muut auttajat/ }));
    await waitFor(() => {
      expect(operationsOf(executeQuery).at(-1)?.variables).toMatchObject({
        filter: { includeOtherProviders: true },
      });
    });
    const table = await screen.findByRole('table');
    const divorce = within(table).getAllByRole('row')[2]!;
    const cells = within(divorce).getAllByRole('cell');
    // Still a gap of the network (its own figure), with other help written beside it.
    expect(cells[1]).toHaveTextContent('0 – aukko');
    expect(cells[1]).toHaveTextContent('+ 2 muuta auttajaa (ei verkostossa)');
    expect(cells[0]).toHaveTextContent('+ 0 muuta auttajaa (ei verkostossa)');
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 aukkoa: ei yhtään aktiivista palvelua (1 niistä ilman muutakaan apua)',
    );
    expect(screen.getByRole('link', { name: 'Lataa CSV' })).toHaveAttribute(
      'href',
      '/files/coverage?network=ensi-ja-turvakotien-liitto&format=csv&dimension=THEME&lang=fi&includeOtherProviders=true',
    );
  });
});
