import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { CombinedError } from 'urql';
import { fromValue, never } from 'wonka';
import {
  type Answer,
  mockClient,
  operationName,
  operationsOf,
  organizationTenant,
  renderWithProviders,
} from '../../../../test/render';
import { AnswerSurveyPage, toAnswerInput } from './AnswerSurveyPage';
import { PartnerSurveysGate } from './PartnerSurveysGate';
import { SurveysToAnswerPage } from './SurveysToAnswerPage';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const text = (fi: string, sv: string | null = null, en: string | null = null) => ({ fi, sv, en });
const tenant = { ...organizationTenant, roles: ['ORG_EDITOR' as const] };

function partnerSurvey(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    networkId: 'net-liitto',
    networkName: 'Ensi- ja turvakotien liitto',
    organizationName: null,
    answered: false,
    openedAt: '2026-06-01T08:00:00.000Z',
    title: text(`Kumppanikysely ${id}`, `Partnerenkät ${id}`, `Partner survey ${id}`),
    questions: [
      {
        id: 'q1',
        position: 0,
        kind: 'SCALE',
        text: text('Miten yhteistyö sujui?', 'Hur gick samarbetet?', 'How did we work together?'),
      },
      { id: 'q2', position: 1, kind: 'YES_NO', text: text('Jatketaanko?', 'Fortsätter vi?') },
      { id: 'q3', position: 2, kind: 'TEXT', text: text('Terveisiä?') },
    ],
    ...overrides,
  };
}

function mock(answerMutation: Answer = () => never, answered = false) {
  return mockClient((op) => {
    const name = operationName(op);
    if (name === 'PartnerFeedbackSurveys') {
      const after = op.variables.after as string | null;
      return fromValue({
        data: {
          partnerFeedbackSurveys: {
            totalCount: 11,
            pageInfo: { hasNextPage: !after, endCursor: after ? null : 'cursor-10' },
            edges: after
              ? [
                  {
                    node: partnerSurvey('p11', {
                      organizationName: 'Lahden ensi- ja turvakoti ry',
                    }),
                  },
                ]
              : [{ node: partnerSurvey('p1') }, { node: partnerSurvey('p2', { answered: true }) }],
          },
        },
      });
    }
    if (name === 'PartnerFeedbackSurvey') {
      return fromValue({
        data: { partnerFeedbackSurvey: partnerSurvey(op.variables.id as string, { answered }) },
      });
    }
    return never;
  }, answerMutation);
}

const renderForm = (client: ReturnType<typeof mock>, language?: 'fi' | 'sv' | 'en') =>
  renderWithProviders(<AnswerSurveyPage />, client.client, {
    tenant,
    path: '/o/org-lahti/feedback/answer/p1',
    route: '/o/:organizationId/feedback/answer/:surveyId',
    language: language ?? 'fi',
  });

