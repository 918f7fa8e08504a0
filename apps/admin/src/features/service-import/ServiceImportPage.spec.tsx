import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { CombinedError } from 'urql';
import { fromValue, never } from 'wonka';
import {
  mockClient,
  networkTenant,
  operationName,
  organizationTenant,
  renderWithProviders,
} from '../../../test/render';
import { MemberServiceImportPage } from './MemberServiceImportPage';
import { ServiceImportPage } from './ServiceImportPage';

// Only the ceiling for a failure (each test waits for what it checks): generous for busy machines.
jest.setTimeout(180_000);

const FILE_TEXT = 'external_id;name_fi\nmll-1;Perhekahvila\nmll-2;\n';

const report = {
  committed: false,
  previewToken: 'token-1',
  format: 'CSV',
  contentLanguage: null,
  delimiter: ';',
  ignoredColumns: ['notes'],
  created: 1,
  updated: 0,
  unchanged: 0,
  errors: 1,
  rows: [
    {
      line: 2,
      externalId: 'mll-1',
      name: 'Perhekahvila',
      outcome: 'CREATED',
      serviceId: null,
      issues: [],
      warnings: [],
    },
    {
      line: 3,
      externalId: 'mll-2',
      name: '',
      outcome: 'ERROR',
      serviceId: null,
      issues: [{ column: 'name_fi', code: 'REQUIRED', message: 'Pakollinen tieto puuttuu.' }],
      warnings: [],
    },
  ],
};

type MutationAnswer = Parameters<typeof mockClient>[1];

function render(answer: MutationAnswer) {
  const mock = mockClient(
    (op) =>
      operationName(op) === 'ServiceImportTemplate'
        ? fromValue({ data: { serviceImportTemplate: 'external_id,name_fi\r\n' } })
        : never,
    answer,
  );
  const view = renderWithProviders(<ServiceImportPage />, mock.client, {
    tenant: organizationTenant,
    path: '/o/org-lahti/services/import',
    route: '/o/:organizationId/services/import',
  });
  return { ...mock, ...view };
}

function choose(container: HTMLElement, file: File) {
  const input = container.querySelector('input[type="file"]');
  if (!input) throw new Error('no file input');
  fireEvent.change(input, { target: { files: [file] } });
}

const csvFile = (text = FILE_TEXT) => new File([text], 'palvelut.csv', { type: 'text/csv' });

const variablesOf = (call: unknown[] | undefined) =>
  (call?.[0] as { variables: { input: Record<string, unknown> } }).variables.input;

