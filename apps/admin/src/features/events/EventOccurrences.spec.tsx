import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import { mockClient, networkTenant, operationsOf, renderWithProviders } from '../../../test/render';
import { EventOccurrences } from './EventOccurrences';
import { type EditedEvent } from './events.documents';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const EVENT_ID = '11111111-1111-4111-8111-111111111111';

// Last Thursday of the month 13:00–13:30 Helsinki time: 28.10.2027 (EEST), 25.11. moved to 26.11.
// 10:00 (EET), 30.12. cancelled, and an extra date on 13.1.2028.
const event = {
  id: EVENT_ID,
  version: 7,
  recurrence: 'FREQ=MONTHLY;BYDAY=-1TH;COUNT=3',
  viewerActions: ['UPDATE', 'CANCEL'],
  extraDates: ['2028-01-13T11:00:00.000Z'],
  cancelledOccurrences: ['2027-12-30T11:00:00.000Z'],
  occurrences: [
    {
      originalStart: '2027-10-28T10:00:00.000Z',
      startsAt: '2027-10-28T10:00:00.000Z',
      endsAt: '2027-10-28T10:30:00.000Z',
      moved: false,
      extra: false,
    },
    {
      originalStart: '2027-11-25T11:00:00.000Z',
      startsAt: '2027-11-26T08:00:00.000Z',
      endsAt: '2027-11-26T08:30:00.000Z',
      moved: true,
      extra: false,
    },
    {
      originalStart: '2028-01-13T11:00:00.000Z',
      startsAt: '2028-01-13T11:00:00.000Z',
      endsAt: '2028-01-13T11:30:00.000Z',
      moved: false,
      extra: true,
    },
  ],
} as unknown as EditedEvent;

const answered = {
  data: {
    result: { ...event, version: 8, lastEndsAt: '2028-01-13T11:30:00.000Z' },
  },
};

function render(shown: EditedEvent = event, language: 'fi' | 'sv' | 'en' = 'fi') {
  const mock = mockClient(
    () => never,
    () => fromValue(answered),
  );
  renderWithProviders(<EventOccurrences event={shown} />, mock.client, {
    tenant: networkTenant,
    language,
  });
  return mock;
}

async function sent(mock: ReturnType<typeof mockClient>, name: string) {
  await waitFor(() => {
    expect(operationsOf(mock.executeMutation).map((op) => op.name)).toContain(name);
  });
  return operationsOf(mock.executeMutation).find((op) => op.name === name)?.variables
    .input as unknown;
}

describe('the dates of a recurring event', () => {
  it('lists the dates in Helsinki time with moved and extra marks, and cancels one by its rule start', async () => {
    const mock = render();
    const list = await screen.findByRole('list', { name: 'Kerrat' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent('28.10.2027 klo 13.00');
    expect(items[1]).toHaveTextContent('26.11.2027 klo 10.00');
    expect(items[1]).toHaveTextContent('siirretty');
    expect(items[2]).toHaveTextContent('ylimääräinen');
    fireEvent.click(screen.getByRole('button', { name: /^Peru kerta .*28\.10\.2027/ }));
    expect(await sent(mock, 'CancelEventOccurrence')).toEqual({
      id: EVENT_ID,
      expectedVersion: 7,
      occurrenceStart: '2027-10-28T10:00:00.000Z',
    });
  });

  it('moves a date to a Helsinki time across the DST change', async () => {
    const mock = render();
    fireEvent.click(await screen.findByRole('button', { name: /^Siirrä kerta .*28\.10\.2027/ }));
    const form = await screen.findByRole('form', { name: /^Siirrä kerta/ });
    fireEvent.change(within(form).getByLabelText('Päivä'), { target: { value: '2027-11-02' } });
    fireEvent.change(within(form).getByLabelText('Alkaa'), { target: { value: '14:00' } });
    fireEvent.change(within(form).getByLabelText('Päättyy'), { target: { value: '14:30' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Siirrä' }));
    expect(await sent(mock, 'MoveEventOccurrence')).toEqual({
      id: EVENT_ID,
      expectedVersion: 7,
      occurrenceStart: '2027-10-28T10:00:00.000Z',
      // 2.11.2027 is winter time (UTC+2).
      newStartsAt: '2027-11-02T12:00:00.000Z',
      newEndsAt: '2027-11-02T12:30:00.000Z',
    });
  });

  it('refuses a move that ends before it starts without asking the API', async () => {
    const mock = render();
    fireEvent.click(await screen.findByRole('button', { name: /^Siirrä kerta .*28\.10\.2027/ }));
    const form = await screen.findByRole('form', { name: /^Siirrä kerta/ });
    fireEvent.change(within(form).getByLabelText('Päättyy'), { target: { value: '12:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Siirrä' }));
    expect(await within(form).findByText('Päättymisen pitää olla alun jälkeen.')).toBeVisible();
    expect(mock.executeMutation).not.toHaveBeenCalled();
  });

  it('restores a cancelled and a moved date', async () => {
    const mock = render();
    const cancelled = await screen.findByRole('list', { name: 'Perutut kerrat' });
    fireEvent.click(
      within(cancelled).getByRole('button', { name: /^Palauta kerta .*30\.12\.2027/ }),
    );
    expect(await sent(mock, 'RestoreEventOccurrence')).toEqual({
      id: EVENT_ID,
      expectedVersion: 7,
      occurrenceStart: '2027-12-30T11:00:00.000Z',
    });
    fireEvent.click(screen.getByRole('button', { name: /^Palauta kerta .*26\.11\.2027/ }));
    await waitFor(() => {
      expect(
        operationsOf(mock.executeMutation).filter((op) => op.name === 'RestoreEventOccurrence'),
      ).toHaveLength(2);
    });
    expect(operationsOf(mock.executeMutation)[1]?.variables.input.occurrenceStart).toBe(
      '2027-11-25T11:00:00.000Z',
    );
  });

  it('adds an extra date in Helsinki summer time, in Swedish', async () => {
    const mock = render(event, 'sv');
    const form = await screen.findByRole('form', { name: 'Lägg till ett extra tillfälle' });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till tillfället' }));
    expect(await within(form).findByText('Ange dag och klockslag.')).toBeVisible();
    fireEvent.change(within(form).getByLabelText('Dag'), { target: { value: '2028-06-08' } });
    fireEvent.change(within(form).getByLabelText('Börjar'), { target: { value: '13:00' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Lägg till tillfället' }));
    expect(await sent(mock, 'AddEventOccurrence')).toEqual({
      id: EVENT_ID,
      expectedVersion: 7,
      startsAt: '2028-06-08T10:00:00.000Z',
    });
  });

  it('shows nothing for a one-off event or to a reader who may not change it', () => {
    render({ ...event, recurrence: null }, 'en');
    expect(screen.queryByRole('heading', { name: 'Dates of the recurring event' })).toBeNull();
    render({ ...event, viewerActions: [] }, 'en');
    expect(screen.queryByRole('heading', { name: 'Dates of the recurring event' })).toBeNull();
  });
});
