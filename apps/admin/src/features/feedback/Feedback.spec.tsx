import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  type Answer,
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  organizationTenant,
  renderWithProviders,
} from '../../../test/render';
import { showTableCellsInJsdom } from '../../../test/datatable';
import { SurveyEditorPage } from './SurveyEditorPage';
import { SurveyResultsPage } from './SurveyResultsPage';
import { SurveysPage } from './SurveysPage';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

beforeAll(showTableCellsInJsdom);

/** Chooses `option` in the Mantine select labelled `label`. */
async function pick(label: RegExp | string, option: string) {
  const select = screen.getByRole('combobox', { name: label });
  fireEvent.click(select);
  await waitFor(() => {
    expect(select).toHaveAttribute('aria-controls');
  });
  const listbox = document.getElementById(select.getAttribute('aria-controls') ?? '');
  if (!listbox) throw new Error('no listbox');
  fireEvent.click(within(listbox).getByRole('option', { name: option, hidden: true }));
}

const text = (fi: string, sv: string | null = null, en: string | null = null) => ({ fi, sv, en });
const SLUG = 'ensi-ja-turvakotien-liitto';
const viewerTenant = { ...networkTenant, roles: ['REPORT_VIEWER' as const] };

function survey(
  id: string,
  status: 'DRAFT' | 'OPEN' | 'CLOSED',
  overrides: Record<string, unknown> = {},
) {
  return {
    id,
    networkId: 'net-liitto',
    organizationId: null,
    serviceId: 'svc-1',
    eventId: null,
    status,
    audience: 'CLIENT',
    openedAt: status === 'DRAFT' ? null : '2026-06-01T08:00:00.000Z',
    closedAt: null,
    createdAt: '2026-05-20T08:00:00.000Z',
    title: text(`Kysely ${id}`, `Enkät ${id}`, `Survey ${id}`),
    targetName: text('Ensikoti', 'Mödrahem', 'Mother and baby home'),
    questions: [
      { id: 'q1', position: 0, kind: 'SCALE', text: text('Kuinka tyytyväinen olit?') },
      { id: 'q2', position: 1, kind: 'YES_NO', text: text('Suosittelisitko?') },
      { id: 'q3', position: 2, kind: 'TEXT', text: text('Terveisiä?') },
    ],
    ...overrides,
  };
}

const surveys = (after: unknown) => ({
  feedbackSurveys: {
    totalCount: 21,
    pageInfo: { hasNextPage: !after, endCursor: after ? null : 'cursor-20' },
    edges: after
      ? [{ node: survey('s21', 'CLOSED') }]
      : [
          { node: survey('s1', 'DRAFT') },
          { node: survey('s2', 'OPEN') },
          { node: survey('s3', 'CLOSED') },
          { node: survey('s4', 'OPEN', { organizationId: 'org-lahti' }) },
        ],
  },
});

const results = {
  feedbackResults: {
    surveyId: 's2',
    responseCount: 24,
    averageScore: 4.25,
    questions: [
      {
        question: survey('s2', 'OPEN').questions[0],
        answerCount: 20,
        averageScore: 4.25,
        counts: [
          { value: '1', count: 0 },
          { value: '2', count: 1 },
          { value: '3', count: 2 },
          { value: '4', count: 6 },
          { value: '5', count: 11 },
        ],
      },
      {
        question: survey('s2', 'OPEN').questions[1],
        answerCount: 20,
        averageScore: null,
        counts: [
          { value: 'YES', count: 15 },
          { value: 'NO', count: 5 },
        ],
      },
      {
        question: survey('s2', 'OPEN').questions[2],
        answerCount: 2,
        averageScore: null,
        counts: [],
      },
    ],
  },
};

const texts = {
  feedbackTextAnswers: {
    totalCount: 2,
    pageInfo: { hasNextPage: false, endCursor: null },
    edges: [
      { node: { questionId: 'q3', respondedOn: '2026-06-03', text: 'Kiitos avusta!' } },
      { node: { questionId: 'q3', respondedOn: '2026-06-02', text: 'Hyvä palvelu.' } },
    ],
  },
};