describe('partner feedback: surveys to answer', () => {
  it('lists the open surveys with their state and shows more a page at a time', async () => {
    const client = mock();
    renderWithProviders(<SurveysToAnswerPage />, client.client, {
      tenant,
      path: '/o/org-lahti/feedback/answer',
      route: '/o/:organizationId/feedback/answer',
    });
    const list = await screen.findByRole('list', { name: 'Avoimet kyselyt, uusin ensin' });
    expect(screen.getByRole('heading', { level: 1, name: 'Kyselyt vastattavaksi' })).toBeVisible();
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Vastaamatta');
    expect(items[0]).toHaveTextContent('Kysyjä: Ensi- ja turvakotien liitto');
    expect(
      within(items[0]!).getByRole('link', { name: 'Vastaa: Kumppanikysely p1' }),
    ).toHaveAttribute('href', '/o/org-lahti/feedback/answer/p1');
    expect(items[1]).toHaveTextContent('Vastattu');
    expect(within(items[1]!).queryByRole('link', { name: /Vastaa:/ })).toBeNull();
    expect(operationsOf(client.executeQuery)[0]?.variables).toMatchObject({
      organizationId: 'org-lahti',
      after: null,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Näytä lisää' }));
    expect(
      await screen.findByText('Kysyjä: Lahden ensi- ja turvakoti ry (Ensi- ja turvakotien liitto)'),
    ).toBeVisible();
    expect(
      operationsOf(client.executeQuery).map((op) => (op.variables as { after: unknown }).after),
    ).toContain('cursor-10');
    expect(screen.queryByRole('button', { name: 'Näytä lisää' })).toBeNull();
  });
});

describe('partner feedback: the form', () => {
  it('asks each question in a fieldset in the UI language, sends the answers and thanks', async () => {
    const client = mock(() => fromValue({ data: { submitPartnerFeedback: { received: true } } }));
    renderForm(client, 'sv');
    const scale = await screen.findByRole('group', { name: '1. Hur gick samarbetet?' });
    fireEvent.click(within(scale).getByRole('radio', { name: '4' }));
    // No Swedish text: the Finnish one.
    const yesNo = screen.getByRole('group', { name: '2. Fortsätter vi?' });
    fireEvent.click(within(yesNo).getByRole('radio', { name: 'Ja' }));
    fireEvent.change(screen.getByRole('textbox', { name: '3. Terveisiä?' }), {
      target: { value: '  Tack!  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Skicka svaret' }));

    expect(await screen.findByText('Tack för ditt svar!')).toBeVisible();
    expect(operationsOf(client.executeMutation)[0]?.variables).toEqual({
      input: {
        surveyId: 'p1',
        answers: [
          { questionId: 'q1', score: 4 },
          { questionId: 'q2', yes: true },
          { questionId: 'q3', text: 'Tack!' },
        ],
      },
    });
  });

  it('sends nothing without an answer', async () => {
    const client = mock(() => fromValue({ data: { submitPartnerFeedback: { received: true } } }));
    renderForm(client);
    fireEvent.click(await screen.findByRole('button', { name: 'Lähetä vastaus' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Vastaa ainakin yhteen kysymykseen.',
    );
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('shows "already answered" when the person has answered, without a form', async () => {
    renderForm(mock(() => never, true));
    expect(
      await screen.findByText(
        'Olet jo vastannut tähän kyselyyn. Kuhunkin kyselyyn vastataan kerran.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Lähetä vastaus' })).toBeNull();
  });

  it('turns the API’s ALREADY_ANSWERED into the "already answered" state', async () => {
    const client = mock(() =>
      fromValue({
        error: new CombinedError({
          graphQLErrors: [
            {
              message: 'You have already answered this survey.',
              extensions: { code: 'CONFLICT', reason: 'ALREADY_ANSWERED' },
            },
          ],
        }),
      }),
    );
    renderForm(client);
    const scale = await screen.findByRole('group', { name: '1. Miten yhteistyö sujui?' });
    fireEvent.click(within(scale).getByRole('radio', { name: '5' }));
    fireEvent.click(screen.getByRole('button', { name: 'Lähetä vastaus' }));
    await waitFor(() => {
      expect(
        screen.getByText('Olet jo vastannut tähän kyselyyn. Kuhunkin kyselyyn vastataan kerran.'),
      ).toBeVisible();
    });
    expect(screen.queryByRole('button', { name: 'Lähetä vastaus' })).toBeNull();
  });

  it('names the question of a refused answer', async () => {
    const client = mock(() =>
      fromValue({
        error: new CombinedError({
          graphQLErrors: [
            {
              message: 'input.answers.0.text: must not contain an identity number',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.answers.0.text' },
            },
          ],
        }),
      }),
    );
    renderForm(client, 'en');
    fireEvent.change(await screen.findByRole('textbox', { name: '3. Terveisiä?' }), {
      target: { value: '010101-123N' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Send the answer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Check the answer to question 3. input.answers.0.text: must not contain an identity number',
    );
  });
});

describe('the navigation link', () => {
  const renderGate = (totalCount: number) => {
    const client = mockClient(() =>
      fromValue({ data: { partnerFeedbackSurveys: { totalCount } } }),
    );
    renderWithProviders(
      <PartnerSurveysGate workspace={{ kind: 'organization', id: 'org-lahti' }}>
        <a href="/o/org-lahti/feedback/answer">Kyselyt vastattavaksi</a>
      </PartnerSurveysGate>,
      client.client,
    );
    return client;
  };

  it('shows the link when the organisation has a partner survey', async () => {
    const client = renderGate(2);
    expect(await screen.findByRole('link', { name: 'Kyselyt vastattavaksi' })).toBeVisible();
    expect(operationsOf(client.executeQuery)[0]?.variables).toEqual({
      organizationId: 'org-lahti',
    });
  });

  it('hides it without one', async () => {
    const client = renderGate(0);
    await waitFor(() => {
      expect(client.executeQuery).toHaveBeenCalled();
    });
    expect(screen.queryByRole('link', { name: 'Kyselyt vastattavaksi' })).toBeNull();
  });
});

describe('toAnswerInput', () => {
  it('skips the questions left empty', () => {
    const { questions } = partnerSurvey('p1');
    expect(
      toAnswerInput(questions as Parameters<typeof toAnswerInput>[0], { q2: 'NO', q3: '   ' }),
    ).toEqual([{ questionId: 'q2', yes: false }]);
  });
});
