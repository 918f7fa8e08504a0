import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  operationsOf,
  renderWithProviders,
} from '../../../test/render';
import { ChangesDiff } from './ChangesDiff';
import { ReviewPage } from './ReviewPage';
import { wordDiff } from './word-diff';

const changes = [
  { field: 'name', locale: 'fi', before: 'Perhetyö', after: 'Perhetyö ja neuvonta' },
  { field: 'name', locale: 'sv', before: 'Familjearbete', after: 'Familjearbete och rådgivning' },
  { field: 'summary', locale: 'sv', before: null, after: 'Stöd för familjer' },
  { field: 'cost', locale: null, before: 'FREE', after: 'FEE' },
  { field: 'contact.phone', locale: null, before: '03 123 4567', after: null },
  { field: 'path[2].title', locale: 'fi', before: 'Tapaaminen', after: 'Ensitapaaminen' },
];

const service = {
  __typename: 'Service',
  id: 'svc-1',
  status: 'DRAFT',
  version: 7,
  name: { fi: 'Perhetyö ja neuvonta', sv: null, en: null },
  network: { id: 'net-liitto', slug: 'ensi-ja-turvakotien-liitto' },
  responsibleOrganization: { id: 'org-lahti', name: 'Lahden ensi- ja turvakoti ry' },
  publishedRevision: { id: 'rev-0', number: 1 },
  workingRevision: {
    id: 'rev-2',
    number: 2,
    state: 'SUBMITTED',
    submittedAt: '2026-11-30T07:00:00.000Z',
    reviewedAt: null,
    returnReason: null,
    outdatedTranslations: [] as { field: string; locale: string }[],
    changes,
    // No contact, no target group or age: the checklist shows what is missing.
    content: {
      summary: { fi: 'Tukea perheille' },
      targetGroups: [],
      ageMin: null,
      ageMax: null,
      channels: ['PHONE'],
      path: [],
      contact: { phone: null, email: null, website: null },
    },
  },
  deliveries: { edges: [{ node: { id: 'del-1', status: 'ACTIVE' } }] },
};

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

describe('wordDiff', () => {
  it('marks the words that were removed and added', () => {
    expect(wordDiff('tukea perheille arjessa', 'tukea vauvaperheille arjessa')).toEqual([
      { kind: 'same', text: 'tukea ' },
      { kind: 'removed', text: 'perheille' },
      { kind: 'added', text: 'vauvaperheille' },
      { kind: 'same', text: ' arjessa' },
    ]);
  });
});

