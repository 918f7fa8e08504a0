import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fromValue } from 'wonka';
import { mockClient, renderWithProviders } from '../../../test/renderWithProviders';
import { PersonalFeed } from './PersonalFeed';

const URL = 'https://linja.example/ical/personal/abc/events.ics';

function setup(initial: { createdAt: string; lastUsedAt: string | null } | null) {
  let feed = initial;
  const { client } = mockClient((query) =>
    query.includes('PortalMyCalendarFeed') ? { myCalendarFeed: feed } : undefined,
  );
  const mutations: string[] = [];
  (client.executeMutation as jest.Mock).mockImplementation(
    (operation: { query: unknown; variables: unknown }) => {
      const text = JSON.stringify(operation.query);
      if (text.includes('PortalCreateMyCalendarFeed')) {
        mutations.push('create');
        feed = { createdAt: '2026-12-05T10:00:00.000Z', lastUsedAt: null };
        return fromValue({
          operation,
          data: { createMyCalendarFeed: { url: URL, createdAt: feed.createdAt } },
          stale: false,
          hasNext: false,
        });
      }
      mutations.push('revoke');
      feed = null;
      return fromValue({
        operation,
        data: { revokeMyCalendarFeed: true },
        stale: false,
        hasNext: false,
      });
    },
  );
  return { client, mutations };
}

describe('the personal calendar address on the events page', () => {
  it('makes an address, shows it once, and stops it', async () => {
    const { client, mutations } = setup(null);
    renderWithProviders(<PersonalFeed />, { client, language: 'fi' });
    fireEvent.click(await screen.findByRole('button', { name: 'Tee oma kalenteriosoite' }));
    expect(await screen.findByLabelText('Oma kalenteriosoitteesi')).toHaveValue(URL);
    expect(screen.getByText(/näytetään vain kerran/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Lopeta osoitteen käyttö' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Osoite ei enää toimi.');
    expect(screen.queryByLabelText('Oma kalenteriosoitteesi')).not.toBeInTheDocument();
    expect(mutations).toEqual(['create', 'revoke']);
  });

  it('tells when an address exists (never showing it again) and offers a new one, in English', async () => {
    const { client } = setup({
      createdAt: '2026-11-02T08:00:00.000Z',
      lastUsedAt: '2026-12-01T08:00:00.000Z',
    });
    renderWithProviders(<PersonalFeed />, { client, language: 'en' });
    const state = await screen.findByTestId('personal-feed-state');
    expect(state).toHaveTextContent('You have your own calendar address (made');
    expect(state).toHaveTextContent('Your calendar last fetched it');
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    await waitFor(() => {
      expect(
        screen.getByRole('button', { name: 'Make a new address (the old one stops working)' }),
      ).toBeEnabled();
    });
  });
});
