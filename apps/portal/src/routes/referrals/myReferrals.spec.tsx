import { fireEvent, screen, within } from '@testing-library/react';
import { App, preloadAllRoutes } from '../../App';
import { mockClient, renderWithProviders } from '../../../test/renderWithProviders';
import { network } from '../../../test/fixtures';
import { type MyReferral, type MyReferralsData } from '../../lib/referralQueries';

const PRO = { id: 'u1', name: 'Paula Ammattilainen' };

function referral(overrides: Partial<MyReferral> = {}): MyReferral {
  return {
    id: 'r1',
    serviceId: 's1',
    networkSlug: 'perhelinja',
    serviceName: { fi: 'Turvakoti', sv: 'Skyddshem' },
    organizationName: 'Lahden ensi- ja turvakoti',
    status: 'ACCEPTED',
    declineReason: null,
    createdAt: '2030-03-19T07:00:00.000Z',
    decidedAt: '2030-03-20T09:00:00.000Z',
    openReferrerFeedbackSurvey: null,
    ...overrides,
  };
}

function page(
  nodes: MyReferral[],
  { total = nodes.length, endCursor = null }: { total?: number; endCursor?: string | null } = {},
): MyReferralsData {
  return {
    myReferrals: {
      totalCount: total,
      pageInfo: { hasNextPage: Boolean(endCursor), endCursor },
      edges: nodes.map((node) => ({ node })),
    },
  };
}

beforeAll(async () => {
  await preloadAllRoutes();
});

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('my referrals page', () => {
  it('shows the signed-in professional’s referrals with where each stands, in their language, and loads more', async () => {
    const { client, calls } = mockClient((query, variables) =>
      query.includes('PortalNetwork(')
        ? { network, me: PRO }
        : query.includes('PortalMyReferrals(')
          ? variables.after
            ? page(
                [
                  referral({
                    id: 'r2',
                    serviceId: 's2',
                    serviceName: { fi: 'Eroperheiden vertaisryhmä' },
                    organizationName: 'MLL Varsinais-Suomen piiri',
                    status: 'DECLINED',
                    declineReason: 'NO_CAPACITY',
                  }),
                ],
                { total: 2 },
              )
            : page([referral()], { total: 2, endCursor: 'c1' })
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/referrals', client, language: 'sv' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Mina remisser' }),
    ).toBeInTheDocument();
    const first = await screen.findByRole('link', { name: 'Skyddshem' });
    expect(first).toHaveAttribute('href', '/perhelinja/services/s1?lang=sv');
    const item = first.closest('li');
    if (!item) throw new Error('no referral item');
    expect(item).toHaveTextContent('Lahden ensi- ja turvakoti');
    expect(item).toHaveTextContent('Godkänd');
    expect(item).toHaveTextContent('Skickad tisdag 19.3.2030');
    expect(screen.getByText('2 remisser')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Visa fler' }));
    const second = await screen.findByRole('link', { name: 'Eroperheiden vertaisryhmä' });
    // No Swedish name: the Finnish one, marked as Finnish for screen readers.
    expect(second.querySelector('[lang="fi"]')).not.toBeNull();
    const secondItem = second.closest('li');
    if (!secondItem) throw new Error('no second item');
    expect(secondItem).toHaveTextContent('Inte godkänd – ingen plats');
    expect(screen.queryByRole('button', { name: 'Visa fler' })).toBeNull();
    expect(
      calls.filter((call) => call.query.includes('PortalMyReferrals(')).map((c) => c.variables),
    ).toContainEqual({ first: 20, after: 'c1' });
  });

  it('links the referrer survey of a referral whose service has one, and nothing for the others', async () => {
    const SURVEY = '44444444-4444-4444-8444-444444444444';
    const respond = (query: string) =>
      query.includes('PortalNetwork(')
        ? { network, me: PRO }
        : query.includes('PortalMyReferrals(')
          ? page([
              referral({
                openReferrerFeedbackSurvey: {
                  id: SURVEY,
                  title: { fi: 'Lähettäjien kysely', sv: null, en: null },
                },
              }),
              referral({
                id: 'r2',
                serviceId: 's2',
                serviceName: { fi: 'Eroperheiden vertaisryhmä' },
                status: 'NEW',
                decidedAt: null,
              }),
            ])
          : undefined;
    const { client, calls } = mockClient(respond);
    const { unmount } = renderWithProviders(<App />, {
      path: '/perhelinja/referrals',
      client,
      language: 'fi',
    });

    const withSurvey = (await screen.findByRole('link', { name: 'Turvakoti' })).closest('li');
    const without = screen.getByRole('link', { name: 'Eroperheiden vertaisryhmä' }).closest('li');
    if (!withSurvey || !without) throw new Error('no referral items');
    const link = within(withSurvey).getByRole('link', { name: 'Anna palautetta lähettäjänä' });
    expect(link).toHaveAttribute('href', `/perhelinja/feedback/${SURVEY}/referrer`);
    // Which service it is about: the item's heading.
    expect(link).toHaveAccessibleDescription('Turvakoti');
    expect(within(without).queryByRole('link', { name: /palautetta/ })).toBeNull();
    expect(screen.getAllByRole('link', { name: 'Anna palautetta lähettäjänä' })).toHaveLength(1);
    // One query for the page asks for every referral's survey (the API batches it).
    const asked = calls.filter((call) => call.query.includes('PortalMyReferrals('));
    expect(asked.every((call) => call.query.includes('openReferrerFeedbackSurvey'))).toBe(true);
    unmount();

    renderWithProviders(<App />, {
      path: '/perhelinja/referrals',
      client: mockClient(respond).client,
      language: 'en',
    });
    expect(
      await screen.findByRole('link', { name: 'Give feedback as a referrer' }),
    ).toHaveAttribute('href', `/perhelinja/feedback/${SURVEY}/referrer?lang=en`);
  });

  it('asks an anonymous visitor to sign in first and never asks for referrals', async () => {
    const { client, calls } = mockClient((query) =>
      query.includes('PortalNetwork(') ? { network, me: null } : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/referrals', client });

    expect(await screen.findByText(/Kirjaudu sisään nähdäksesi omasi/)).toBeInTheDocument();
    const content = screen.getByRole('heading', {
      level: 1,
      name: 'Omat lähetteeni',
    }).parentElement;
    if (!content) throw new Error('no content');
    expect(within(content).getByRole('link', { name: 'Kirjaudu ammattilaisena' })).toHaveAttribute(
      'href',
      `/perhelinja/signin?return=${encodeURIComponent('/perhelinja/referrals')}`,
    );
    expect(calls.some((call) => call.query.includes('PortalMyReferrals('))).toBe(false);
  });

  it('says so when there are none', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: PRO }
        : query.includes('PortalMyReferrals(')
          ? page([])
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/referrals', client, language: 'en' });
    expect(await screen.findByText('You have not sent any referrals yet.')).toBeInTheDocument();
  });
});