describe('the diff view', () => {
  it('groups the changes by field, one row per language, with removed and added words', () => {
    const { client } = mockClient(() => never);
    renderWithProviders(<ChangesDiff changes={changes} />, client);

    const name = screen.getByRole('region', { name: 'Nimi' });
    expect(within(name).getByText('suomi')).toBeInTheDocument();
    expect(within(name).getByText('ruotsi')).toBeInTheDocument();
    const swedish = screen.getByTestId('change-name-sv');
    expect(swedish.querySelector('ins')).toHaveTextContent('och rådgivning');
    expect(swedish.querySelector('ins')).toHaveTextContent('[lisätty]');
    expect(swedish.querySelector('ins')?.closest('[lang]')).toHaveAttribute('lang', 'sv');

    expect(screen.getByRole('region', { name: 'Lyhyt kuvaus' })).toHaveTextContent('(tyhjä)');
    const cost = screen.getByRole('region', { name: 'Hinta' });
    expect(cost.querySelector('del')).toHaveTextContent('Maksuton');
    expect(cost.querySelector('ins')).toHaveTextContent('Maksullinen');
    expect(screen.getByRole('region', { name: 'Puhelin' }).querySelector('del')).toHaveTextContent(
      '03 123 4567',
    );
    expect(
      screen.getByRole('region', { name: 'Palvelupolku, vaihe 2: otsikko' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('(6 muutosta)');
  });

  it('shows one language at a time (and the fields without a language)', () => {
    const { client } = mockClient(() => never);
    renderWithProviders(<ChangesDiff changes={changes} />, client);

    fireEvent.click(screen.getByRole('radio', { name: 'ruotsi' }));

    expect(screen.queryByTestId('change-name-fi')).not.toBeInTheDocument();
    expect(screen.getByTestId('change-name-sv')).toBeInTheDocument();
    expect(screen.getByTestId('change-summary-sv')).toBeInTheDocument();
    expect(screen.getByTestId('change-cost-all')).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Palvelupolku, vaihe 2: otsikko' })).toBeNull();
  });
});

describe('the review page', () => {
  function renderReview(subject = service) {
    const mocks = mockClient(
      (operation) =>
        operationName(operation) === 'ReviewService'
          ? fromValue({ data: { __typename: 'Query', service: subject } })
          : never,
      (operation) =>
        fromValue({
          data: {
            [operationName(operation) === 'ApproveRevision'
              ? 'approveServiceRevision'
              : 'returnServiceRevision']: {
              __typename: 'Service',
              id: 'svc-1',
              status: 'PUBLISHED',
              version: 8,
              updatedAt: '2026-11-30T08:00:00.000Z',
              publishedRevision: { id: 'rev-2', number: 2 },
              workingRevision: null,
            },
          },
        }),
    );
    renderWithProviders(<ReviewPage />, mocks.client, {
      tenant: networkTenant,
      path: '/n/ensi-ja-turvakotien-liitto/review/svc-1',
      route: '/n/:networkSlug/review/:serviceId',
    });
    return mocks;
  }

  it('shows the reviewer the same completeness checklist the editor sees', async () => {
    renderReview();
    const checklist = await screen.findByTestId('completeness');
    expect(screen.getByRole('heading', { name: 'Julkaisun edellytykset' })).toBeInTheDocument();
    expect(
      within(checklist)
        .getAllByRole('listitem')
        .map((item) => [item.dataset.ok, item.textContent]),
    ).toEqual([
      ['true', 'Kunnossa: Lyhyt kuvaus suomeksi: mitä palvelu on'],
      ['false', 'Puuttuu: Kenelle: vähintään yksi kohderyhmä tai ikäraja'],
      ['true', 'Kunnossa: Miten palvelun saa: vähintään yksi asiointitapa tai palvelupolun vaihe'],
      ['false', 'Puuttuu: Yhteystieto: puhelin, sähköposti tai verkkosivu'],
      [
        'true',
        'Kunnossa: Missä: vähintään yksi toiminnassa oleva tai suunniteltu toteutus (tai valtakunnallinen / etänä)',
      ],
    ]);
  });

  it('approves the submitted revision with the version the reviewer saw', async () => {
    const { executeMutation } = renderReview();

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tarkistus: Perhetyö ja neuvonta' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Hyväksy ja julkaise' }));

    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalled();
    });
    expect(operationsOf(executeMutation)[0]).toEqual({
      name: 'ApproveRevision',
      variables: {
        input: { revisionId: 'rev-2', expectedVersion: 7, hideOutdatedTranslations: false },
      },
    });
  });

  const withOutdated = {
    ...service,
    workingRevision: {
      ...service.workingRevision,
      outdatedTranslations: [
        { field: 'summary', locale: 'sv' },
        { field: 'summary', locale: 'en' },
        { field: 'path.1.title', locale: 'sv' },
      ],
    },
  };

  it('warns of out-of-date translations and publishes only after the coordinator chooses to hide them', async () => {
    const { executeMutation } = renderReview(withOutdated);

    const warning = (await screen.findByText('Käännöksiä on vanhentunut')).closest(
      '[role="alert"]',
    ) as HTMLElement;
    expect(
      within(warning)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Lyhyt kuvaus (ruotsi, englanti)', 'Palvelupolku, vaihe 2: otsikko (ruotsi)']);
    fireEvent.click(screen.getByRole('button', { name: 'Hyväksy ja julkaise' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Käännöksiä on vanhentunut: valitse, miten jatketaan',
    });
    expect(executeMutation).not.toHaveBeenCalled();

    fireEvent.click(
      within(dialog).getByRole('button', { name: 'Julkaise, piilota vanhentuneet käännökset' }),
    );
    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalled();
    });
    expect(operationsOf(executeMutation)[0]).toEqual({
      name: 'ApproveRevision',
      variables: {
        input: { revisionId: 'rev-2', expectedVersion: 7, hideOutdatedTranslations: true },
      },
    });
  });

  it('asks for the translations first by returning the revision with the list as its reason', async () => {
    const { executeMutation } = renderReview(withOutdated);

    fireEvent.click(await screen.findByRole('button', { name: 'Hyväksy ja julkaise' }));
    const choice = await screen.findByRole('dialog', {
      name: 'Käännöksiä on vanhentunut: valitse, miten jatketaan',
    });
    fireEvent.click(within(choice).getByRole('button', { name: 'Pyydä ensin käännökset' }));
    const dialog = await screen.findByRole('dialog', { name: 'Palauta korjattavaksi' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Palauta' }));

    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalled();
    });
    expect(operationsOf(executeMutation)[0]).toEqual({
      name: 'ReturnRevision',
      variables: {
        input: {
          revisionId: 'rev-2',
          expectedVersion: 7,
          reason:
            'Päivitä käännökset, jotka ovat vanhempia kuin suomenkielinen teksti: Lyhyt kuvaus (ruotsi, englanti); Palvelupolku, vaihe 2: otsikko (ruotsi).',
        },
      },
    });
  });

  it('returns it only with a reason', async () => {
    const { executeMutation } = renderReview();

    fireEvent.click(await screen.findByRole('button', { name: 'Palauta korjattavaksi' }));
    const dialog = await screen.findByRole('dialog', { name: 'Palauta korjattavaksi' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Palauta' }));
    expect(await within(dialog).findByText('Kirjoita perustelu.')).toBeInTheDocument();
    expect(executeMutation).not.toHaveBeenCalled();

    fireEvent.change(within(dialog).getByLabelText(/Perustelu/), {
      target: { value: 'Ruotsinkielinen kuvaus puuttuu.' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Palauta' }));

    await waitFor(() => {
      expect(executeMutation).toHaveBeenCalled();
    });
    expect(operationsOf(executeMutation)[0]).toEqual({
      name: 'ReturnRevision',
      variables: {
        input: {
          revisionId: 'rev-2',
          expectedVersion: 7,
          reason: 'Ruotsinkielinen kuvaus puuttuu.',
        },
      },
    });
  });
});
