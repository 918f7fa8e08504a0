import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { DEMO_INFO_SERIES_ID } from '@linja/db';
import { GraphQLSchemaHost } from '@nestjs/graphql';

import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  type ActorKey,
  callGraphQL,
  type CallResult,
  type MatrixContext,
  ORGS,
  START_TIMEOUT_MS,
  startMatrix,
  TENANTS,
} from './authorization-matrix.fixtures';

/**
 * Property-based fuzzing of every mutation and every paginated list of the schema (derived from it, so
 * a new one is fuzzed without a change here): arguments of the right GraphQL types with hostile values
 * (NUL bytes, lone surrogates, huge strings and lists, random and real ids, tampered cursors, extreme
 * numbers, unknown enum values, wrong JSON types), sent with real sessions of a few roles and
 * anonymously. Every answer must be a known error code or data, never INTERNAL_SERVER_ERROR or HTTP
 * 5xx; a refused call changes nothing; a BAD_USER_INPUT raised by the API names its field; and a
 * mutation never succeeds with a NUL, a lone surrogate or an oversized value in what it stores.
 *
 * Fixed seed, printed; FUZZ_SEED=<n> replays or varies it, FUZZ_RUNS=<n> sets the runs per operation,
 * FUZZ_SHRINK=1 shrinks a failure to a minimal input (slow).
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261104);
const RUNS = Number(process.env.FUZZ_RUNS ?? 14);
const SHRINK = process.env.FUZZ_SHRINK === '1';

/** Codes an answer may carry: the API's vocabulary and GraphQL's own for malformed requests. */
const KNOWN_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  'RATE_LIMITED',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'TOO_MANY_ALIASES',
  'PAYLOAD_TOO_LARGE',
  'BAD_REQUEST',
]);

/** Who calls: anonymous, a platform admin, a coordinator, and the shared organisation's editor. */
const FUZZ_ACTORS: ActorKey[] = ['anonymous', 'platformAdmin', 'coordinatorP', 'editorS'];

/** Calls that end a session get a second session of the actor, so the shared one stays signed in. */
const ENDS_SESSION = new Set(['signOut', 'revokeSession']);
/** Credential checks count failed attempts (sign_in_throttle) even when they refuse. */
const RECORDS_ATTEMPTS: Record<string, readonly string[]> = {
  signIn: ['sign_in_throttle'],
  createApiToken: ['sign_in_throttle'],
  acceptInvitation: ['sign_in_throttle'],
};
/** Arguments never stored as text (hashed or compared), and an operation that always answers true. */
const NOT_STORED = new Set(['password', 'newPassword', 'token', 'totpCode', 'code']);
const ALWAYS_SUCCEEDS = new Set(['requestPasswordReset']);
const HUGE_STRING = 20_000;
const HUGE_LIST = 1000;
const MAX_BODY_CHARS = 3_000_000;

// ─── The operations, from the schema ───────────────────────────────────────────────────────────────

interface FuzzOperation {
  /** `Mutation.createService`, `Query.services`, `Network.reviewQueue`… */
  readonly name: string;
  readonly field: string;
  readonly isMutation: boolean;
  /** The type whose field it is (Mutation, Query, or a type reached through an entry point). */
  readonly parent: string;
}

/** How a list nested in a type is reached: one instance of the type (`{{id}}`: a published service). */
const ENTRY_POINTS: Record<string, (inner: string, serviceId: string) => string> = {
  Query: (inner) => inner,
  Network: (inner) => `network(slug: "perhelinja") { ${inner} }`,
  Organization: (inner) => `organization(id: "${ORGS.turku}") { ${inner} }`,
  Service: (inner, serviceId) => `service(id: "${serviceId}") { ${inner} }`,
  WellbeingArea: (inner) => `wellbeingArea(code: "02") { ${inner} }`,
  Region: (inner) => `regions(first: 1) { edges { node { ${inner} } } }`,
  // The demo info series (the federation's); readers only, others get NOT_FOUND.
  InfoSeries: (inner) => `infoSeries(id: "${DEMO_INFO_SERIES_ID}") { ${inner} }`,
  // A referral's notes (the demo data has no referrals: every caller gets NOT_FOUND, after the
  // arguments have passed the input limits).
  ReferralDetails: (inner) =>
    `referral(id: "00000000-0000-4000-8000-00000000f022") { details { ${inner} } }`,
};

