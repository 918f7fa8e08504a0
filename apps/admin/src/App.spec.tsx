import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { mockClient, renderWithProviders } from '../test/render';
import { App } from './App';
import { LANGUAGE_STORAGE_KEY } from './lib/i18n';

const connected = () => fromValue({ data: { __typename: 'Query' } });
// Kept open like the real client's result stream: urql's useQuery clears `error` when a source ends.
const unreachable = () =>
  concat([
    fromValue({ error: new CombinedError({ networkError: new Error('Failed to fetch') }) }),
    never,
  ]);

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = '';
});

describe('admin login placeholder', () => {
  it('shows that the API answered, with its typename (Finnish by default)', async () => {
    const { client, executeQuery } = mockClient(connected);
    renderWithProviders(<App />, client);

    expect(screen.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Rajapinta: yhdistetty · Query');
    });
    expect(executeQuery).toHaveBeenCalledWith(
      expect.objectContaining({ query: expect.objectContaining({ kind: 'Document' }) }),
      expect.anything(),
    );
    expect(screen.queryByRole('button', { name: 'Yritä uudelleen' })).not.toBeInTheDocument();
  });

  it('signs in with email and password and then shows who is signed in', async () => {
    let signedIn = false;
    const { client, executeMutation } = mockClient(
      () =>
        fromValue({
          data: signedIn
            ? {
                __typename: 'Query',
                me: {
                  id: 'u1',
                  email: 'a@b.example',
                  name: 'Aino Laine',
                  roles: [{ role: 'COORDINATOR' }],
                },
              }
            : { __typename: 'Query', me: null },
        }),
      () => {
        signedIn = true;
        return fromValue({
          data: { signIn: { status: 'SIGNED_IN', user: { id: 'u1', name: 'Aino Laine' } } },
        });
      },
    );
    renderWithProviders(<App />, client);

    expect(screen.getByLabelText('Sähköposti')).toHaveAttribute('type', 'email');
    fireEvent.change(screen.getByLabelText('Sähköposti'), { target: { value: 'a@b.example' } });
    fireEvent.change(screen.getByLabelText('Salasana'), { target: { value: 'salasana-123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu' }));

    await waitFor(() => {
      expect(
        screen.getByText('Olet kirjautunut nimellä Aino Laine (a@b.example).'),
      ).toBeInTheDocument();
    });
    expect(executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { email: 'a@b.example', password: 'salasana-123456', totpCode: null },
      }),
      expect.anything(),
    );
    expect(screen.getByRole('list', { name: 'Roolit' })).toHaveTextContent(
      'Verkoston koordinaattori',
    );
  });

  it('asks for the authenticator code when the account has a second factor', async () => {
    const { client } = mockClient(connected, () =>
      fromValue({ data: { signIn: { status: 'TOTP_REQUIRED', user: null } } }),
    );
    renderWithProviders(<App />, client);

    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu' }));

    expect(await screen.findByLabelText('Todennussovelluksen koodi')).toHaveAttribute(
      'autocomplete',
      'one-time-code',
    );
  });

  it('says plainly when the credentials are wrong', async () => {
    const { client } = mockClient(connected, () =>
      fromValue({
        error: new CombinedError({
          graphQLErrors: [
            { message: 'Wrong email, password or code.', extensions: { code: 'UNAUTHENTICATED' } },
          ],
        }),
      }),
    );
    renderWithProviders(<App />, client);

    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sähköposti, salasana tai koodi on väärin.',
    );
  });

  it('shows loading while the API has not answered', () => {
    const { client } = mockClient(() => never);
    renderWithProviders(<App />, client);

    expect(screen.getByRole('status')).toHaveTextContent('Rajapinta: tarkistetaan…');
  });

  it('shows the error with a retry, and the retry asks again', async () => {
    let online = false;
    const { client, executeQuery } = mockClient(() => (online ? connected() : unreachable()));
    renderWithProviders(<App />, client);

    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Rajapinta: ei yhteyttä');
    });
    expect(screen.getByText('[Network] Failed to fetch')).toBeInTheDocument();
    const calls = executeQuery.mock.calls.length;

    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }));

    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Rajapinta: yhdistetty · Query');
    });
    expect(executeQuery.mock.calls.length).toBeGreaterThan(calls);
    expect(executeQuery).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ requestPolicy: 'network-only' }),
    );
    expect(screen.queryByRole('button', { name: 'Yritä uudelleen' })).not.toBeInTheDocument();
  });

  it('switches language: strings, <html lang> and the stored choice', async () => {
    const { client } = mockClient(connected);
    renderWithProviders(<App />, client);
    expect(document.documentElement.lang).toBe('fi');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('API: connected · Query');
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.title).toBe('Linja – admin');

    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Gränssnitt: ansluten · Query');
    expect(document.documentElement.lang).toBe('sv');
  });

  it('starts in the language stored by an earlier visit', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'sv');
    const { client } = mockClient(connected);
    renderWithProviders(<App />, client);

    expect(screen.getByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('sv');
  });
});
