import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import { showTableCellsInJsdom } from '../../../test/datatable';
import {
  mockClient,
  networkTenant,
  operationName,
  renderWithProviders,
} from '../../../test/render';
import { EventSignupsPage } from './EventSignupsPage';

beforeAll(showTableCellsInJsdom);
// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const EVENT_ID = '11111111-1111-4111-8111-111111111111';
const signup = (id: string, name: string | null, extra: Record<string, unknown> = {}) => ({
  id,
  name,
  email: name ? `${id}@example.fi` : null,
  answer: null,
  status: 'CONFIRMED',
  hasAccount: false,
  attended: null,
  createdAt: '2026-12-01T10:00:00Z',
  erasedAt: null,
  ...extra,
});

const data = {
  event: {
    id: EVENT_ID,
    title: { fi: 'Eroinfo-ilta', sv: null, en: null },
    startsAt: '2026-12-10T15:00:00Z',
    signupEnabled: true,
    capacity: 10,
    attendanceCount: null,
    placesLeft: 8,
    signupCounts: { confirmed: 2, waitlisted: 0, cancelled: 1, attended: 0 },
  },
  eventSignups: {
    totalCount: 3,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      { node: signup('s1', 'Maija Meikäläinen', { hasAccount: true }) },
      { node: signup('s2', 'Matti Virtanen') },
      { node: signup('s3', null, { status: 'CANCELLED', erasedAt: '2026-12-20T00:00:00Z' }) },
    ],
  },
};

describe('event sign-ups and attendance', () => {
  it('lists sign-ups with counts; a checkbox marks who came; the head count is saved', async () => {
    const mock = mockClient(
      (op) => (operationName(op) === 'EventSignups' ? fromValue({ data }) : never),
      (op) =>
        fromValue({
          data:
            operationName(op) === 'MarkAttendance'
              ? { markAttendance: { id: 's2', attended: true } }
              : { setEventAttendanceCount: { id: EVENT_ID, attendanceCount: 7 } },
        }),
    );
    renderWithProviders(<EventSignupsPage />, mock.client, {
      tenant: networkTenant,
      path: `/n/perhelinja/events/${EVENT_ID}/signups`,
      route: '/n/:networkSlug/events/:eventId/signups',
    });
    await screen.findByText('Maija Meikäläinen');
    expect(screen.getByText('Linja-tili')).toBeInTheDocument();
    expect(screen.getByText('Henkilötiedot poistettu')).toBeInTheDocument();
    expect(screen.getByLabelText('Paikalla: Matti Virtanen')).not.toBeChecked();

    fireEvent.click(screen.getByLabelText('Paikalla: Matti Virtanen'));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Merkintä tallennettu.');
    });
    expect(mock.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { signupId: 's2', attended: true } }),
      expect.anything(),
    );

    fireEvent.change(screen.getByLabelText('Osallistujamäärä'), { target: { value: '7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna määrä' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Osallistujamäärä tallennettu.');
    });
    expect(mock.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { eventId: EVENT_ID, count: 7 } }),
      expect.anything(),
    );
  });
});