/** Every mutation, and every field that takes `first` (a paginated list), of a schema. */
function fuzzOperations(schema: GraphQLSchema): FuzzOperation[] {
  const operations: FuzzOperation[] = Object.keys(schema.getMutationType()?.getFields() ?? {}).map(
    (field) => ({ name: `Mutation.${field}`, field, isMutation: true, parent: 'Mutation' }),
  );
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || type.name === 'Mutation') continue;
    for (const field of Object.values(type.getFields())) {
      if (field.args.some((arg) => arg.name === 'first')) {
        operations.push({
          name: `${type.name}.${field.name}`,
          field: field.name,
          isMutation: false,
          parent: type.name,
        });
      }
    }
  }
  return operations.sort((a, b) => a.name.localeCompare(b.name));
}

/** The committed SDL (checked against the code by the schema test) names the tests up front. */
const OPERATIONS = fuzzOperations(
  buildSchema(readFileSync(resolve(__dirname, '../../../schema.graphql'), 'utf8')),
);

function fieldOf(schema: GraphQLSchema, operation: FuzzOperation): GraphQLField<unknown, unknown> {
  const type = schema.getType(operation.parent);
  const field = isObjectType(type) ? type.getFields()[operation.field] : undefined;
  if (!field) throw new Error(`${operation.name} is not in the running schema`);
  return field;
}

