import { fireEvent, screen, waitFor } from '@testing-library/react';
import { Route } from 'wouter';
import { App, preloadAllRoutes } from '../../App';
import EmbedPage from '../EmbedPage';
import { mockClient, renderWithProviders } from '../../../test/renderWithProviders';
import { network } from '../../../test/fixtures';
import { type EventDetail, type EventListNode } from '../../lib/eventQueries';
import { eventJsonLd } from '../../lib/eventJsonLd';
import { helsinkiStartOfDay, isoWithOffset } from '../../lib/eventTime';
import { feedPath, parseEventsSearch } from './EventsPage';

const GROUP_ID = '11111111-1111-4111-8111-111111111111';
const PRO_ID = '22222222-2222-4222-8222-222222222222';

function listNode(overrides: Partial<EventListNode> = {}): EventListNode {
  return {
    id: GROUP_ID,
    kind: 'GROUP',
    audience: 'PUBLIC',
    status: 'PUBLISHED',
    title: { fi: 'Eroryhmä', sv: 'Skilsmässogrupp', en: null },
    isOnline: false,
    placeName: 'Perhetupa',
    postOffice: 'Lahti',
    municipality: { code: '398', name: { fi: 'Lahti', sv: 'Lahtis' } },
    // 17:00 Helsinki time before and after the start of summer time (31 March 2030).
    occurrences: [
      { startsAt: '2030-03-19T15:00:00.000Z', endsAt: '2030-03-19T16:30:00.000Z' },
      { startsAt: '2030-04-02T14:00:00.000Z', endsAt: '2030-04-02T15:30:00.000Z' },
    ],
    ...overrides,
  };
}

function detail(overrides: Partial<EventDetail> = {}): EventDetail {
  return {
    ...listNode(),
    description: { fi: 'Vertaisryhmä eronneille vanhemmille.' },
    startsAt: '2030-03-19T15:00:00.000Z',
    endsAt: '2030-03-19T16:30:00.000Z',
    recurrence: 'FREQ=WEEKLY;COUNT=2',
    streetAddress: 'Vesijärvenkatu 1',
    postalCode: '15140',
    accessibility: { fi: 'Esteetön sisäänkäynti.' },
    onlineUrl: null,
    cost: 'FREE',
    costNote: {},
    ageMin: 18,
    ageMax: null,
    languages: ['fi', 'sv'],
    meetingCount: 2,
    cancelReason: null,
    signupEnabled: false,
    openFeedbackSurvey: null,
    network: { slug: 'perhelinja', name: 'Perhelinja' },
    organization: { id: 'o1', name: 'Lahden ensi- ja turvakoti', website: 'https://example.fi' },
    service: null,
    themes: [],
    ...overrides,
  };
}

function jsonLdOnPage(): Record<string, unknown> {
  const script = document.querySelector('script[type="application/ld+json"]');
  if (!script?.textContent) throw new Error('no JSON-LD on the page');
  return JSON.parse(script.textContent) as Record<string, unknown>;
}

beforeAll(async () => {
  await preloadAllRoutes();
});

beforeEach(() => {
  window.sessionStorage.clear();
});

describe('event times in Helsinki', () => {
  it('finds midnight and the offset on both sides of a DST change', () => {
    expect(helsinkiStartOfDay('2030-03-19')?.toISOString()).toBe('2030-03-18T22:00:00.000Z');
    expect(helsinkiStartOfDay('2030-04-02')?.toISOString()).toBe('2030-04-01T21:00:00.000Z');
    expect(helsinkiStartOfDay('2030-02-30')).toBeNull();
    expect(isoWithOffset(new Date('2030-03-19T15:00:00Z'))).toBe('2030-03-19T17:00:00+02:00');
    expect(isoWithOffset(new Date('2030-04-02T14:00:00Z'))).toBe('2030-04-02T17:00:00+03:00');
  });
});

