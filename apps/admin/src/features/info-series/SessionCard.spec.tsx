import { fireEvent, screen, waitFor } from '@testing-library/react';
import { never } from 'wonka';
import { mockClient, networkTenant, renderWithProviders } from '../../../test/render';
import { SessionCard } from './SessionCard';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const session = {
  id: '11111111-1111-4111-8111-111111111111',
  startsAt: '2026-11-10T12:00:00.000Z',
  endsAt: '2026-11-10T12:30:00.000Z',
  status: 'PUBLISHED',
  recordingUrl: null,
  attendanceCount: null,
  presentations: [],
  slides: [
    {
      id: '22222222-2222-4222-8222-222222222222',
      fileName: 'ensikoti.pdf',
      size: 2048,
      downloadUrl: '/files/info-session-slides/22222222-2222-4222-8222-222222222222',
    },
  ],
};

/** What fetch resolves to, as far as deleteSlides reads it (jsdom has no Response). */
const answer = (status: number, body: unknown) => ({
  ok: status >= 200 && status < 300,
  status,
  json: () => Promise.resolve(body),
});

function renderCard(canManage: boolean, onChanged = jest.fn()) {
  const mock = mockClient(() => never);
  renderWithProviders(
    <SessionCard
      session={session as never}
      presentersPerSession={2}
      organizations={[]}
      past
      canManage={canManage}
      onChanged={onChanged}
    />,
    mock.client,
    { tenant: networkTenant },
  );
  return onChanged;
}

describe('info session slides', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  it('deletes uploaded slides through the files API and refreshes the board', async () => {
    const fetchMock = jest.fn(() => Promise.resolve(answer(200, {})));
    global.fetch = fetchMock as unknown as typeof fetch;
    const onChanged = renderCard(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Poista diat ensikoti.pdf' }));
    await waitFor(() => {
      expect(onChanged).toHaveBeenCalled();
    });
    expect(fetchMock).toHaveBeenCalledWith(
      '/files/info-session-slides/22222222-2222-4222-8222-222222222222',
      expect.objectContaining({ method: 'DELETE', headers: { 'X-Linja-Upload': '1' } }),
    );
  });

  it('says why when the API refuses, and offers no delete to a reader', async () => {
    global.fetch = jest.fn(() =>
      Promise.resolve(answer(403, { error: { message: 'Ei oikeutta' } })),
    ) as unknown as typeof fetch;
    const onChanged = renderCard(true);
    fireEvent.click(await screen.findByRole('button', { name: 'Poista diat ensikoti.pdf' }));
    expect(
      await screen.findByText('Diojen poistaminen epäonnistui: Ei oikeutta'),
    ).toBeInTheDocument();
    expect(onChanged).not.toHaveBeenCalled();
  });

  it('shows no delete button to someone who cannot manage the series', async () => {
    renderCard(false);
    expect(await screen.findByText('ensikoti.pdf')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Poista diat/ })).toBeNull();
  });
});