/** What to select of a result: `__typename` of an object, and the cursors of a connection. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const type = getNamedType(field.type);
  if (!isObjectType(type)) return '';
  const fields = type.getFields();
  return `{ __typename${fields.totalCount ? ' totalCount' : ''}${fields.edges ? ' edges { cursor }' : ''}${fields.pageInfo ? ' pageInfo { endCursor hasNextPage }' : ''} }`;
}

function documentOf(
  schema: GraphQLSchema,
  operation: FuzzOperation,
  serviceId: string,
): { doc: string; args: readonly GraphQLArgument[] } {
  const field = fieldOf(schema, operation);
  const args = field.args;
  const variables = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = `${field.name}${args.length > 0 ? `(${args.map((arg) => `${arg.name}: $${arg.name}`).join(', ')})` : ''} ${selectionOf(field)}`;
  const head = args.length > 0 ? `(${variables})` : '';
  if (operation.isMutation) return { doc: `mutation Fuzz${head} { ${call} }`, args };
  const entry = ENTRY_POINTS[operation.parent];
  if (!entry) throw new Error(`no entry point for ${operation.parent}`);
  return { doc: `query Fuzz${head} { ${entry(call, serviceId)} }`, args };
}

// ─── Hostile values ────────────────────────────────────────────────────────────────────────────────

const PLAUSIBLE_STRINGS = [
  'Perhe',
  'Ero lapsiperheessä',
  'fi',
  'sv',
  'en',
  '#1a5e8c',
  '#ffffff',
  'https://example.fi',
  'info@example.fi',
  '+358 40 123 4567',
  '2026-01-01',
  '2026-02-30',
  '08:00',
  '24:00',
  '20100',
  'Turku',
  '853',
  '091',
  '02',
  '21',
  '0201256-6',
  'matriisi-sluggi',
  'perhelinja',
  'ero',
  'avioero',
  'IN_PROGRESS',
];

const loneSurrogate = fc.constantFrom('\ud800', 'a\udc00b', 'loppuu\ud83d', '\udfff alku');
const smallHostileString = fc.oneof(
  fc.string({ maxLength: 12 }).map((text) => `${text}\u0000${text}`),
  loneSurrogate,
  fc.constantFrom(
    '',
    '   ',
    '\n\t',
    '\u202eevil',
    'zero\u200bwidth',
    '\u0007\u001b[31m',
    "' OR 1=1 --",
    '%_\\',
    '😀👩‍👩‍👧',
    '\uFEFF',
    '<script>alert(1)</script>',
  ),
  fc.string({ unit: 'binary', maxLength: 24 }),
);
const hugeString = fc.oneof(
  fc.integer({ min: HUGE_STRING, max: 150_000 }).map((n) => 'x'.repeat(n)),
  fc.integer({ min: HUGE_STRING, max: 60_000 }).map((n) => 'ä'.repeat(n)),
  fc.integer({ min: 1001, max: 5000 }).map((n) => 'y'.repeat(n)),
);
const hostileString = fc.oneof(
  { weight: 4, arbitrary: smallHostileString },
  { weight: 1, arbitrary: hugeString },
);
const plausibleString = fc.oneof(
  fc.constantFrom(...PLAUSIBLE_STRINGS),
  fc.string({ maxLength: 24 }),
);
const anyString = fc.oneof(
  { weight: 2, arbitrary: plausibleString },
  { weight: 3, arbitrary: hostileString },
);
const wrongType = fc.constantFrom<unknown>(12345, true, { x: 1 }, [1, 2], 1.5, 'teksti');

/** Int values GraphQL accepts (32-bit): small ones (versions, months), edges, and random. */
const integer = fc.oneof(
  fc.constantFrom(0, 1, 1, 2, -1, 5, 12, 100, 101, 2147483647, -2147483648),
  fc.integer(),
);
const float = fc.oneof(
  fc.constantFrom(0, 60.45, 22.27, -91, 181, 1e308, -1e308, 5e-324),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

const base64url = (text: string) => Buffer.from(text, 'utf8').toString('base64url');
const cursorPart = fc.oneof(
  fc.constantFrom(
    '2026-01-01T00:00:00.000Z',
    '2026-02-30T00:00:00.000Z',
    '0000-01-01T00:00:00.000Z',
    'NAME_ASC',
    'Perhe',
  ),
  fc.uuid(),
  smallHostileString,
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.integer(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.integer(), { maxKeys: 2 }),
  fc.constant('z'.repeat(1500)),
);
/** Cursors as the API writes them (base64url of a JSON array), tampered with, and plain junk. */
const cursor = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(cursorPart, { maxLength: 5 })
      .map((parts) => base64url(JSON.stringify(parts))),
  },
  {
    weight: 1,
    arbitrary: fc.jsonValue({ maxDepth: 2 }).map((value) => base64url(JSON.stringify(value))),
  },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 40 })
      .map((bytes) => Buffer.from(bytes).toString('base64url')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(base64url('["x"'), base64url('[]'), 'A'.repeat(5000), '!!!', ''),
  },
  { weight: 1, arbitrary: smallHostileString },
);

/**
 * The value with every long string and list cut short: a huge list of values that hold huge strings
 * or lists would be gigabytes.
 */
function withoutHugeValues(value: unknown): unknown {
  if (typeof value === 'string') return value.length > 100 ? value.slice(0, 100) : value;
  if (Array.isArray(value)) return value.slice(0, 10).map(withoutHugeValues);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutHugeValues(item)]),
    );
  }
  return value;
}

/** Real ids of the database by kind, so that some calls get past "not found" to the real checks. */
type IdPool = Record<string, string[]>;

function idArbitrary(argName: string, pool: IdPool): fc.Arbitrary<unknown> {
  const kind =
    Object.keys(pool).find((key) => argName.toLowerCase().startsWith(key.toLowerCase())) ?? 'any';
  const ofKind = pool[kind] ?? [];
  const real = ofKind.length > 0 ? ofKind : (pool.any ?? []);
  return fc.oneof(
    { weight: 4, arbitrary: real.length > 0 ? fc.constantFrom(...real) : fc.uuid() },
    { weight: 2, arbitrary: fc.uuid() },
    { weight: 2, arbitrary: smallHostileString },
    { weight: 1, arbitrary: fc.constantFrom('not-an-id', '5a1e0b6e-0c1f-4c3e-9d0a-99999999999Z') },
  );
}

/**
 * A value of a GraphQL input type with hostile contents. `illTyped`: now and then also a value of the
 * wrong JSON type, null for a required value or an unknown enum value (refused by GraphQL's variable
 * coercion before any resolver runs, so most inputs are well-typed).
 */
