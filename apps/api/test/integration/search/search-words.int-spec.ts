import { type Database, Prisma, PrismaClient } from '@linja/db';

import { DATABASE } from '../../../src/database/database.tokens';
import { searchSessionSettings } from '../../../src/service-search/query/search-settings';
import { ServiceSearchService } from '../../../src/service-search/service-search.service';
import {
  typedWordsQuery,
  typedWordsStatementTexts,
} from '../../../src/service-search/words/word-analysis.query';
import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

/**
 * How the search treats the words people type (issue 12): most of several words, compounds and names
 * typed as one word or as two, phrases and words of other languages through the synonym groups.
 * Ranking quality over many queries is the relevance set's (search-relevance.int-spec.ts).
 */
const SEARCH = /* GraphQL */ `
  query Search($input: SearchServicesInput) {
    searchServices(input: $input, first: 50) {
      totalCount
      partialMatch
      edges {
        partialMatch
        node {
          id
          name {
            fi
          }
        }
      }
    }
  }
`;

interface SearchShape {
  totalCount: number;
  partialMatch: boolean;
  edges: { partialMatch: boolean; node: { id: string; name: { fi: string } } }[];
}

/** Lahti (Päijät-Häme, wellbeing area 09). */
const LAHTI = '398';

describe(`search words on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;

  async function search(input: Record<string, unknown>) {
    const response = await api.graphql<{ searchServices: SearchShape }>(SEARCH, { input });
    expect(response.errors).toBeUndefined();
    return response.data!.searchServices;
  }
  const names = (result: SearchShape) => result.edges.map((edge) => edge.node.name.fi);

  beforeAll(async () => {
    api = await startTestApp();
  }, 120_000);
  afterAll(async () => {
    await api.close();
  });

  it('ranks services matching every word first, then those matching most, marked on the edge', async () => {
    // Three words: a service must match two. Väkivaltatyön avopalvelu has "väkivalta" and
    // "lapsille" but not "turvakoti": it follows the two that have all three.
    const result = await search({ text: 'turvakoti väkivalta lapsille' });
    expect(result.partialMatch).toBe(false);
    const partial = result.edges.filter((edge) => edge.partialMatch).map((e) => e.node.name.fi);
    const full = result.edges.filter((edge) => !edge.partialMatch).map((e) => e.node.name.fi);
    expect(full).toEqual(expect.arrayContaining(['Turvakoti', 'Nettiturvakoti']));
    expect(partial).toContain('Väkivaltatyön avopalvelu');
    expect(names(result).slice(0, full.length).sort()).toEqual([...full].sort());
    expect(result.totalCount).toBe(result.edges.length);
  });

  it('finds the same for a compound or a name typed as one word or as two', async () => {
    for (const [joined, apart, expected] of [
      ['eroperhe', 'ero perhe', 'Ero lapsiperheessä®'],
      ['babyblues', 'baby blues', 'Baby Blues -vauvaperhetyö'],
      ['turvakoti', 'turva koti', 'Turvakoti'],
      ['vauvaryhmä', 'vauva ryhmä', 'Päiväryhmä Peukaloinen'],
    ] as const) {
      const one = await search({ text: joined, municipalityCode: LAHTI });
      const two = await search({ text: apart, municipalityCode: LAHTI });
      expect([joined, names(one)[0]]).toEqual([joined, expected]);
      expect([apart, names(two)[0]]).toEqual([apart, expected]);
      expect(one.partialMatch || two.partialMatch).toBe(false);
    }
    // A known compound also matches its parts apart: "eroryhmä" finds the peer group after a
    // separation ("Eron jälkeen – vertaisryhmä").
    expect(names(await search({ text: 'eroryhmä' }))).toEqual(
      expect.arrayContaining(['Ero lapsiperheessä®', 'Eron jälkeen – vertaisryhmä vanhemmille']),
    );
  });

  it('reaches Finnish services through phrases and words of other languages (synonym groups)', async () => {
    // "violence at home" is a phrase of the demo group of lähisuhdeväkivalta, domestic violence …
    const home = names(await search({ text: 'violence at home', locale: 'en' }));
    expect(['Väkivaltatyön avopalvelu', 'Turvakoti', 'Nettiturvakoti']).toContain(home[0]);
    expect(home).toContain('Turvakoti');
    // Jannika has no Swedish text: "alkohol" reaches its Finnish and English text.
    expect(names(await search({ text: 'hjälp med alkohol', locale: 'sv' }))[0]).toBe(
      'Pidä kiinni® Avopalveluyksikkö Jannika',
    );
  });

  // A search session prepares the words statement (Database.sessionPool, a server only). Its plan
  // must not depend on how many words are typed, or PostgreSQL plans every search's words again.
  (process.env.TEST_DATABASE_URL ? it : it.skip)(
    'plans the words statement once per search session, whatever the words (a generic plan)',
    async () => {
      const database = api.app.get<Database>(DATABASE);
      const sessions = database.sessionPool?.(
        searchSessionSettings(3000),
        1,
        typedWordsStatementTexts(),
      );
      if (!sessions) throw new Error('a server database has session pools');
      const typed = [
        ['turvakoti'],
        ['vauva', 'masennus'],
        ['eroperhe', 'lahti'],
        ['väkivalta', 'kotona', 'apua'],
        ['turva', 'koti'],
        ['isä', 'tuki', 'ero', 'lapsi', 'koti', 'apu', 'perhe', 'vauva'],
      ];
      for (const words of typed) {
        for (const locale of ['fi', 'sv'] as const) {
          const statement = typedWordsQuery(words, locale, null);
          const rows = await sessions.query<{ word: string }>(statement.text, statement.values);
          expect(rows.map((row) => row.word)).toEqual(words);
        }
      }
      // One session (max 1): PostgreSQL tries five custom plans, then keeps the generic one.
      const [plans] = await sessions.query<{ generic: string; custom: string }>(
        `SELECT generic_plans AS generic, custom_plans AS custom FROM pg_prepared_statements
         WHERE statement = $1`,
        [typedWordsStatementTexts()[0]],
      );
      expect(Number(plans?.custom)).toBeLessThanOrEqual(5);
      expect(Number(plans?.generic)).toBeGreaterThanOrEqual(typed.length * 2 - 5);
    },
  );

  it('finds nothing for words that match nothing', async () => {
    const result = await search({ text: 'qqqxxzz zyxwvuts' });
    expect(result.totalCount).toBe(0);
    expect(result.partialMatch).toBe(false);
  });

  it('keeps what words expand to across catalogue changes that bring no new word, not across one that does', async () => {
    const prisma = api.app.get(PrismaClient);
    // A service of its own: its kept words start empty.
    const service = new ServiceSearchService(prisma);
    const input = { text: 'turvakotiin' };
    // The expansion statements the search sends (word-analysis.query.ts): similar words, synonyms.
    const lookups = async () => {
      const sent = await service.statements(input);
      return {
        similar: sent.filter((s) => s.text.includes('x.similarity')).length,
        synonyms: sent.filter((s) => s.text.includes('x.gid')).length,
      };
    };
    const none = { similar: 0, synonyms: 0 };
    const both = { similar: 1, synonyms: 1 };
    const generations = async () => {
      const [row] = await prisma.$queryRaw<{ catalogue: string; words: string }[]>`
        SELECT generation::text AS catalogue, words_generation::text AS words
        FROM search_generation WHERE id = 1`;
      return { catalogue: BigInt(row!.catalogue), words: BigInt(row!.words) };
    };
    const revision = Prisma.sql`(SELECT published_revision_id FROM service
      WHERE published_revision_id IS NOT NULL ORDER BY id LIMIT 1)`;

    expect(await lookups()).toEqual(both);
    expect(await lookups()).toEqual(none);

    // Edits in known words (a revision's text, a service), and of what the expansions do not read
    // (a network's retention, a synonym group's timestamp): the vocabulary's generation stays.
    for (const edit of [
      () =>
        prisma.$executeRaw`UPDATE service_revision SET content = content WHERE id = ${revision}`,
      () => prisma.$executeRaw`UPDATE service SET updated_at = now()`,
      () => prisma.$executeRaw`UPDATE network SET updated_at = now() WHERE slug = 'perhelinja'`,
      () => prisma.$executeRaw`UPDATE search_synonym SET updated_at = now()`,
    ]) {
      const start = await generations();
      await edit();
      expect(await generations()).toEqual({ catalogue: start.catalogue + 1n, words: start.words });
      expect(await lookups()).toEqual(none);
    }

    // A revision bringing a new word, a synonym group's words changed or deleted, a network's slug
    // written: each makes the kept expansions stale.
    for (const change of [
      () => prisma.$executeRaw`
        UPDATE service_revision
        SET content = jsonb_set(content::jsonb, '{summary,fi}',
                                to_jsonb(coalesce(content #>> '{summary,fi}', '') || ' ksylofoni'))
        WHERE id = ${revision}`,
      () => prisma.$executeRaw`
        UPDATE search_synonym SET words = words
        WHERE id = (SELECT id FROM search_synonym ORDER BY id LIMIT 1)`,
      () => prisma.$executeRaw`
        DELETE FROM search_synonym WHERE id = (SELECT id FROM search_synonym ORDER BY id LIMIT 1)`,
      () => prisma.$executeRaw`UPDATE network SET slug = slug WHERE slug = 'perhelinja'`,
    ]) {
      const start = await generations();
      await change();
      expect(await generations()).toEqual({
        catalogue: start.catalogue + 1n,
        words: start.words + 1n,
      });
      expect(await lookups()).toEqual(both);
      expect(await lookups()).toEqual(none);
    }

    // A new word rolled back with its transaction raises nothing.
    const start = await generations();
    await expect(
      prisma.$transaction(async (tx) => {
        await tx.$executeRaw`INSERT INTO search_word (word) VALUES ('ksylofonisti')`;
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    expect(await generations()).toEqual(start);
    // One written alone (no revision) raises both.
    await prisma.$executeRaw`INSERT INTO search_word (word) VALUES ('ksylofonisti')`;
    expect(await generations()).toEqual({
      catalogue: start.catalogue + 1n,
      words: start.words + 1n,
    });
  });
});