const targets = {
  services: {
    edges: [
      { node: { id: 'svc-1', name: text('Ensikoti') } },
      { node: { id: 'svc-2', name: text('Turvakoti') } },
    ],
  },
  events: { edges: [{ node: { id: 'ev-1', title: text('Eroinfo-ilta') } }] },
};

function mock(answerMutation: Answer = () => never) {
  return mockClient((op) => {
    const name = operationName(op);
    if (name === 'FeedbackSurveys') return fromValue({ data: surveys(op.variables.after) });
    if (name === 'FeedbackSurvey') {
      const id = op.variables.id as string;
      const audience = id.startsWith('r') ? 'REFERRER' : id.startsWith('p') ? 'PARTNER' : 'CLIENT';
      return fromValue({
        data: { feedbackSurvey: survey(id, id === 's1' ? 'DRAFT' : 'OPEN', { audience }) },
      });
    }
    if (name === 'FeedbackResults') return fromValue({ data: results });
    if (name === 'FeedbackTextAnswers') return fromValue({ data: texts });
    if (name === 'FeedbackTargets') return fromValue({ data: targets });
    return never;
  }, answerMutation);
}

describe('feedback surveys: the list', () => {
  it('lists the surveys with status and target, and lets a coordinator open, close and page on', async () => {
    const client = mock((op) =>
      fromValue({
        data: { setFeedbackSurveyStatus: survey(op.variables.id as string, 'OPEN') },
      }),
    );
    renderWithProviders(<SurveysPage />, client.client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback`,
      route: '/n/:networkSlug/feedback',
    });
    const table = await screen.findByRole('table', { name: 'Palautekyselyt, uusin ensin' });
    const draft = within(table).getByRole('row', { name: /Kysely s1/ });
    expect(draft).toHaveTextContent('Ensikoti');
    expect(draft).toHaveTextContent('Luonnos');
    expect(within(draft).getByRole('link', { name: 'Tulokset: Kysely s1' })).toHaveAttribute(
      'href',
      `/n/${SLUG}/feedback/s1`,
    );
    expect(within(draft).getByRole('link', { name: 'Muokkaa: Kysely s1' })).toBeInTheDocument();
    // The transition table: OPEN → CLOSED, CLOSED → OPEN; never back to a draft.
    const open = within(table).getByRole('row', { name: /Kysely s2/ });
    expect(within(open).queryByRole('link', { name: /Muokkaa/ })).toBeNull();
    expect(
      within(open).getByRole('button', { name: 'Sulje kysely: Kysely s2' }),
    ).toBeInTheDocument();
    const closed = within(table).getByRole('row', { name: /Kysely s3/ });
    expect(
      within(closed).getByRole('button', { name: 'Avaa uudelleen: Kysely s3' }),
    ).toBeInTheDocument();
    // An organisation's own survey: its admins write it, not the coordinator.
    const organisation = within(table).getByRole('row', { name: /Kysely s4/ });
    expect(organisation).toHaveTextContent('Jäsenjärjestö');
    expect(within(organisation).queryByRole('button')).toBeNull();

    fireEvent.click(within(draft).getByRole('button', { name: 'Avaa vastattavaksi: Kysely s1' }));
    const dialog = await screen.findByRole('dialog', { name: 'Avataanko kysely?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Avaa vastattavaksi' }));
    await waitFor(() => {
      expect(screen.getByRole('status')).toHaveTextContent('Kyselyn tila on nyt: Avoinna.');
    });
    expect(operationsOf(client.executeMutation)).toEqual([
      { name: 'SetFeedbackSurveyStatus', variables: { id: 's1', status: 'OPEN' } },
    ]);

    fireEvent.click(screen.getByRole('button', { name: 'Seuraava sivu' }));
    expect(await screen.findByRole('row', { name: /Kysely s21/ })).toBeInTheDocument();
    const asked = operationsOf(client.executeQuery).filter(
      (call) => call.name === 'FeedbackSurveys',
    );
    expect(asked.at(-1)?.variables).toMatchObject({ slug: SLUG, first: 20, after: 'cursor-20' });
  });

  it('shows a REPORT_VIEWER the surveys without any writing action', async () => {
    const client = mock();
    renderWithProviders(<SurveysPage />, client.client, {
      tenant: viewerTenant,
      path: `/n/${SLUG}/feedback`,
      route: '/n/:networkSlug/feedback',
    });
    const table = await screen.findByRole('table', { name: 'Palautekyselyt, uusin ensin' });
    expect(within(table).getByRole('link', { name: 'Tulokset: Kysely s2' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Uusi kysely' })).toBeNull();
    expect(within(table).queryByRole('button')).toBeNull();
    expect(within(table).queryByRole('link', { name: /Muokkaa/ })).toBeNull();
    expect(screen.getByText(/Muokkaaminen ei kuulu rooliisi/)).toBeInTheDocument();
  });

  it('lists an organisation’s own surveys for its admins', async () => {
    const client = mock();
    renderWithProviders(<SurveysPage />, client.client, {
      tenant: { ...organizationTenant, roles: ['ORG_ADMIN'] },
      path: '/o/org-lahti/feedback',
      route: '/o/:organizationId/feedback',
    });
    await screen.findByRole('table', { name: 'Palautekyselyt, uusin ensin' });
    expect(operationsOf(client.executeQuery)[0]?.variables).toMatchObject({
      slug: SLUG,
      organizationId: 'org-lahti',
    });
    expect(screen.getByRole('link', { name: 'Uusi kysely' })).toHaveAttribute(
      'href',
      `/o/org-lahti/feedback/new?network=${SLUG}`,
    );
  });
});

describe('feedback surveys: the editor', () => {
  it('checks the draft as the API does, then creates it on the chosen service', async () => {
    const client = mock(() => fromValue({ data: { createFeedbackSurvey: survey('s9', 'DRAFT') } }));
    renderWithProviders(<SurveyEditorPage />, client.client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback/new`,
      route: '/n/:networkSlug/feedback/new',
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Luo luonnos' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tarkista merkityt kentät.');
    expect(screen.getByRole('textbox', { name: /Otsikko suomeksi/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    expect(screen.getByText('Valitse palvelu tai tapahtuma.')).toBeInTheDocument();
    expect(client.executeMutation).not.toHaveBeenCalled();

    fireEvent.change(screen.getByRole('textbox', { name: /Otsikko suomeksi/ }), {
      target: { value: 'Palaute Ensikodista' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Otsikko ruotsiksi/ }), {
      target: { value: 'Respons' },
    });
    await pick(/^Palvelu/, 'Ensikoti');
    fireEvent.change(screen.getByRole('textbox', { name: /Kysymys 1 suomeksi/ }), {
      target: { value: 'Kuinka tyytyväinen olit?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää kysymys' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Kysymys 2 suomeksi/ }), {
      target: { value: 'Terveisiä?' },
    });
    await pick('Kysymyksen 2 tyyppi', 'Vapaa teksti');
    fireEvent.click(screen.getByRole('button', { name: 'Siirrä kysymys 2 ylemmäs' }));
    fireEvent.click(screen.getByRole('button', { name: 'Luo luonnos' }));

    await waitFor(() => {
      expect(operationsOf(client.executeMutation)).toEqual([
        {
          name: 'CreateFeedbackSurvey',
          variables: {
            input: {
              networkSlug: SLUG,
              organizationId: null,
              serviceId: 'svc-1',
              eventId: null,
              audience: 'CLIENT',
              title: { fi: 'Palaute Ensikodista', sv: 'Respons', en: null },
              questions: [
                { kind: 'TEXT', text: { fi: 'Terveisiä?', sv: null, en: null } },
                { kind: 'SCALE', text: { fi: 'Kuinka tyytyväinen olit?', sv: null, en: null } },
              ],
            },
          },
        },
      ]);
    });
    expect(await screen.findByText('elsewhere')).toBeInTheDocument(); // on to the survey's page
  });

  it('creates a partner survey, on an event too', async () => {
    const client = mock(() => fromValue({ data: { createFeedbackSurvey: survey('p9', 'DRAFT') } }));
    renderWithProviders(<SurveyEditorPage />, client.client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback/new`,
      route: '/n/:networkSlug/feedback/new',
    });
    fireEvent.click(await screen.findByRole('radio', { name: /^Verkoston kumppanijärjestöiltä/ }));
    fireEvent.click(screen.getByRole('radio', { name: 'Tapahtuma' }));
    expect(screen.getByRole('radio', { name: 'Tapahtuma' })).toBeChecked();
    fireEvent.change(screen.getByRole('textbox', { name: /Otsikko suomeksi/ }), {
      target: { value: 'Kumppanikysely' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Kysymys 1 suomeksi/ }), {
      target: { value: 'Miten yhteistyö sujui?' },
    });
    await pick(/^Tapahtuma/, 'Eroinfo-ilta');
    fireEvent.click(screen.getByRole('button', { name: 'Luo luonnos' }));
    await waitFor(() => {
      expect(operationsOf(client.executeMutation)[0]?.variables).toMatchObject({
        input: { serviceId: null, eventId: 'ev-1', audience: 'PARTNER' },
      });
    });
  });

  it('creates a referrer survey, only on a service', async () => {
    const client = mock(() => fromValue({ data: { createFeedbackSurvey: survey('r9', 'DRAFT') } }));
    renderWithProviders(<SurveyEditorPage />, client.client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback/new`,
      route: '/n/:networkSlug/feedback/new',
    });
    const clientChoice = await screen.findByRole('radio', { name: /^Asiakkailta/ });
    expect(clientChoice).toBeChecked();
    fireEvent.click(await screen.findByRole('radio', { name: 'Tapahtuma' }));
    fireEvent.click(screen.getByRole('radio', { name: /^Lähettäviltä ammattilaisilta/ }));
    // A referrer refers to a service: the event is no longer a choice.
    expect(screen.getByRole('radio', { name: 'Palvelu' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Tapahtuma' })).toBeDisabled();
    fireEvent.change(screen.getByRole('textbox', { name: /Otsikko suomeksi/ }), {
      target: { value: 'Lähettäjän palaute' },
    });
    await pick(/^Palvelu/, 'Ensikoti');
    fireEvent.change(screen.getByRole('textbox', { name: /Kysymys 1 suomeksi/ }), {
      target: { value: 'Miten lähettäminen sujui?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Luo luonnos' }));
    await waitFor(() => {
      expect(operationsOf(client.executeMutation)).toEqual([
        {
          name: 'CreateFeedbackSurvey',
          variables: {
            input: {
              networkSlug: SLUG,
              organizationId: null,
              serviceId: 'svc-1',
              eventId: null,
              audience: 'REFERRER',
              title: { fi: 'Lähettäjän palaute', sv: null, en: null },
              questions: [
                { kind: 'SCALE', text: { fi: 'Miten lähettäminen sujui?', sv: null, en: null } },
              ],
            },
          },
        },
      ]);
    });
  });

  it('lands the API’s field error on its field', async () => {
    const client = mock(() =>
      fromValue({
        error: {
          graphQLErrors: [
            {
              message: 'input.questions.0.text.fi: at most 200 characters.',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.questions.0.text.fi' },
            },
          ],
        },
      }),
    );
    renderWithProviders(<SurveyEditorPage />, client.client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback/s1/edit`,
      route: '/n/:networkSlug/feedback/:surveyId/edit',
    });
    const question = await screen.findByRole('textbox', { name: /Kysymys 1 suomeksi/ });
    await waitFor(() => {
      expect(question).toHaveValue('Kuinka tyytyväinen olit?');
    });
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna luonnos' }));
    await waitFor(() => {
      expect(question).toHaveAttribute('aria-invalid', 'true');
    });
    expect(operationsOf(client.executeMutation)[0]?.variables.input).toMatchObject({ id: 's1' });
  });

  it('keeps an open survey read-only', async () => {
    renderWithProviders(<SurveyEditorPage />, mock().client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback/s2/edit`,
      route: '/n/:networkSlug/feedback/:surveyId/edit',
    });
    expect(await screen.findByText(/ei ole enää luonnos/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: /Otsikko suomeksi/ })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Tallenna luonnos' })).toBeNull();
  });
});

describe('feedback surveys: the results', () => {
  it('shows the counts and means, each distribution as a table beside a hidden chart, and the free text', async () => {
    renderWithProviders(<SurveyResultsPage />, mock().client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback/s2`,
      route: '/n/:networkSlug/feedback/:surveyId',
    });
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tulokset: Kysely s2' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('24')).toBeInTheDocument();
    expect(screen.getAllByText(/4,25/).length).toBeGreaterThan(0);
    const scale = screen.getByRole('table', {
      name: 'Kuinka tyytyväinen olit?: vastausten jakauma (taulukko)',
    });
    const rows = within(scale).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(rows[5]).toHaveTextContent(/5\s*11\s*55 %/);
    const yesNo = screen.getByRole('table', {
      name: 'Suosittelisitko?: vastausten jakauma (taulukko)',
    });
    expect(within(yesNo).getByRole('row', { name: /Kyllä/ })).toHaveTextContent(/15\s*75 %/);
    for (const chart of screen.getAllByTestId('feedback-chart')) {
      expect(chart).toHaveAttribute('aria-hidden', 'true');
    }
    const free = await screen.findByRole('table', { name: 'Vapaat vastaukset, uusin ensin' });
    expect(within(free).getByText('Kiitos avusta!')).toBeInTheDocument();
    expect(within(free).getAllByText('Terveisiä?')).toHaveLength(2);
    // The coordinator's survey: its public link and status buttons.
    expect(screen.getByRole('textbox', { name: 'Julkinen linkki' })).toHaveValue(
      `${window.location.origin}/${SLUG}/feedback/s2`,
    );
    expect(screen.getByRole('button', { name: 'Kopioi linkki' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sulje kysely: Kysely s2' })).toBeInTheDocument();
  });

  it('gives a referrer survey the professionals’ signed-in link', async () => {
    renderWithProviders(<SurveyResultsPage />, mock().client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback/r2`,
      route: '/n/:networkSlug/feedback/:surveyId',
    });
    const link = await screen.findByRole('textbox', {
      name: 'Linkki ammattilaisille (vain kirjautuneille)',
    });
    expect(link).toHaveValue(`${window.location.origin}/${SLUG}/feedback/r2/referrer`);
    expect(screen.getByText('Vastaajat: Lähettävät ammattilaiset')).toBeInTheDocument();
  });

  it('tells that partners answer a partner survey in the admin: no public link', async () => {
    renderWithProviders(<SurveyResultsPage />, mock().client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback/p2`,
      route: '/n/:networkSlug/feedback/:surveyId',
    });
    expect(
      await screen.findByText(/^Kumppanijärjestöjen työntekijät vastaavat ylläpidossa/),
    ).toBeInTheDocument();
    expect(screen.getByText('Vastaajat: Kumppanijärjestöt')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Kopioi linkki' })).toBeNull();
  });

  it('asks for the chosen period', async () => {
    const client = mock();
    renderWithProviders(<SurveyResultsPage />, client.client, {
      tenant: networkTenant,
      path: `/n/${SLUG}/feedback/s2`,
      route: '/n/:networkSlug/feedback/:surveyId',
    });
    fireEvent.change(await screen.findByLabelText('Alkaen'), { target: { value: '2026-06-01' } });
    await waitFor(() => {
      const asked = operationsOf(client.executeQuery).filter(
        (call) => call.name === 'FeedbackResults',
      );
      expect(asked.at(-1)?.variables).toEqual({ surveyId: 's2', from: '2026-06-01', to: null });
    });
  });

  it('is read-only for a REPORT_VIEWER: no status buttons, editing or link to hand out', async () => {
    renderWithProviders(<SurveyResultsPage />, mock().client, {
      tenant: viewerTenant,
      path: `/n/${SLUG}/feedback/s1`,
      route: '/n/:networkSlug/feedback/:surveyId',
    });
    expect(
      await screen.findByRole('table', {
        name: 'Kuinka tyytyväinen olit?: vastausten jakauma (taulukko)',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Avaa|Sulje/ })).toBeNull();
    expect(screen.queryByRole('link', { name: 'Muokkaa kyselyä' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Julkinen linkki' })).toBeNull();
  });
});