function valueOf(
  type: GraphQLInputType,
  name: string,
  pool: IdPool,
  depth: number,
  illTyped: boolean,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    const value = valueOfPresent(type.ofType, name, pool, depth, illTyped);
    return illTyped
      ? fc.oneof({ weight: 20, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
      : value;
  }
  const present = valueOfPresent(type, name, pool, depth, illTyped);
  return fc.oneof(
    { weight: 3, arbitrary: present },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null) },
  );
}

function valueOfPresent(
  type: GraphQLInputType,
  name: string,
  pool: IdPool,
  depth: number,
  illTyped: boolean,
): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOfPresent(type.ofType, name, pool, depth, illTyped);
  let arbitrary: fc.Arbitrary<unknown>;
  if (isListType(type)) {
    const element = valueOfPresent(type.ofType, name, pool, depth + 1, illTyped);
    arbitrary = fc.oneof(
      { weight: 6, arbitrary: fc.array(element, { maxLength: 3 }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(element, fc.integer({ min: HUGE_LIST, max: 5000 }))
          .map(([value, count]) => {
            const item = withoutHugeValues(value);
            return Array.from({ length: count }, () => item);
          }),
      },
    );
  } else if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    arbitrary = fc
      .tuple(...fields.map((field) => valueOf(field.type, field.name, pool, depth + 1, illTyped)))
      .map((values) =>
        Object.fromEntries(
          fields.flatMap((field, index) =>
            values[index] === undefined ? [] : [[field.name, values[index]]],
          ),
        ),
      );
  } else if (isEnumType(type)) {
    const values = fc.constantFrom(...type.getValues().map((value) => value.name));
    arbitrary = illTyped
      ? fc.oneof(
          { weight: 5, arbitrary: values },
          { weight: 1, arbitrary: fc.constantFrom('NOT_A_VALUE', 'active', '', 'ACTIVE\u0000') },
        )
      : values;
  } else {
    switch (type.name) {
      case 'ID':
        arbitrary = idArbitrary(name, pool);
        break;
      case 'Int':
        arbitrary = illTyped ? fc.oneof(integer, fc.constantFrom(2 ** 31, 2 ** 53, 1.5)) : integer;
        break;
      case 'Float':
        arbitrary = float;
        break;
      case 'Boolean':
        arbitrary = fc.boolean();
        break;
      default:
        arbitrary = name === 'after' ? cursor : anyString;
    }
  }
  return illTyped
    ? fc.oneof({ weight: 10, arbitrary }, { weight: 1, arbitrary: wrongType })
    : arbitrary;
}

// ─── Checking an answer ────────────────────────────────────────────────────────────────────────────

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Values a successful mutation must not have stored: NUL, lone surrogates, oversized strings or lists. */
function unstorableValues(value: unknown, path: string): string[] {
  const key = path.split('.').pop() ?? '';
  if (NOT_STORED.has(key)) return [];
  if (typeof value === 'string') {
    const found: string[] = [];
    if (value.includes('\u0000')) found.push(`${path}: NUL`);
    if (LONE_SURROGATE.test(value)) found.push(`${path}: lone surrogate`);
    if (value.length >= HUGE_STRING) found.push(`${path}: ${value.length} characters`);
    return found;
  }
  if (Array.isArray(value)) {
    return [
      ...(value.length >= HUGE_LIST ? [`${path}: ${value.length} items`] : []),
      ...value.slice(0, 20).flatMap((item, index) => unstorableValues(item, `${path}.${index}`)),
    ];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([name, item]) =>
      unstorableValues(item, path ? `${path}.${name}` : name),
    );
  }
  return [];
}

