import { screen } from '@testing-library/react';
import { Route } from 'wouter';
import { mockClient, renderWithProviders } from '../../test/renderWithProviders';
import { network, searchResult } from '../../test/fixtures';
import EmbedPage, { EMBED_HEIGHT_MESSAGE, parseEmbedParams } from './EmbedPage';
import { safeReturnPath } from './SignInPage';

describe('sign-in return path', () => {
  it('returns only to a path on this site (no open redirect)', () => {
    expect(safeReturnPath('/perhelinja/services/s1?municipality=853', '/x')).toBe(
      '/perhelinja/services/s1?municipality=853',
    );
    expect(safeReturnPath('//evil.example/', '/x')).toBe('/x');
    expect(safeReturnPath('https://evil.example/', '/x')).toBe('/x');
    expect(safeReturnPath('/\\evil.example', '/x')).toBe('/x');
    expect(safeReturnPath(null, '/x')).toBe('/x');
  });
});

describe('embeddable widget page', () => {
  it('reads organisation, region (municipality code) and theme, dropping malformed values', () => {
    expect(
      parseEmbedParams(
        '?organization=5a1e0b6e-0c1f-4c3e-9d0a-100000000001&region=398&theme=lahisuhdevakivalta',
      ),
    ).toEqual({
      organization: '5a1e0b6e-0c1f-4c3e-9d0a-100000000001',
      region: '398',
      theme: 'lahisuhdevakivalta',
      otherHelp: false,
    });
    expect(parseEmbedParams('?organization=x&region=Lahti&theme=<b>')).toEqual({
      organization: null,
      region: null,
      theme: null,
      otherHelp: false,
    });
    expect(parseEmbedParams('?otherHelp=1').otherHelp).toBe(true);
    expect(parseEmbedParams('?otherHelp=true').otherHelp).toBe(true);
    expect(parseEmbedParams('?otherHelp=yes').otherHelp).toBe(false);
  });

  it('lists the services filtered by theme slug and region, with links opening the portal in a new tab', async () => {
    const { client, calls } = mockClient((query) =>
      query.includes('PortalNetwork(')
        ? { network }
        : query.includes('PortalEmbed')
          ? searchResult(2)
          : undefined,
    );
    renderWithProviders(
      <Route path="/embed/:networkSlug">
        <EmbedPage />
      </Route>,
      { path: '/embed/perhelinja?theme=ero&region=853&lang=sv', client, language: 'sv' },
    );

    const links = await screen.findAllByRole('link', { name: /Palvelu 0|Palvelu 1/ });
    expect(links[0]).toHaveAttribute('target', '_blank');
    expect(links[0]).toHaveAttribute('href', '/perhelinja/services/s0?municipality=853&lang=sv');
    const embed = calls.find((call) => call.query.includes('PortalEmbed'));
    expect(embed?.variables).toEqual({
      input: {
        networkSlug: 'perhelinja',
        locale: 'sv',
        municipalityCode: '853',
        themes: [network.taxonomy.edges[0]?.node.id],
      },
      first: 50,
      // The cards' contact: the delivery serving the region.
      municipalityCode: '853',
    });
    expect(EMBED_HEIGHT_MESSAGE).toBe('linja:embed-height');
  });
});
