import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { never } from 'wonka';
import { mockClient, organizationTenant, renderWithProviders } from '../../../../test/render';
import { PtvExportAction } from './PtvExportAction';

jest.setTimeout(180_000);

const SERVICE_ID = '5a1e0b6e-0c1f-4c3e-9d0a-400000000003';

const answer = {
  format: 'PTV Open API v11',
  ptv: { service: { id: SERVICE_ID }, serviceChannels: [] },
  counts: { errors: 2, warnings: 1 },
  report: [
    {
      severity: 'error',
      code: 'TOO_LONG',
      path: 'service.serviceDescriptions.Summary',
      language: 'sv',
      source: 'content.summary',
      limit: 150,
      actual: 161,
      message: '…',
    },
    {
      severity: 'error',
      code: 'REQUIRED_MISSING',
      path: 'serviceChannels[0].serviceChannelDescriptions.Summary',
      language: 'fi',
      message: '…',
    },
    {
      severity: 'warning',
      code: 'NOT_MAPPED',
      path: 'service',
      source: 'content.contact',
      message: '…',
    },
  ],
};

/** jsdom has no fetch Response: the two members loadPtvExport reads. */
function respond(status: number, body: unknown) {
  const fetchMock = jest.fn().mockResolvedValue({
    ok: status >= 200 && status < 300,
    status,
    text: () => Promise.resolve(JSON.stringify(body)),
  });
  global.fetch = fetchMock;
  return fetchMock;
}

function renderAction(language: 'fi' | 'sv' | 'en' = 'fi') {
  const { client } = mockClient(() => never);
  renderWithProviders(<PtvExportAction serviceId={SERVICE_ID} />, client, {
    tenant: organizationTenant,
    language,
  });
}

describe('PTV export action', () => {
  it('shows the limits report in the person’s language and offers the JSON', async () => {
    const fetchMock = respond(200, answer);
    renderAction('fi');
    fireEvent.click(screen.getByRole('button', { name: 'PTV-vienti' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Vienti Suomi.fi-palvelutietovarantoon (PTV)',
    });
    expect(fetchMock).toHaveBeenCalledWith(`/ptv/services/${SERVICE_ID}`, {
      credentials: 'same-origin',
    });
    expect(await within(dialog).findByText('2 virhettä, 1 huomautusta')).toBeInTheDocument();
    const rows = within(dialog).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      'VirheTiivistelmä (sv)161 merkkiä – PTV sallii enintään 150.',
      'VirheToimipisteen tiivistelmä · toimipiste 1 (fi)PTV vaatii tämän, mutta Linjassa sitä ei ole. Täydennä se PTV:ssä.',
      'HuomautusPalveluPTV:ssä ei ole tälle paikkaa, joten sitä ei viedä (content.contact).',
    ]);
    expect(within(dialog).getByRole('button', { name: 'Lataa JSON' })).toBeInTheDocument();
  });

  it('says in Swedish why an unpublished service cannot be exported', async () => {
    respond(409, { error: { code: 'CONFLICT', reason: 'NOT_PUBLIC', message: 'Only…' } });
    renderAction('sv');
    fireEvent.click(screen.getByRole('button', { name: 'PTV-export' }));
    await waitFor(() => {
      expect(
        screen.getByText(
          'Endast en publicerad tjänst som syns för allmänheten kan exporteras till PTV.',
        ),
      ).toBeInTheDocument();
    });
  });

  it('tells a person without the right in English', async () => {
    respond(403, { error: { code: 'FORBIDDEN', message: 'You may not do this.' } });
    renderAction('en');
    fireEvent.click(screen.getByRole('button', { name: 'PTV export' }));
    expect(await screen.findByText('You may not export this service.')).toBeInTheDocument();
  });
});