function problemsOf(
  operation: FuzzOperation,
  variables: Record<string, unknown>,
  result: CallResult,
  changedTables: readonly string[],
): string[] {
  const problems: string[] = [];
  if (result.status >= 500) problems.push(`HTTP ${result.status}`);
  for (const error of result.errors ?? []) {
    const code = error.extensions?.code;
    if (typeof code !== 'string' || !KNOWN_CODES.has(code)) {
      problems.push(`error code ${String(code)}: ${error.message.slice(0, 300)}`);
    } else if (
      code === 'BAD_USER_INPUT' &&
      error.path &&
      typeof error.extensions?.field !== 'string'
    ) {
      problems.push(`BAD_USER_INPUT without its field: ${error.message.slice(0, 200)}`);
    }
  }
  if (result.errors) {
    const allowed = RECORDS_ATTEMPTS[operation.field] ?? [];
    const unexpected = changedTables.filter((table) => !allowed.includes(table));
    if (unexpected.length > 0) problems.push(`refused, but changed ${unexpected.join(', ')}`);
  } else if (operation.isMutation && !ALWAYS_SUCCEEDS.has(operation.field)) {
    const stored = unstorableValues(variables, '');
    if (stored.length > 0) problems.push(`accepted ${stored.join('; ')}`);
  }
  return problems;
}

/** Control, invisible and bidirectional characters, and lone surrogates, as `\uXXXX`. */
function escapeInvisible(text: string): string {
  return [...text]
    .map((char) => {
      const code = char.codePointAt(0) ?? 0;
      const invisible =
        code < 0x20 ||
        (code >= 0x7f && code <= 0x9f) ||
        (code >= 0x200b && code <= 0x200f) ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0xd800 && code <= 0xdfff);
      return invisible ? `\\u${code.toString(16).padStart(4, '0')}` : char;
    })
    .join('');
}

/** A readable form of a value: long strings and lists shortened, invisible characters escaped. */
function summary(value: unknown, longString = 60): string {
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (typeof item === 'string' && item.length > longString) {
      return `<${item.length} chars: ${item.slice(0, 24)}…>`;
    }
    if (Array.isArray(item) && item.length > 5) {
      return [...(item as unknown[]).slice(0, 3), `<${item.length} items>`];
    }
    return item;
  }) as string | undefined;
  return escapeInvisible(text ?? 'undefined').slice(0, 1500);
}

