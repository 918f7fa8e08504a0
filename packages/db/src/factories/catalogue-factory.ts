import { type SqlConnection } from '../connection/sql-connection.js';
import { DEMO_SERVICES } from '../seed/demo/services.js';
import { variedTextsSql } from './varied-texts.js';

export interface CatalogueOptions {
  /** How many published services to add. */
  services: number;
  /** Delivery areas per service (one delivery each), spread over municipalities and wellbeing areas. */
  areasPerService: number;
  /** The network they are published under (must exist, with at least one member organisation). */
  networkId: string;
  /** Rows per batch; each batch is one transaction. */
  batchSize?: number;
  /** Called after each batch with the number of services written so far. */
  onProgress?: (done: number) => void;
  /**
   * `demo` (default): names from a few topic and kind words, summaries and descriptions of the 13 real
   * demo services, so a common word matches half the catalogue (the pessimistic benchmark).
   * `varied`: texts combined from many topics, kinds, target groups, places and sentence templates
   * (varied-texts.ts), so a typical word matches a small share, as in a real national catalogue; each
   * service also gets a second taxonomy term.
   */
  texts?: 'demo' | 'varied';
}

// Word lists for believable, searchable names and summaries (Finnish, Swedish, English).
const FI_TOPICS = [
  'Perhe',
  'Vauva',
  'Nuoret',
  'Ero',
  'Väkivalta',
  'Päihde',
  'Vertais',
  'Kriisi',
  'Vanhemmuus',
  'Jaksaminen',
  'Lapsi',
  'Isä',
  'Äiti',
  'Mieli',
  'Turva',
];
const FI_KINDS = [
  'keskusteluapu',
  'ryhmä',
  'neuvonta',
  'tukipuhelin',
  'kotikäynnit',
  'chat',
  'olohuone',
  'leiri',
  'kurssi',
  'vastaanotto',
];
const SV_TOPICS = [
  'Familje',
  'Baby',
  'Ungdoms',
  'Skilsmässo',
  'Vålds',
  'Missbruks',
  'Kamrat',
  'Kris',
  'Föräldra',
  'Ork',
  'Barn',
  'Pappa',
  'Mamma',
  'Mental',
  'Trygghets',
];
const SV_KINDS = [
  'samtalsstöd',
  'grupp',
  'rådgivning',
  'stödtelefon',
  'hembesök',
  'chatt',
  'vardagsrum',
  'läger',
  'kurs',
  'mottagning',
];
const EN_TOPICS = [
  'Family',
  'Baby',
  'Youth',
  'Divorce',
  'Violence',
  'Substance',
  'Peer',
  'Crisis',
  'Parenting',
  'Coping',
  'Child',
  'Father',
  'Mother',
  'Mind',
  'Safety',
];
const EN_KINDS = [
  'talk support',
  'group',
  'advice',
  'helpline',
  'home visits',
  'chat',
  'drop-in',
  'camp',
  'course',
  'clinic',
];
const sqlArray = (values: readonly string[]) =>
  `ARRAY[${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(',')}]::text[]`;

const CHANNELS = ['IN_PERSON', 'PHONE', 'CHAT', 'VIDEO', 'GROUP', 'HOME_VISIT'];

/**
 * Summaries and descriptions of the real demo services (Finnish, Swedish, English), so that the
 * generated texts have the words, inflections and compounds that real searches meet: each generated
 * service takes the summary of one demo service and the description of another.
 */
const TEXT_POOL = DEMO_SERVICES.filter(
  (service) => service.content.summary.fi && service.content.description.fi,
).map(({ content }) => ({
  summaryFi: content.summary.fi ?? '',
  summarySv: content.summary.sv ?? '',
  summaryEn: content.summary.en ?? '',
  descriptionFi: content.description.fi ?? '',
  descriptionSv: content.description.sv ?? '',
  descriptionEn: content.description.en ?? '',
}));
const pool = (field: keyof (typeof TEXT_POOL)[number]) =>
  sqlArray(TEXT_POOL.map((entry) => entry[field]));

/**
 * Generates a large published catalogue with set-based SQL (INSERT … SELECT over generate_series), for
 * benchmarks: 100 000 services with 1 000 000 delivery areas take minutes on a PostgreSQL server.
 * Every service gets an approved revision with valid content, one active delivery and
 * `areasPerService` areas; ids are random, so it can run on a database that already has data.
 */
