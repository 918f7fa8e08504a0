import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue } from 'wonka';
import { App, preloadAllRoutes } from '../../App';
import { mockClient, renderWithProviders } from '../../../test/renderWithProviders';
import { network, serviceResult, THEME_ERO } from '../../../test/fixtures';
import { type InfoSessionPage, type PastInfoSession } from '../../lib/infoSessionQueries';
import { parseInfoSessionsSearch } from './InfoSessionsPage';

const ORG_ID = '33333333-3333-4333-8333-333333333333';
const PRO = { id: 'u1', name: 'Paula Ammattilainen' };

function session(overrides: Partial<PastInfoSession> = {}): PastInfoSession {
  return {
    id: 'e1',
    // 9:00 Helsinki time (UTC+2 before summer time).
    startsAt: '2030-03-19T07:00:00.000Z',
    endsAt: '2030-03-19T07:30:00.000Z',
    status: 'PUBLISHED',
    title: { fi: 'Järjestöinfo' },
    recordingUrl: 'https://video.example/rec-1',
    series: {
      id: 'series-1',
      title: { fi: 'Päijät-Hämeen Järjestöinfo', sv: 'Organisationsinfo' },
    },
    presentations: [
      {
        id: 'p1',
        status: 'ACCEPTED',
        organization: { id: ORG_ID, name: 'Lahden ensi- ja turvakoti' },
      },
      { id: 'p2', status: 'ACCEPTED', organization: { id: 'o2', name: 'Mielenterveysseura' } },
      { id: 'p3', status: 'DECLINED', organization: { id: 'o3', name: 'Kieltäytynyt ry' } },
    ],
    slides: [
      {
        id: 'sl1',
        fileName: 'esittely.pdf',
        contentType: 'application/pdf',
        size: 1_250_000,
        downloadUrl: '/files/info-session-slides/sl1',
      },
    ],
    ...overrides,
  };
}

function page(
  nodes: PastInfoSession[],
  { total = nodes.length, endCursor = null }: { total?: number; endCursor?: string | null } = {},
): InfoSessionPage {
  return {
    totalCount: total,
    pageInfo: { hasNextPage: Boolean(endCursor), endCursor },
    edges: nodes.map((node) => ({ node })),
  };
}

const members = {
  network: {
    id: 'n1',
    members: {
      edges: [
        { node: { id: 'm1', organization: { id: ORG_ID, name: 'Lahden ensi- ja turvakoti' } } },
      ],
    },
  },
};