/** A seed per operation, so adding an operation leaves the others' inputs unchanged. */
function seedOf(name: string): number {
  let hash = SEED | 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

describe(`fuzzing every mutation and paginated list on ${DB_MODE_LABEL} (real sessions)`, () => {
  let ctx: MatrixContext;
  let schema: GraphQLSchema;
  let pool: IdPool;
  let serviceId: string;
  let cases = 0;
  /** How the calls were answered (data, or the first error's code), and the slowest one. */
  const outcomes = new Map<string, number>();
  let slowest = { ms: 0, what: '' };

  beforeAll(async () => {
    process.stdout.write(
      `fuzz: seed ${SEED} (FUZZ_SEED), ${RUNS} runs per operation (FUZZ_RUNS), ${OPERATIONS.length} operations\n`,
    );
    // The API's per-address and per-account limits would otherwise answer most calls.
    ctx = await startMatrix();
    schema = ctx.api.app.get(GraphQLSchemaHost).schema;
    // The entry point of Service's lists: a published service the fuzzed mutations never get.
    serviceId = (await ctx.build.service(TENANTS['turku@perhelinja'], 'PUBLISHED')).id;
    const ids = async (rows: Promise<{ id: string }[]>) =>
      (await rows).map((row) => row.id).filter((id) => id !== serviceId);
    await ctx.build.invitation({ role: 'ORG_EDITOR', organizationId: ORGS.turku });
    const take = { select: { id: true }, take: 25 } as const;
    const [services, revisions, deliveries, organizations, networks, terms, memberships] =
      await Promise.all([
        ids(ctx.prisma.service.findMany(take)),
        ids(ctx.prisma.serviceRevision.findMany(take)),
        ids(ctx.prisma.serviceDelivery.findMany(take)),
        ids(ctx.prisma.organization.findMany(take)),
        ids(ctx.prisma.network.findMany(take)),
        ids(ctx.prisma.taxonomyTerm.findMany(take)),
        ids(ctx.prisma.networkMembership.findMany(take)),
      ]);
    const [invitations, synonyms, items] = await Promise.all([
      ids(ctx.prisma.invitation.findMany(take)),
      ids(ctx.prisma.searchSynonym.findMany(take)),
      ids(ctx.prisma.readinessItem.findMany(take)),
    ]);
    pool = {
      service: services,
      revision: revisions,
      delivery: deliveries,
      organization: organizations,
      responsibleOrganization: organizations,
      network: networks,
      theme: terms,
      targetGroup: terms,
      any: [
        ...services,
        ...revisions,
        ...deliveries,
        ...organizations,
        ...networks,
        ...terms,
        ...memberships,
        ...invitations,
        ...synonyms,
        ...items,
      ],
    };
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    const answered = [...outcomes].map(([outcome, count]) => `${outcome} ${count}`).join(', ');
    process.stdout.write(
      `fuzz: ${cases} cases run (seed ${SEED}): ${answered}; slowest ${(slowest.ms / 1000).toFixed(1)} s: ${slowest.what}\n`,
    );
    await ctx.api.close();
  });

  it('fuzzes every mutation and paginated list of the running schema', () => {
    expect(fuzzOperations(schema).map((operation) => operation.name)).toEqual(
      OPERATIONS.map((operation) => operation.name),
    );
    const unreachable = OPERATIONS.filter(
      (operation) => !operation.isMutation && !ENTRY_POINTS[operation.parent],
    ).map((operation) => operation.name);
    expect(unreachable).toEqual([]);
  });

  it.each(OPERATIONS.map((operation) => [operation.name, operation] as const))(
    '%s',
    async (_name, operation) => {
      const { doc, args } = documentOf(schema, operation, serviceId);
      const inputs = (illTyped: boolean) =>
        fc
          .tuple(...args.map((arg) => valueOf(arg.type, arg.name, pool, 0, illTyped)))
          .map((values) =>
            Object.fromEntries(
              args.flatMap((arg, index) =>
                values[index] === undefined ? [] : [[arg.name, values[index]]],
              ),
            ),
          );
      const variables = fc.oneof(
        { weight: 4, arbitrary: inputs(false) },
        { weight: 1, arbitrary: inputs(true) },
      );
      const property = fc.asyncProperty(
        fc.constantFrom(...FUZZ_ACTORS),
        fc.integer({ min: 1, max: 254 }),
        variables,
        async (actorKey, address, input) => {
          // Far past the 1 MB body limit the server answers 413 unread; sending it only costs time.
          fc.pre(JSON.stringify(input).length < MAX_BODY_CHARS);
          cases += 1;
          const actor = ctx.actors.get(actorKey);
          const cookie =
            ENDS_SESSION.has(operation.field) && actor?.userId
              ? (await ctx.build.session(actor.userId)).cookie
              : actor?.cookie;
          await ctx.watch.mark();
          const started = performance.now();
          const result = await callGraphQL(ctx.api.baseUrl, doc, input, {
            ...(cookie ? { cookie } : {}),
            from: `127.0.1.${address}`,
          });
          const ms = performance.now() - started;
          if (ms > slowest.ms) {
            slowest = {
              ms,
              what: `${operation.name} as ${actorKey}: ${summary(input)} → ${summary(result.errors ?? result.data, 300)}`,
            };
          }
          const outcome = result.errors ? String(result.errors[0]?.extensions?.code) : 'data';
          outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const changed = await ctx.watch.changedTables();
          const problems = problemsOf(operation, input, result, changed);
          if (problems.length > 0) {
            throw new Error(
              `${problems.join('; ')}\n  as ${actorKey}; answer: ${summary(result.errors ?? result.data, 300)}`,
            );
          }
        },
      );
      const details = await fc.check(property, {
        seed: seedOf(operation.name),
        numRuns: RUNS,
        endOnFailure: !SHRINK,
      });
      const failure = details.failed
        ? [
            `${operation.name} failed after ${details.numRuns} run(s) (FUZZ_SEED=${SEED}, operation seed ${details.seed}, path ${details.counterexamplePath ?? '-'}):`,
            details.errorInstance instanceof Error
              ? details.errorInstance.message
              : String(details.errorInstance),
            `  input: ${summary(details.counterexample?.[2])}`,
          ].join('\n')
        : undefined;
      expect(failure).toBeUndefined();
    },
  );
});
