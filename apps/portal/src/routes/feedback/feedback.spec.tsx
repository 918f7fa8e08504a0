import { fireEvent, screen, waitFor } from '@testing-library/react';
import { fromValue } from 'wonka';
import { App, preloadAllRoutes } from '../../App';
import { mockClient, renderWithProviders } from '../../../test/renderWithProviders';
import { network } from '../../../test/fixtures';
import { type PublicFeedbackSurveyData } from '../../lib/feedbackQueries';
import { answersOf } from './FeedbackPage';

const SURVEY_ID = '33333333-3333-4333-8333-333333333333';
const survey: PublicFeedbackSurveyData['publicFeedbackSurvey'] = {
  id: SURVEY_ID,
  title: {
    fi: 'Palaute: Keskusteluapu',
    sv: 'Respons: Samtalsstöd',
    en: 'Feedback: Talking support',
  },
  questions: [
    {
      id: 'q1',
      kind: 'SCALE',
      text: { fi: 'Kuinka tyytyväinen olit?', sv: 'Hur nöjd?', en: 'How satisfied?' },
    },
    {
      id: 'q2',
      kind: 'YES_NO',
      text: { fi: 'Suosittelisitko?', sv: 'Rekommendera?', en: 'Recommend?' },
    },
    { id: 'q3', kind: 'TEXT', text: { fi: 'Terveisiä?', sv: 'Hälsningar?', en: 'Anything else?' } },
  ],
};

type Mutation = { variables: Record<string, unknown> };

function setup(
  answer: (variables: Record<string, unknown>) => unknown,
  language?: 'fi' | 'sv' | 'en',
) {
  const { client } = mockClient((query) =>
    query.includes('PortalNetwork(')
      ? { network, me: null }
      : query.includes('PortalFeedbackSurvey(')
        ? { publicFeedbackSurvey: survey }
        : undefined,
  );
  const sent: Record<string, unknown>[] = [];
  (client.executeMutation as jest.Mock).mockImplementation((operation: Mutation) => {
    sent.push(operation.variables);
    return fromValue({
      operation,
      ...(answer(operation.variables) as object),
      stale: false,
      hasNext: false,
    });
  });
  renderWithProviders(<App />, { path: `/perhelinja/feedback/${SURVEY_ID}`, client, language });
  return { sent };
}

beforeAll(() => preloadAllRoutes());

describe('feedback survey page', () => {
  it('asks each question in a labelled group and sends only the answers given, anonymously', async () => {
    const { sent } = setup(() => ({ data: { submitFeedback: { received: true } } }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Palaute: Keskusteluapu' }),
    ).toBeInTheDocument();
    const scale = screen.getByRole('group', { name: 'Kuinka tyytyväinen olit?' });
    expect(scale).toBeInTheDocument();
    fireEvent.click(screen.getByRole('radio', { name: '4 / 5' }));
    fireEvent.click(screen.getByRole('radio', { name: 'Kyllä' }));
    // No field asks for a name, an email or a phone number.
    expect(screen.queryByLabelText(/nimi|sähköposti|puhelin/i)).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Kiitos palautteestasi!');
    expect(sent).toEqual([
      {
        input: {
          surveyId: SURVEY_ID,
          answers: [
            { questionId: 'q1', score: 4 },
            { questionId: 'q2', yes: true },
          ],
        },
      },
    ]);
  });

  it('keeps the honeypot out of reach and says when nothing was answered', async () => {
    const { sent } = setup(() => ({ data: { submitFeedback: { received: true } } }));
    await screen.findByRole('heading', { level: 1 });
    const trap = document.querySelector('input[name="nickname"]');
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap?.closest('[aria-hidden="true"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä palaute' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vastaa ainakin yhteen kysymykseen.',
    );
    expect(sent).toEqual([]);
  });

  it('explains a refusal in the reader’s language (Swedish: rate limit)', async () => {
    setup(
      () => ({
        error: { graphQLErrors: [{ extensions: { code: 'RATE_LIMITED' } }] },
      }),
      'sv',
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Respons: Samtalsstöd' }),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByRole('textbox', { name: 'Hälsningar?' }), {
      target: { value: 'Tack' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka respons' }));
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent('För många svar från den här adressen.');
    });
  });

  it('drops empty texts and keeps the survey order', () => {
    expect(
      answersOf(survey.questions, { q3: { text: '  ' }, q2: { yes: false }, q1: { score: 2 } }),
    ).toEqual([
      { questionId: 'q1', score: 2 },
      { questionId: 'q2', yes: false },
    ]);
  });
});