beforeAll(async () => {
  await preloadAllRoutes();
});

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('info sessions page', () => {
  it('lists past sessions with date, series, presenters, recording and slides, and loads more', async () => {
    const { client, calls } = mockClient((query, variables) =>
      query.includes('PortalNetwork(')
        ? { network, me: PRO }
        : query.includes('PortalInfoSessionOrganizations(')
          ? members
          : query.includes('PortalPastInfoSessions(')
            ? {
                pastInfoSessions: variables.after
                  ? page(
                      [
                        session({
                          id: 'e2',
                          startsAt: '2029-11-20T07:00:00.000Z',
                          // Not a web address: never rendered as a link.
                          recordingUrl: 'javascript:alert(1)',
                          slides: [],
                        }),
                      ],
                      { total: 2 },
                    )
                  : page([session()], { total: 2, endCursor: 'c1' }),
              }
            : undefined,
    );
    renderWithProviders(<App />, {
      path: `/perhelinja/info-sessions?organization=${ORG_ID}&theme=${THEME_ERO}&from=2029-08-01`,
      client,
    });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Järjestöinfot' }),
    ).toBeInTheDocument();
    const first = await screen.findByRole('heading', { level: 3, name: /19\.3\.2030 09\.00/ });
    const item = first.closest('li');
    if (!item) throw new Error('no session item');
    expect(item).toHaveTextContent('Päijät-Hämeen Järjestöinfo');
    expect(item).toHaveTextContent('Esittelijät: Lahden ensi- ja turvakoti, Mielenterveysseura');
    expect(item).not.toHaveTextContent('Kieltäytynyt ry');
    expect(within(item).getByRole('link', { name: /Katso tallenne/ })).toHaveAttribute(
      'href',
      'https://video.example/rec-1',
    );
    expect(within(item).getByRole('link', { name: 'Diat: esittely.pdf' })).toHaveAttribute(
      'href',
      '/files/info-session-slides/sl1',
    );
    expect(screen.getByRole('status')).toHaveTextContent('2 tilaisuutta');

    const asked = calls.find((call) => call.query.includes('PortalPastInfoSessions('));
    expect(asked?.variables).toMatchObject({
      networkSlug: 'perhelinja',
      organizationId: ORG_ID,
      termId: THEME_ERO,
      from: '2029-08-01',
      to: null,
      after: null,
    });
    expect(screen.getByLabelText('Esittelevä järjestö')).toHaveValue(ORG_ID);

    fireEvent.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    const second = (
      await screen.findByRole('heading', { level: 3, name: /20\.11\.2029 09\.00/ })
    ).closest('li');
    if (!second) throw new Error('no second item');
    expect(within(second).queryByRole('link')).toBeNull();
    expect(screen.getAllByTestId('info-session')).toHaveLength(2);
    expect(calls.some((call) => call.variables.after === 'c1')).toBe(true);
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).toBeNull();
  });

  it('lists the series with its slot and next session, and follows and stops following it', async () => {
    let followed = false;
    const series = () => ({
      infoSeriesList: {
        totalCount: 1,
        pageInfo: { hasNextPage: false, endCursor: null },
        edges: [
          {
            node: {
              id: 'series-1',
              title: {
                fi: 'Päijät-Hämeen Järjestöinfo',
                sv: 'Organisationsinfo i Päijänne-Tavastland',
              },
              weekday: 4,
              startTime: '14:00',
              durationMinutes: 30,
              isSubscribed: followed,
              sessions: {
                edges: [
                  {
                    node: {
                      id: 'next-1',
                      // 14:00 Helsinki time (UTC+3 in summer).
                      startsAt: '2030-09-12T11:00:00.000Z',
                      presentations: [
                        {
                          id: 'p1',
                          status: 'ACCEPTED',
                          organization: { id: ORG_ID, name: 'Lahden ensi- ja turvakoti' },
                        },
                        {
                          id: 'p2',
                          status: 'INVITED',
                          organization: { id: 'o2', name: 'Kutsuttu ry' },
                        },
                      ],
                    },
                  },
                ],
              },
            },
          },
        ],
      },
    });
    const { client, calls } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: PRO }
        : query.includes('PortalInfoSeriesList(')
          ? series()
          : undefined,
    );
    const mutations: { query: string; variables: Record<string, unknown> }[] = [];
    (client as unknown as { executeMutation: jest.Mock }).executeMutation = jest.fn(
      (operation: {
        query: { loc?: { source: { body: string } } };
        variables: Record<string, unknown>;
      }) => {
        const query = operation.query.loc?.source.body ?? '';
        mutations.push({ query, variables: operation.variables });
        followed = query.includes('subscribeToInfoSeries(');
        const field = followed ? 'subscribeToInfoSeries' : 'unsubscribeFromInfoSeries';
        return fromValue({
          operation,
          data: { [field]: { __typename: 'InfoSeries', id: 'series-1', isSubscribed: followed } },
          stale: false,
          hasNext: false,
        });
      },
    );
    renderWithProviders(<App />, { path: '/perhelinja/info-sessions', client });

    const item = (
      await screen.findByRole('heading', { level: 3, name: 'Päijät-Hämeen Järjestöinfo' })
    ).closest('li');
    if (!item) throw new Error('no series item');
    expect(item).toHaveTextContent('Aika: torstai klo 14.00, 30 min');
    expect(within(item).getByRole('link', { name: /12\.9\.2030 14\.00/ })).toHaveAttribute(
      'href',
      '/perhelinja/events/next-1',
    );
    expect(item).toHaveTextContent('Esittelijät: Lahden ensi- ja turvakoti');
    expect(item).not.toHaveTextContent('Kutsuttu ry');
    expect(calls.find((call) => call.query.includes('PortalInfoSeriesList('))?.variables).toEqual({
      networkSlug: 'perhelinja',
      first: 20,
      after: null,
    });

    fireEvent.click(within(item).getByRole('button', { name: /^Seuraa sarjaa/ }));
    await within(item).findByRole('button', { name: /^Lopeta seuraaminen/ });
    expect(within(item).getByRole('status')).toHaveTextContent(
      'Seuraat tätä sarjaa: kutsut tulevat sähköpostiisi.',
    );
    fireEvent.click(within(item).getByRole('button', { name: /^Lopeta seuraaminen/ }));
    await within(item).findByRole('button', { name: /^Seuraa sarjaa/ });
    expect(
      mutations.map((m) => [m.query.includes('unsubscribeFromInfoSeries('), m.variables]),
    ).toEqual([
      [false, { seriesId: 'series-1' }],
      [true, { seriesId: 'series-1' }],
    ]);
  });

  it('applies the filters through the URL', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: PRO }
        : query.includes('PortalInfoSessionOrganizations(')
          ? members
          : query.includes('PortalPastInfoSessions(')
            ? { pastInfoSessions: page([]) }
            : undefined,
    );
    const { location } = renderWithProviders(<App />, {
      path: '/perhelinja/info-sessions',
      client,
    });
    expect(
      await screen.findByText('Näillä rajauksilla ei löytynyt menneitä tilaisuuksia.'),
    ).toBeInTheDocument();
    await screen.findByRole('option', { name: 'Lahden ensi- ja turvakoti' });
    fireEvent.change(screen.getByLabelText('Esittelevä järjestö'), { target: { value: ORG_ID } });
    fireEvent.change(screen.getByLabelText('Päättyen'), { target: { value: '2030-06-30' } });
    fireEvent.click(screen.getByRole('button', { name: 'Näytä tilaisuudet' }));
    await waitFor(() => {
      expect(location.history.at(-1)).toBe(
        `/perhelinja/info-sessions?organization=${ORG_ID}&to=2030-06-30`,
      );
    });
  });

  it('tells an anonymous visitor the page is for professionals, with the sign-in link, and asks nothing', async () => {
    const { client, calls } = mockClient((query) =>
      query.includes('PortalNetwork(') ? { network, me: null } : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/info-sessions', client });

    expect(await screen.findByText(/ovat verkoston ammattilaisille/)).toBeInTheDocument();
    const content = screen.getByRole('heading', { level: 1 }).parentElement;
    if (!content) throw new Error('no content');
    expect(within(content).getByRole('link', { name: 'Kirjaudu ammattilaisena' })).toHaveAttribute(
      'href',
      `/perhelinja/signin?return=${encodeURIComponent('/perhelinja/info-sessions')}`,
    );
    expect(calls.some((call) => call.query.includes('PortalPastInfoSessions('))).toBe(false);
    expect(calls.some((call) => call.query.includes('PortalInfoSessionOrganizations('))).toBe(
      false,
    );
  });

  it('reads its state safely', () => {
    expect(
      parseInfoSessionsSearch('?organization=<b>&theme=x%20y&from=2030-02-30&to=2030-06-30'),
    ).toEqual({
      organization: null,
      theme: null,
      from: null,
      to: '2030-06-30',
    });
  });
});

