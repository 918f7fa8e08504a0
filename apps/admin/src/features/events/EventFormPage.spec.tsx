import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { EventFormPage } from './EventFormPage';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const EVENT_ID = '11111111-1111-4111-8111-111111111111';
const BASE = '/n/ensi-ja-turvakotien-liitto/events';

async function choose(label: string, option: string) {
  const select = screen.getByRole('combobox', { name: label });
  fireEvent.click(select);
  await waitFor(() => {
    expect(select).toHaveAttribute('aria-controls');
  });
  const listbox = document.getElementById(select.getAttribute('aria-controls') ?? '');
  fireEvent.click(
    within(listbox as HTMLElement).getByRole('option', { name: option, hidden: true }),
  );
}

const stored = {
  id: EVENT_ID,
  networkId: 'net-liitto',
  organizationId: null,
  status: 'PUBLISHED',
  version: 4,
  kind: 'INFO_SESSION',
  audience: 'PROFESSIONALS',
  title: { fi: 'Järjestöinfo', sv: null, en: null },
  description: { fi: null, sv: null, en: null },
  startsAt: '2027-10-28T11:00:00.000Z',
  endsAt: '2027-10-28T11:30:00.000Z',
  recurrence: 'FREQ=MONTHLY;BYDAY=-1TH;COUNT=5',
  extraDates: [],
  cancelledOccurrences: [],
  occurrences: [],
  meetingCount: null,
  placeName: null,
  streetAddress: null,
  postalCode: null,
  postOffice: null,
  municipalityCode: null,
  isOnline: true,
  onlineUrl: 'https://teams.example.com/x',
  signupEnabled: false,
  capacity: null,
  returnReason: null,
  cancelReason: null,
  viewerActions: ['UPDATE', 'CANCEL'],
  changeReview: null,
};

/** The form for a new event (creating answers a draft), with its Finnish title typed. */
async function newEventForm() {
  const mock = mockClient(
    () => never,
    () => fromValue({ data: { createEvent: { id: EVENT_ID, version: 1, status: 'DRAFT' } } }),
  );
  renderWithProviders(<EventFormPage />, mock.client, {
    tenant: networkTenant,
    path: `${BASE}/new`,
    route: '/n/:networkSlug/events/new',
  });
  fireEvent.change(await screen.findByLabelText(/^Otsikko/), {
    target: { value: 'Järjestöinfo' },
  });
  return mock;
}

describe('event form', () => {
  it('writes "the second Tuesday" until a date for a new monthly series', async () => {
    const mock = await newEventForm();
    fireEvent.change(screen.getByLabelText(/^Päivä/), { target: { value: '2027-10-12' } });
    fireEvent.change(screen.getByLabelText(/^Alkaa klo/), { target: { value: '13:00' } });
    fireEvent.change(screen.getByLabelText(/^Päättyy klo/), { target: { value: '13:30' } });
    await choose('Toistuu', 'Kuukausittain: kuun toinen tiistai');
    fireEvent.click(screen.getByRole('radio', { name: 'Päivämääränä' }));
    fireEvent.change(await screen.findByLabelText(/^Viimeinen mahdollinen päivä/), {
      target: { value: '2027-12-14' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => {
      expect(operationsOf(mock.executeMutation).map((op) => op.name)).toContain('CreateEvent');
    });
    const create = operationsOf(mock.executeMutation).find((op) => op.name === 'CreateEvent');
    expect(create?.variables.input).toMatchObject({
      title: { fi: 'Järjestöinfo' },
      startsAt: '2027-10-12T10:00:00.000Z',
      endsAt: '2027-10-12T10:30:00.000Z',
      recurrence: 'FREQ=MONTHLY;BYDAY=+2TU;UNTIL=20271214T235959Z',
    });
  });

  it('asks for a day and times, and an end after the start, before it sends anything', async () => {
    const mock = await newEventForm();
    fireEvent.change(screen.getByLabelText(/^Alkaa klo/), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Valitse päivä.')).toBeInTheDocument();
    expect(screen.getByText('Anna kellonaika (tt:mm).')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText(/^Päivä/), { target: { value: '2027-10-12' } });
    fireEvent.change(screen.getByLabelText(/^Alkaa klo/), { target: { value: '14:00' } });
    fireEvent.change(screen.getByLabelText(/^Päättyy klo/), { target: { value: '13:30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    expect(await screen.findByText('Päättymisen pitää olla alun jälkeen.')).toBeInTheDocument();
    expect(operationsOf(mock.executeMutation)).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(/^Päättyy klo/), { target: { value: '15:00' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => {
      expect(operationsOf(mock.executeMutation).map((op) => op.name)).toEqual(['CreateEvent']);
    });
  });

  it('shows a stored "last Thursday" rule, and edits the change waiting for review', async () => {
    const event = {
      ...stored,
      changeReview: {
        pendingSince: '2027-10-01T08:00:00.000Z',
        returnReason: null,
        changes: [{ field: 'title', locale: 'fi' }],
        proposed: {
          kind: 'INFO_SESSION',
          audience: 'PROFESSIONALS',
          title: { fi: 'Järjestöinfo: syksy', sv: null, en: null },
          description: { fi: null, sv: null, en: null },
          startsAt: stored.startsAt,
          endsAt: stored.endsAt,
          recurrence: stored.recurrence,
          meetingCount: null,
          placeName: null,
          streetAddress: null,
          postalCode: null,
          postOffice: null,
          municipalityCode: null,
          isOnline: true,
        },
      },
    };
    const mock = mockClient((op) =>
      operationName(op) === 'EventForEditing' ? fromValue({ data: { event } }) : never,
    );
    renderWithProviders(<EventFormPage />, mock.client, {
      tenant: networkTenant,
      path: `${BASE}/${EVENT_ID}`,
      route: '/n/:networkSlug/events/:eventId',
    });
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Muutokset odottavat verkoston tarkastusta (Otsikko)',
    );
    expect(screen.getByLabelText(/^Otsikko/)).toHaveValue('Järjestöinfo: syksy');
    expect(screen.getByRole('combobox', { name: 'Toistuu' })).toHaveValue(
      'Kuukausittain: kuun viimeinen torstai',
    );
    expect(screen.getByRole('textbox', { name: 'Kertojen määrä' })).toHaveValue('5');
  });
});