export async function generateCatalogue(
  connection: SqlConnection,
  options: CatalogueOptions,
): Promise<void> {
  const batchSize = options.batchSize ?? 10_000;
  const [network] = await connection.query<{ hide: number }>(
    'SELECT freshness_hide_months AS hide FROM "network" WHERE id = $1',
    [options.networkId],
  );
  if (!network) throw new Error(`no network ${options.networkId}`);
  const organizations = (
    await connection.query<{ id: string }>(
      `SELECT organization_id AS id FROM "network_membership" WHERE network_id = $1 AND status = 'ACTIVE' ORDER BY 1`,
      [options.networkId],
    )
  ).map((row) => row.id);
  if (organizations.length === 0) throw new Error('the network has no active members');
  const terms = (
    await connection.query<{ id: string }>(
      'SELECT id FROM "taxonomy_term" WHERE network_id = $1 ORDER BY id',
      [options.networkId],
    )
  ).map((row) => row.id);

  // A superuser (the benchmark's and PGlite's) loads each batch with the row triggers off and does
  // their work once per batch (see insertBatch); anyone else goes through the triggers.
  const [role] = await connection.query<{ superuser: string }>(
    "SELECT current_setting('is_superuser') AS superuser",
  );
  const bulk = role?.superuser === 'on';

  for (let start = 0; start < options.services; start += batchSize) {
    const count = Math.min(batchSize, options.services - start);
    await connection.exec('BEGIN');
    try {
      await insertBatch(connection, {
        ...options,
        count,
        offset: start,
        organizations,
        terms,
        hideMonths: network.hide,
        bulk,
      });
      await connection.exec('COMMIT');
    } catch (error) {
      await connection.exec('ROLLBACK');
      throw error;
    }
    options.onProgress?.(start + count);
  }
}

