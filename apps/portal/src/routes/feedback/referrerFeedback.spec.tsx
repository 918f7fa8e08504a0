import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { App, preloadAllRoutes } from '../../App';
import { mockClient, renderWithProviders } from '../../../test/renderWithProviders';
import { network, serviceResult } from '../../../test/fixtures';
import { type PublicFeedbackSurvey } from '../../lib/feedbackQueries';

const SURVEY_ID = '44444444-4444-4444-8444-444444444444';
const PATH = `/perhelinja/feedback/${SURVEY_ID}/referrer`;
const survey = (answered: boolean): PublicFeedbackSurvey => ({
  id: SURVEY_ID,
  title: { fi: 'Lähettäjän palaute', sv: 'Respons', en: 'Referrer feedback' },
  questions: [
    { id: 'q1', kind: 'SCALE', text: { fi: 'Miten lähettäminen sujui?', sv: null, en: null } },
  ],
  answered,
});

type Operation = { query: unknown; variables: Record<string, unknown> };
const me = { id: 'u1', name: 'Paula Ammattilainen' };

function setup(options: {
  survey?: PublicFeedbackSurvey;
  refusal?: string;
  answer?: unknown;
  language?: 'fi' | 'sv' | 'en';
}) {
  const { client } = mockClient((query) =>
    query.includes('PortalNetwork(')
      ? { network, me: options.refusal ? null : me }
      : query.includes('PortalReferrerFeedbackSurvey(')
        ? { referrerFeedbackSurvey: options.survey }
        : undefined,
  );
  if (options.refusal) {
    const original = (client.executeQuery as jest.Mock).getMockImplementation() as (
      operation: Operation,
    ) => unknown;
    (client.executeQuery as jest.Mock).mockImplementation((operation: Operation) => {
      const body = (operation.query as { loc?: { source: { body: string } } }).loc?.source.body;
      if (typeof body === 'string' && body.includes('PortalReferrerFeedbackSurvey(')) {
        // Like the real client, a query's stream stays open after its result: one that ended
        // (`fromValue` alone) makes urql's useQuery replace the error with an empty result.
        return concat([
          fromValue({
            operation,
            error: new CombinedError({
              graphQLErrors: [{ message: 'refused', extensions: { code: options.refusal } }],
            }),
            stale: false,
            hasNext: false,
          }),
          never,
        ]);
      }
      return original(operation);
    });
  }
  const sent: { query: string; variables: Record<string, unknown> }[] = [];
  (client.executeMutation as jest.Mock).mockImplementation((operation: Operation) => {
    const body = (operation.query as { loc?: { source: { body: string } } }).loc?.source.body;
    sent.push({ query: body ?? '', variables: operation.variables });
    return fromValue({ operation, ...(options.answer as object), stale: false, hasNext: false });
  });
  renderWithProviders(<App />, { path: PATH, client, language: options.language ?? 'fi' });
  return { sent };
}

beforeAll(() => preloadAllRoutes());

describe('referrer feedback page (signed-in professionals)', () => {
  it('a professional answers with the same form, through the referrer mutation, without the honeypot', async () => {
    const { sent } = setup({
      survey: survey(false),
      answer: { data: { submitReferrerFeedback: { received: true } } },
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Lähettäjän palaute' }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Vastaat kirjautuneena ammattilaisena, kerran/)).toBeInTheDocument();
    expect(screen.queryByLabelText('Jätä tämä kenttä tyhjäksi')).toBeNull();
    const scale = screen.getByRole('group', { name: 'Miten lähettäminen sujui?' });
    fireEvent.click(within(scale).getByRole('radio', { name: '5 / 5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    expect(
      await screen.findByRole('heading', { name: 'Kiitos palautteestasi!' }),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]?.query).toContain('submitReferrerFeedback');
    expect(sent[0]?.variables).toEqual({
      input: { surveyId: SURVEY_ID, answers: [{ questionId: 'q1', score: 5 }] },
    });
  });

  it('explains a second answer the API refuses', async () => {
    setup({
      survey: survey(false),
      answer: {
        error: {
          graphQLErrors: [{ extensions: { code: 'CONFLICT', reason: 'ALREADY_ANSWERED' } }],
        },
      },
    });
    const scale = await screen.findByRole('group', { name: 'Miten lähettäminen sujui?' });
    fireEvent.click(within(scale).getByRole('radio', { name: '3 / 5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Olet jo vastannut tähän kyselyyn. Kiitos!',
    );
  });

  it('asks an anonymous reader to sign in (the API says UNAUTHENTICATED)', async () => {
    setup({ refusal: 'UNAUTHENTICATED' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Palaute lähettäjänä' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Kirjaudu sisään ammattilaisena vastataksesi.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Kirjaudu sisään' })).toHaveAttribute(
      'href',
      `/perhelinja/signin?return=${encodeURIComponent(PATH)}`,
    );
    expect(screen.queryByRole('button', { name: 'Lähetä palaute' })).toBeNull();
  });

  it('tells anyone but a professional of the network who answers (the API says FORBIDDEN)', async () => {
    setup({ refusal: 'FORBIDDEN' });
    expect(
      await screen.findByText('Tähän kyselyyn vastaavat vain verkoston ammattilaiset.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Kirjaudu sisään' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Lähetä palaute' })).toBeNull();
  });

  it('gives both refusals in the reader’s language (Swedish, English)', async () => {
    setup({ refusal: 'UNAUTHENTICATED', language: 'sv' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Respons som remittent' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Logga in som yrkesperson för att svara.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Logga in' })).toBeInTheDocument();
    cleanup();

    setup({ refusal: 'FORBIDDEN', language: 'en' });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Feedback as a referrer' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Only the network’s professionals answer this survey.'),
    ).toBeInTheDocument();
  });

  it('shows no form once answered', async () => {
    setup({ survey: survey(true) });
    expect(
      await screen.findByText('Olet jo vastannut tähän kyselyyn. Kiitos!'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Lähetä palaute' })).toBeNull();
  });
});

describe('service page: the referrer feedback link', () => {
  it('shows "Give feedback as a referrer" when the API gives the professional a survey', async () => {
    const data = serviceResult(true);
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me }
        : query.includes('PortalService(')
          ? {
              ...data,
              service: {
                ...data.service,
                openReferrerFeedbackSurvey: { id: SURVEY_ID, title: survey(false).title },
              },
            }
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/services/s1', client, language: 'en' });
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Feedback as a referrer',
    });
    const section = heading.closest('section');
    if (!section) throw new Error('no section');
    expect(
      within(section).getByRole('link', { name: 'Give feedback as a referrer' }),
    ).toHaveAttribute('href', `/perhelinja/feedback/${SURVEY_ID}/referrer?lang=en`);
  });

  it('shows nothing without one (anyone but a professional)', async () => {
    const { client } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network, me: null }
        : query.includes('PortalService(')
          ? serviceResult(false)
          : undefined,
    );
    renderWithProviders(<App />, { path: '/perhelinja/services/s1', client, language: 'en' });
    await waitFor(() => {
      expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
    });
    expect(screen.queryByRole('link', { name: 'Give feedback as a referrer' })).toBeNull();
  });
});
