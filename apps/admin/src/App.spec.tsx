import { fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { concat, fromValue, never } from 'wonka';
import {
  coordinatorMe,
  directory,
  editorMe,
  emptyServices,
  networkTenantData,
  organizationTenantData,
} from '../test/fixtures';
import { mockClient, operationName, renderApp } from '../test/render';
import { LANGUAGE_STORAGE_KEY } from './lib/i18n';
import { UNAUTHENTICATED_EVENT } from './lib/urql/client';

type Me = typeof editorMe | typeof coordinatorMe | null;

/** Answers by operation name; `me` decides who is signed in. */
function api(getMe: () => Me, extra: Record<string, () => unknown> = {}) {
  return (operation: { query: { definitions: readonly unknown[] } }) => {
    const name = operationName(operation);
    if (extra[name]) return fromValue({ data: extra[name]() });
    switch (name) {
      case 'Me':
        return fromValue({ data: { __typename: 'Query', me: getMe() } });
      case 'ApiStatus':
        return fromValue({ data: { __typename: 'Query' } });
      case 'TenantDirectory':
        return fromValue({ data: directory });
      case 'NetworkTenant':
        return fromValue({ data: networkTenantData });
      case 'OrganizationTenant':
        return fromValue({ data: organizationTenantData });
      case 'OrganizationServices':
        return fromValue({ data: emptyServices });
      default:
        return never;
    }
  };
}

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.lang = '';
});

describe('sign-in', () => {
  it('shows the sign-in page with the API status (Finnish by default)', async () => {
    const { client } = mockClient(api(() => null));
    renderApp('/sign-in', client);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' }),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Rajapinta: yhdistetty · Query');
    });
    expect(screen.getByLabelText('Sähköposti')).toHaveAttribute('type', 'email');
  });

  it('sends a signed-out visitor to sign-in and back to the page they asked for', async () => {
    let me: Me = null;
    const { client, executeMutation } = mockClient(
      api(() => me),
      () => {
        me = editorMe;
        return fromValue({
          data: { signIn: { status: 'SIGNED_IN', user: { id: 'u-editor', name: 'Sanna' } } },
        });
      },
    );
    renderApp('/o/org-lahti/services', client);

    fireEvent.change(await screen.findByLabelText('Sähköposti'), {
      target: { value: 'toimittaja@lahti.example' },
    });
    fireEvent.change(screen.getByLabelText('Salasana'), { target: { value: 'salasana-123456' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kirjaudu' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Palvelut' })).toBeInTheDocument();
    expect(executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: {
          email: 'toimittaja@lahti.example',
          password: 'salasana-123456',
          totpCode: null,
        },
      }),
      expect.anything(),
    );
    expect(screen.getByText('Järjestöllä ei ole vielä palveluja.')).toBeInTheDocument();
  });

  it('asks for the authenticator code when the account has a second factor', async () => {
    const { client } = mockClient(
      api(() => null),
      () => fromValue({ data: { signIn: { status: 'TOTP_REQUIRED', user: null } } }),
    );
    renderApp('/sign-in', client);

    fireEvent.click(await screen.findByRole('button', { name: 'Kirjaudu' }));

    expect(await screen.findByLabelText('Todennussovelluksen koodi')).toHaveAttribute(
      'autocomplete',
      'one-time-code',
    );
  });

  it('says plainly when the credentials are wrong', async () => {
    const { client } = mockClient(
      api(() => null),
      () =>
        fromValue({
          error: new CombinedError({
            graphQLErrors: [
              {
                message: 'Wrong email, password or code.',
                extensions: { code: 'UNAUTHENTICATED' },
              },
            ],
          }),
        }),
    );
    renderApp('/sign-in', client);

    fireEvent.click(await screen.findByRole('button', { name: 'Kirjaudu' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Sähköposti, salasana tai koodi on väärin.',
    );
  });

  it('shows the API error with a retry', async () => {
    let online = false;
    const unreachable = () =>
      concat([
        fromValue({ error: new CombinedError({ networkError: new Error('Failed to fetch') }) }),
        never,
      ]);
    const { client } = mockClient((operation) =>
      operationName(operation) === 'ApiStatus' && !online
        ? unreachable()
        : api(() => null)(operation),
    );
    renderApp('/sign-in', client);

    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Rajapinta: ei yhteyttä');
    });
    online = true;
    fireEvent.click(screen.getByRole('button', { name: 'Yritä uudelleen' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Rajapinta: yhdistetty · Query');
    });
  });

  it('switches language: strings, <html lang> and the stored choice', async () => {
    const { client } = mockClient(api(() => null));
    renderApp('/sign-in', client);
    await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' });
    expect(document.documentElement.lang).toBe('fi');

    fireEvent.click(screen.getByRole('button', { name: 'English' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.getByLabelText('Password')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: 'Svenska' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Logga in' })).toBeInTheDocument();
  });
});

describe('the signed-in shell', () => {
  it('opens the coordinator’s network from the home page', async () => {
    const { client } = mockClient(api(() => coordinatorMe));
    renderApp('/', client);

    expect(await screen.findByText('Verkosto · Ensi- ja turvakotien liitto')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Tarkistusjono' })).toHaveAttribute(
      'href',
      '/n/ensi-ja-turvakotien-liitto/review',
    );
  });

  it('opens the editor’s organisation from the home page', async () => {
    const { client } = mockClient(api(() => editorMe));
    renderApp('/', client);

    expect(await screen.findByRole('heading', { level: 1, name: 'Palvelut' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Palvelut' })).toHaveAttribute(
      'href',
      '/o/org-lahti/services',
    );
  });

  it('refuses a network the person does not coordinate', async () => {
    const { client } = mockClient(api(() => editorMe));
    renderApp('/n/ensi-ja-turvakotien-liitto', client);

    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Sinulla ei ole oikeutta tähän sisältöön.',
      }),
    ).toBeInTheDocument();
  });

  it('shows a 404 page for an unknown address', async () => {
    const { client } = mockClient(api(() => editorMe));
    renderApp('/no/such/page', client);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Sivua ei löytynyt' }),
    ).toBeInTheDocument();
  });

  it('goes to sign-in, keeping the page, when the API says the session is gone', async () => {
    let me: Me = editorMe;
    const { client } = mockClient(
      api(() => me, {
        OrganizationServices: () => {
          me = null;
          setTimeout(() => {
            window.dispatchEvent(new Event(UNAUTHENTICATED_EVENT));
          }, 0);
          return emptyServices;
        },
      }),
    );
    renderApp('/o/org-lahti/services', client);

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kirjaudu sisään' }),
    ).toBeInTheDocument();
  });
});