async function insertBatch(
  connection: SqlConnection,
  batch: CatalogueOptions & {
    count: number;
    offset: number;
    organizations: string[];
    terms: string[];
    hideMonths: number;
    bulk: boolean;
  },
): Promise<void> {
  const organizations = sqlArray(batch.organizations);
  const terms = batch.terms.length > 0 ? sqlArray(batch.terms) : `ARRAY[]::text[]`;
  const pick = (list: string, index: string) => `(${list})[1 + (${index}) % cardinality(${list})]`;
  const varied = batch.texts === 'varied';
  const texts = varied
    ? `SELECT w.n, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(),
              ${pick(organizations, 'w.n')}::uuid,
              w.name_fi, w.name_sv, w.name_en, w.summary_fi, w.summary_sv, w.summary_en,
              w.description_fi, w.description_sv, w.description_en
       FROM (${variedTextsSql(batch.count, batch.offset)}) AS w`
    : `SELECT n, service_id, revision_id, delivery_id, org_id, name_fi, name_sv, name_en,
              ${pick(pool('summaryFi'), 'n / 7')}, ${pick(pool('summarySv'), 'n / 7')},
              ${pick(pool('summaryEn'), 'n / 7')},
              name_fi || ': ' || ${pick(pool('descriptionFi'), 'n / 11 + 3')},
              name_sv || ': ' || ${pick(pool('descriptionSv'), 'n / 11 + 3')},
              name_en || ': ' || ${pick(pool('descriptionEn'), 'n / 11 + 3')}
       FROM (
         SELECT n, gen_random_uuid() AS service_id, gen_random_uuid() AS revision_id,
                gen_random_uuid() AS delivery_id, ${pick(organizations, 'n')}::uuid AS org_id,
                ${pick(sqlArray(FI_TOPICS), 'n')} || ${pick(sqlArray(FI_KINDS), 'n / 15')} || ' ' || n AS name_fi,
                ${pick(sqlArray(SV_TOPICS), 'n')} || ${pick(sqlArray(SV_KINDS), 'n / 15')} || ' ' || n AS name_sv,
                ${pick(sqlArray(EN_TOPICS), 'n')} || ' ' || ${pick(sqlArray(EN_KINDS), 'n / 15')} || ' ' || n AS name_en
         FROM generate_series(1, ${batch.count}) AS n
       ) AS named`;
  await connection.exec(`
    CREATE TEMP TABLE IF NOT EXISTS catalogue_batch (n int, service_id uuid, revision_id uuid, delivery_id uuid, org_id uuid,
      name_fi text, name_sv text, name_en text, summary_fi text, summary_sv text, summary_en text,
      description_fi text, description_sv text, description_en text) ON COMMIT DROP;
    INSERT INTO catalogue_batch ${texts};
    ${batch.bulk ? `SET LOCAL session_replication_role = replica;` : ''}

    INSERT INTO "service" (id, network_id, responsible_organization_id, status, sort_name, verified_at, visible_until,
                           age_min, age_max, cost, access_mode, service_languages, channels, created_at, updated_at)
    SELECT service_id, '${batch.networkId}'::uuid, org_id, 'PUBLISHED', name_fi,
           now() - (n % 300) * interval '1 day', now() - (n % 300) * interval '1 day' + make_interval(months => ${batch.hideMonths}),
           CASE WHEN n % 4 = 0 THEN NULL ELSE n % 12 END, CASE WHEN n % 5 = 0 THEN NULL ELSE 12 + n % 60 END,
           CASE WHEN n % 7 = 0 THEN 'FEE'::cost ELSE 'FREE'::cost END,
           (ARRAY['SELF_REFERRAL','PROFESSIONAL_REFERRAL','BOTH'])[1 + n % 3]::access_mode,
           CASE WHEN n % 3 = 0 THEN ARRAY['fi','sv'] WHEN n % 11 = 0 THEN ARRAY['fi','en','ru'] ELSE ARRAY['fi'] END,
           ARRAY[${pick(sqlArray(CHANNELS), 'n')}, ${pick(sqlArray(CHANNELS), 'n + 2')}],
           now(), now()
    FROM catalogue_batch;

    INSERT INTO "service_revision" (id, service_id, number, state, content, created_by_id, submitted_at, reviewed_at, updated_at)
    SELECT b.revision_id, b.service_id, 1, 'APPROVED',
           jsonb_build_object(
             'name', jsonb_build_object('fi', b.name_fi, 'sv', b.name_sv, 'en', b.name_en),
             'summary', jsonb_build_object('fi', b.summary_fi, 'sv', b.summary_sv, 'en', b.summary_en),
             'description', jsonb_build_object('fi', b.description_fi, 'sv', b.description_sv, 'en', b.description_en),
             'professionalInfo', jsonb_build_object('howToRefer', '{}'::jsonb, 'eligibility', '{}'::jsonb, 'whatHappensNext', '{}'::jsonb),
             'targetGroupIds', '[]'::jsonb,
             'themeIds', CASE WHEN cardinality(${terms}) = 0 THEN '[]'::jsonb ELSE jsonb_build_array(${pick(terms, 'b.n')}) END,
             'ageMin', s.age_min, 'ageMax', s.age_max,
             'serviceLanguages', to_jsonb(s.service_languages), 'channels', to_jsonb(s.channels),
             'cost', s.cost, 'costNote', '{}'::jsonb, 'accessMode', s.access_mode,
             'contact', jsonb_build_object('note', '{}'::jsonb), 'path', '[]'::jsonb),
           'catalogue-factory', now(), now(), now()
    FROM catalogue_batch b JOIN "service" s ON s.id = b.service_id;

    UPDATE "service" s SET published_revision_id = b.revision_id FROM catalogue_batch b WHERE s.id = b.service_id;

    ${batch.terms.length > 0 ? `INSERT INTO "service_term" (service_id, term_id) SELECT service_id, ${pick(terms, 'n')}::uuid FROM catalogue_batch;` : ''}
    ${varied && batch.terms.length > 1 ? `INSERT INTO "service_term" (service_id, term_id) SELECT service_id, ${pick(terms, `n + 1 + (n * 7 + ${batch.offset}) % ${batch.terms.length - 1}`)}::uuid FROM catalogue_batch;` : ''}

    INSERT INTO "service_delivery" (id, service_id, organization_id, status, is_nationwide, is_remote, accepting_clients, is_anonymous, is_open_24_7, has_online_booking, updated_at)
    SELECT delivery_id, service_id, org_id, 'ACTIVE', n % 97 = 0, n % 13 = 0, n % 6 <> 0, n % 9 = 0, n % 17 = 0, n % 4 = 0, now()
    FROM catalogue_batch;

    WITH municipalities AS (SELECT array_agg(code ORDER BY code) AS codes FROM "municipality"),
         areas AS (SELECT array_agg(code ORDER BY code) AS codes FROM "wellbeing_area")
    INSERT INTO "delivery_area" (id, delivery_id, municipality_code, wellbeing_area_code)
    SELECT gen_random_uuid(), b.delivery_id,
           CASE WHEN k % 10 = 9 THEN NULL ELSE m.codes[1 + (b.n * 7 + k * 31) % cardinality(m.codes)] END,
           CASE WHEN k % 10 = 9 THEN a.codes[1 + (b.n + k) % cardinality(a.codes)] ELSE NULL END
    FROM catalogue_batch b CROSS JOIN generate_series(0, ${batch.areasPerService - 1}) AS k, municipalities m, areas a;
    ${batch.bulk ? AFTER_BULK_BATCH : ''}
  `);
}

/**
 * What the skipped per-statement triggers would have done, once for the whole batch. With the
 * triggers on, each service's search row was rewritten by every statement above (service, revision,
 * published revision, terms, delivery, areas: ~270 000 dead rows after 90 000 services, and 45
 * minutes for the benchmark's 100 000); here it is written once. `replica` also skips the foreign-key
 * checks, which the batch's own ids satisfy by construction. The search row's insert runs with the
 * triggers back on, so the network's search generation is raised as for any other change.
 */
const AFTER_BULK_BATCH = `
    SET LOCAL session_replication_role = origin;
    INSERT INTO "search_word" ("word")
    SELECT DISTINCT v.lexeme
    FROM catalogue_batch b JOIN "service_revision" r ON r.id = b.revision_id
    CROSS JOIN LATERAL unnest(to_tsvector('simple'::regconfig, coalesce(r."search_words", ''))) AS v
    WHERE char_length(v.lexeme) BETWEEN 3 AND 60
    ON CONFLICT DO NOTHING;
    SELECT "service_search_row_refresh"(array(SELECT service_id FROM catalogue_batch));`;