describe('events page', () => {
  it('lists public events by Helsinki date for an anonymous reader, with the feed link carrying the filters', async () => {
    const { client, calls } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalEvents(')
          ? {
              events: {
                totalCount: 1,
                pageInfo: { hasNextPage: false, endCursor: null },
                edges: [{ node: listNode() }],
              },
            }
          : query.includes('PortalMunicipality')
            ? { municipality: { code: '398', name: { fi: 'Lahti', sv: 'Lahtis' } } }
            : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/events?municipality=398', client });

    expect(
      await screen.findByRole('heading', { level: 1, name: /Tapahtumat/ }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { level: 2, name: /tiistaina 19\.3\.2030/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { level: 2, name: /tiistaina 2\.4\.2030/ }),
    ).toBeInTheDocument();
    // 17:00 on both dates, before and after the change to summer time.
    expect(screen.getAllByText(/^17\.00–18\.30$/)).toHaveLength(2);
    const links = screen.getAllByRole('link', { name: 'Eroryhmä' });
    expect(links[0]).toHaveAttribute('href', `/perhelinja/events/${GROUP_ID}`);

    const events = calls.find((call) => call.query.includes('PortalEvents('));
    expect(events?.variables.filter).toMatchObject({
      networkSlug: 'perhelinja',
      municipalityCode: '398',
      includeOnline: true,
      audiences: ['PUBLIC'],
    });
    expect(screen.getByTestId('events-feed-link')).toHaveAttribute(
      'href',
      '/ical/networks/perhelinja/events.ics?municipality=398&includeOnline=true',
    );
    // No audience choice for an anonymous reader.
    expect(screen.queryByLabelText('Kenelle')).toBeNull();
  });

  it('applies the filters through the URL', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalEvents(')
          ? {
              events: {
                totalCount: 0,
                pageInfo: { hasNextPage: false, endCursor: null },
                edges: [],
              },
            }
          : undefined,
    );
    const { location } = renderWithProviders(<App />, { path: '/perhelinja/events', client });
    expect(
      await screen.findByText('Näillä rajauksilla ei löytynyt tapahtumia.'),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Alkaen'), { target: { value: '2030-03-01' } });
    fireEvent.click(screen.getByLabelText('Vain verkossa'));
    fireEvent.click(screen.getByRole('button', { name: 'Näytä tapahtumat' }));
    await waitFor(() => {
      expect(location.history.at(-1)).toBe('/perhelinja/events?from=2030-03-01&online=1');
    });
  });

  it('reads and writes its state safely', () => {
    expect(
      parseEventsSearch('?municipality=Lahti&from=2030-13-01&audience=admins&theme=<b>'),
    ).toEqual({
      municipality: null,
      from: null,
      to: null,
      audience: 'all',
      theme: null,
      online: false,
    });
    expect(
      feedPath(
        'perhelinja',
        { ...parseEventsSearch('?online=1&theme=t1'), audience: 'professionals' },
        'sv',
      ),
    ).toBe('/ical/networks/perhelinja/events.ics?theme=t1&online=true&lang=sv');
  });
});

describe('event page', () => {
  it('links an open feedback survey on the event, and none without one', async () => {
    const SURVEY_ID = '33333333-3333-4333-8333-333333333333';
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalEvent(')
          ? { event: detail({ openFeedbackSurvey: { id: SURVEY_ID, title: { fi: 'Palaute' } } }) }
          : undefined,
    );
    renderWithProviders(<App />, {
      path: `/perhelinja/events/${GROUP_ID}`,
      client,
      language: 'fi',
    });
    expect(
      await screen.findByRole('link', { name: 'Anna palautetta tapahtumasta' }),
    ).toHaveAttribute('href', `/perhelinja/feedback/${SURVEY_ID}`);
  });

  it('shows no feedback link without an open survey', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalEvent(')
          ? { event: detail() }
          : undefined,
    );
    renderWithProviders(<App />, {
      path: `/perhelinja/events/${GROUP_ID}`,
      client,
      language: 'fi',
    });
    await screen.findByRole('heading', { level: 1, name: 'Eroryhmä' });
    expect(screen.queryByRole('link', { name: 'Anna palautetta tapahtumasta' })).toBeNull();
  });

  it('shows the event in Helsinki time with its facts, add to calendar and JSON-LD naming it', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalEvent(')
          ? { event: detail() }
          : undefined,
    );
    renderWithProviders(<App />, { path: `/perhelinja/events/${GROUP_ID}`, client });

    expect(await screen.findByRole('heading', { level: 1, name: 'Eroryhmä' })).toBeInTheDocument();
    expect(screen.getByText('tiistaina 19.3.2030 17.00–18.30')).toBeInTheDocument();
    expect(screen.getByText('tiistaina 2.4.2030 17.00–18.30')).toBeInTheDocument();
    expect(screen.getByText('Esteetön sisäänkäynti.')).toBeInTheDocument();
    expect(screen.getByText('Lahden ensi- ja turvakoti')).toBeInTheDocument();
    expect(screen.getByText('vähintään 18 v')).toBeInTheDocument();
    expect(screen.getByTestId('add-to-calendar')).toHaveAttribute(
      'href',
      `/ical/events/${GROUP_ID}.ics`,
    );

    const ld = jsonLdOnPage();
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Eroryhmä',
      startDate: '2030-03-19T17:00:00+02:00',
      endDate: '2030-03-19T18:30:00+02:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Perhetupa',
        address: {
          streetAddress: 'Vesijärvenkatu 1',
          postalCode: '15140',
          addressLocality: 'Lahti',
        },
      },
      organizer: { '@type': 'Organization', name: 'Lahden ensi- ja turvakoti' },
      offers: { '@type': 'Offer', price: 0, priceCurrency: 'EUR' },
    });
  });

  it('renders no meeting link for an anonymous read of a professionals’ online event', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalEvent(')
          ? {
              event: detail({
                id: PRO_ID,
                kind: 'INFO_SESSION',
                audience: 'PROFESSIONALS',
                title: { fi: 'Järjestöinfo' },
                isOnline: true,
                placeName: null,
                streetAddress: null,
                postalCode: null,
                postOffice: null,
                municipality: null,
                onlineUrl: null,
              }),
            }
          : undefined,
    );
    renderWithProviders(<App />, { path: `/perhelinja/events/${PRO_ID}`, client });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Järjestöinfo' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Osallistumislinkki lähetetään ilmoittautuneille.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Liity tapahtumaan' })).toBeNull();
    expect(jsonLdOnPage()).toMatchObject({
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: { '@type': 'VirtualLocation', url: `http://localhost/perhelinja/events/${PRO_ID}` },
    });
  });

  it('never puts the meeting link in the JSON-LD, even for a reader who may see it', () => {
    const ld = eventJsonLd(
      detail({ isOnline: true, onlineUrl: 'https://meet.example/secret', status: 'CANCELLED' }),
      'fi',
      'https://linja.example/perhelinja/events/x',
    );
    expect(JSON.stringify(ld)).not.toContain('meet.example');
    expect(ld).toMatchObject({
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
    });
  });
});

describe('widget events view', () => {
  it('lists the public events with links opening the event page in a new tab, and asks no services', async () => {
    const { client, calls } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalEvents(')
          ? {
              events: {
                totalCount: 1,
                pageInfo: { hasNextPage: false, endCursor: null },
                edges: [{ node: listNode() }],
              },
            }
          : undefined,
    );
    renderWithProviders(
      <Route path="/embed/:networkSlug">
        <EmbedPage />
      </Route>,
      { path: '/embed/perhelinja?view=events&region=398&lang=sv', client, language: 'sv' },
    );

    const links = await screen.findAllByRole('link', { name: /Skilsmässogrupp/ });
    expect(links).toHaveLength(2);
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('href', `/perhelinja/events/${GROUP_ID}?lang=sv`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Perhelinja: Evenemang');
    const events = calls.find((call) => call.query.includes('PortalEvents('));
    expect(events?.variables.filter).toMatchObject({
      networkSlug: 'perhelinja',
      municipalityCode: '398',
      includeOnline: true,
      audiences: ['PUBLIC'],
    });
    expect(calls.some((call) => call.query.includes('PortalEmbed'))).toBe(false);
  });
});