describe('import services page', () => {
  it('previews the chosen file, shows the report per row and confirms exactly that preview', async () => {
    const { container, executeMutation } = render((op) =>
      operationName(op) === 'PreviewServiceImport'
        ? fromValue({ data: { previewServiceImport: report } })
        : fromValue({
            data: {
              commitServiceImport: { ...report, committed: true, created: 1 },
            },
          }),
    );
    expect(await screen.findByRole('link', { name: 'Lataa mallitiedosto' })).toHaveAttribute(
      'href',
      expect.stringContaining('data:text/csv'),
    );
    choose(container, csvFile());

    expect(
      await screen.findByText('Uusia 1, muuttuneita 0, ennallaan 0, virheellisiä 1.'),
    ).toBeInTheDocument();
    expect(variablesOf(executeMutation.mock.calls[0])).toEqual({
      organizationId: 'org-lahti',
      networkId: 'net-liitto',
      contentBase64: Buffer.from(FILE_TEXT).toString('base64'),
      format: 'CSV',
      language: 'fi',
    });
    expect(screen.getByText('Uusi luonnos')).toBeInTheDocument();
    expect(screen.getByText(': Pakollinen tieto puuttuu.', { exact: false })).toBeInTheDocument();
    expect(screen.getByText('Näitä sarakkeita ei lueta: notes.')).toBeInTheDocument();
    expect(screen.getByText('Virheelliset rivit ohitetaan.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Tuo 1 palvelua luonnoksiksi' }));
    expect(await screen.findByText(/Tuonti tehty: uusia 1, muuttuneita 0/)).toBeInTheDocument();
    expect(variablesOf(executeMutation.mock.calls[1])).toMatchObject({
      previewToken: 'token-1',
      contentBase64: Buffer.from(FILE_TEXT).toString('base64'),
    });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('detects a PTV file, sends its format and shows what was left out', async () => {
    const ptv = JSON.stringify({ itemList: [{ id: 'p-1', serviceNames: [] }] });
    const { container, executeMutation } = render(() =>
      fromValue({
        data: {
          previewServiceImport: {
            ...report,
            format: 'PTV_JSON',
            delimiter: '',
            ignoredColumns: [],
            rows: [
              {
                ...report.rows[0],
                line: 1,
                externalId: 'p-1',
                warnings: [
                  {
                    column: 'targetGroups',
                    code: 'UNMAPPED_TERM',
                    message: 'Verkostolla ei ole luokkaa ”KR1.2”; se jätettiin pois.',
                  },
                ],
              },
            ],
          },
        },
      }),
    );
    choose(container, new File([ptv], 'ptv.json', { type: 'application/json' }));
    expect(await screen.findByText(/se jätettiin pois/)).toBeInTheDocument();
    expect(variablesOf(executeMutation.mock.calls[0])).toMatchObject({ format: 'PTV_JSON' });
    expect(screen.getByRole('columnheader', { name: 'Tietue' })).toBeInTheDocument();
    expect(screen.getByText(/Luettu muodossa PTV JSON/)).toBeInTheDocument();
  });

  it('explains a refused file in the person’s language', async () => {
    const { container } = render(() =>
      fromValue({
        error: new CombinedError({
          graphQLErrors: [
            {
              message: 'The file is not UTF-8',
              extensions: { code: 'BAD_USER_INPUT', field: 'input.file', reason: 'NOT_UTF8' },
            },
          ],
        }),
      }),
    );
    choose(container, csvFile());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Tiedoston merkistö ei ole UTF-8 (ehkä Latin-1).',
    );
    expect(screen.queryByRole('button', { name: /Tuo .* palvelua/ })).not.toBeInTheDocument();
  });

  it('names the missing columns', async () => {
    const { container } = render(() =>
      fromValue({
        error: new CombinedError({
          graphQLErrors: [
            {
              message: 'Required columns are missing',
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'MISSING_COLUMNS',
                columns: ['name_fi'],
              },
            },
          ],
        }),
      }),
    );
    choose(container, csvFile());
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Pakollisia sarakkeita puuttuu: name_fi.',
    );
  });

  it('refuses a file over the limit without sending it', async () => {
    const { container, executeMutation } = render(() => never);
    choose(container, csvFile('a'.repeat(512 * 1024 + 1)));
    expect(await screen.findByRole('alert')).toHaveTextContent('Tiedosto on liian suuri');
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('asks for a new preview when the file or the services changed meanwhile', async () => {
    const { container } = render((op) =>
      operationName(op) === 'PreviewServiceImport'
        ? fromValue({ data: { previewServiceImport: report } })
        : fromValue({
            error: new CombinedError({
              graphQLErrors: [{ message: 'changed', extensions: { code: 'CONFLICT' } }],
            }),
          }),
    );
    choose(container, csvFile());
    fireEvent.click(await screen.findByRole('button', { name: 'Tuo 1 palvelua luonnoksiksi' }));
    await waitFor(() => {
      expect(screen.getByRole('alert')).toHaveTextContent('muuttuneet esikatselun jälkeen');
    });
  });

  it('speaks Swedish and English', async () => {
    const { container, i18n } = render(() => fromValue({ data: { previewServiceImport: report } }));
    await act(() => i18n.changeLanguage('sv'));
    choose(container, csvFile());
    expect(
      await screen.findByText('Nya 1, ändrade 0, oförändrade 0, felaktiga 1.'),
    ).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    expect(
      await screen.findByRole('button', { name: 'Import 1 services as drafts' }),
    ).toBeInTheDocument();
  });
});

describe('a coordinator importing for a member organisation', () => {
  it('previews into the coordinator’s network on the organisation’s behalf', async () => {
    const mock = mockClient(
      (op) => {
        if (operationName(op) === 'ImportOrganization') {
          return fromValue({ data: { organization: { id: 'org-turku', name: 'Turun ensikoti' } } });
        }
        return operationName(op) === 'ServiceImportTemplate'
          ? fromValue({ data: { serviceImportTemplate: 'external_id,name_fi\r\n' } })
          : never;
      },
      () => fromValue({ data: { previewServiceImport: report } }),
    );
    const { container } = renderWithProviders(<MemberServiceImportPage />, mock.client, {
      tenant: networkTenant,
      language: 'fi',
      path: '/n/ensi-ja-turvakotien-liitto/members/org-turku/import',
      route: '/n/:networkSlug/members/:organizationId/import',
    });
    expect(
      await screen.findByRole('heading', { name: 'Tuo palveluita: Turun ensikoti' }),
    ).toBeInTheDocument();
    choose(container, csvFile());
    expect(await screen.findByText('Uusi luonnos')).toBeInTheDocument();
    expect(variablesOf(mock.executeMutation.mock.calls[0])).toMatchObject({
      organizationId: 'org-turku',
      networkId: 'net-liitto',
    });
  });
});