describe('service page: presented in Järjestöinfo', () => {
  it('lists the responsible organisation’s sessions for a professional, linking to the filtered archive', async () => {
    const { client, calls } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: PRO }
        : query.includes('PortalService(')
          ? serviceResult(true)
          : query.includes('PortalPresentedSessions(')
            ? {
                organization: {
                  id: 'o1',
                  name: 'Turun ensi- ja turvakoti ry',
                  presentedSessions: page([session()]),
                },
              }
            : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/services/s1', client });

    const heading = await screen.findByRole('heading', { name: 'Esitelty Järjestöinfossa' });
    const section = heading.closest('section');
    if (!section) throw new Error('no section');
    expect(section).toHaveTextContent('Päijät-Hämeen Järjestöinfo');
    expect(within(section).getByRole('link', { name: /Katso tallenne/ })).toHaveAttribute(
      'href',
      'https://video.example/rec-1',
    );
    expect(
      within(section).getByRole('link', { name: 'Kaikki esittelyt: Turun ensi- ja turvakoti ry' }),
    ).toHaveAttribute('href', '/perhelinja/info-sessions?organization=o1');
    const asked = calls.find((call) => call.query.includes('PortalPresentedSessions('));
    expect(asked?.variables).toMatchObject({ organizationId: 'o1' });
  });

  it('asks nothing for an anonymous reader', async () => {
    const { client, calls } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalService(')
          ? serviceResult(false)
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/services/s1', client });

    await screen.findByRole('heading', { name: 'Näin saat apua' });
    expect(screen.queryByRole('heading', { name: 'Esitelty Järjestöinfossa' })).toBeNull();
    expect(calls.some((call) => call.query.includes('PortalPresentedSessions('))).toBe(false);
  });
});
