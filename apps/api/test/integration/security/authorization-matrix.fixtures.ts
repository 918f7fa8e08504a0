import { request } from 'node:http';

import {
  type Database,
  DEMO_PASSWORD,
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  ORG_TURUN_KAUPUNKILAHETYS,
  PERHELINJA_ID,
  PrismaClient,
} from '@linja/db';
import { addMonths } from 'date-fns/addMonths';

import { hashSecretToken, newSecretToken } from '../../../src/auth/secret-token';
import { DATABASE } from '../../../src/database/database.tokens';
import { SESSION_COOKIE } from '../../../src/identity/identity.constants';
import { startTestApp, type TestApp } from '../../helpers/test-app';

// ─── Where the data lives ──────────────────────────────────────────────────────────────────────────

/** The two demo networks. */
export const NETWORKS = { perhelinja: PERHELINJA_ID, liitto: FEDERATION_ID } as const;
export type NetworkKey = keyof typeof NETWORKS;
export const NETWORK_SLUGS: Record<NetworkKey, string> = {
  perhelinja: 'perhelinja',
  liitto: 'ensi-ja-turvakotien-liitto',
};

/**
 * Four member organisations: two of Perhelinja only, Turku's association in BOTH networks
 * (packages/db/src/seed/demo/organizations.ts), and Lahti's in the federation only.
 */
export const ORGS = {
  mll: ORG_MLL_VS,
  kaupunkilahetys: ORG_TURUN_KAUPUNKILAHETYS,
  turku: ORG_TURKU_ETK,
  lahti: ORG_LAHTI,
} as const;
export type OrgKey = keyof typeof ORGS;
export const ORG_NAMES: Record<OrgKey, string> = {
  mll: 'Mannerheimin Lastensuojeluliiton Varsinais-Suomen piiri ry',
  kaupunkilahetys: 'Turun Kaupunkilähetys ry',
  turku: 'Turun ensi- ja turvakoti ry',
  lahti: 'Lahden ensi- ja turvakoti ry',
};

/**
 * A tenant: an organisation's data in one network. Seen from `editorA` (MLL): its own organisation,
 * another organisation of the same network, the shared organisation in each network, and another
 * network; seen from the other actors, the same five cover the same relations the other way round.
 */
export const TENANTS = {
  'mll@perhelinja': { network: 'perhelinja', org: 'mll' },
  'kaupunkilahetys@perhelinja': { network: 'perhelinja', org: 'kaupunkilahetys' },
  'turku@perhelinja': { network: 'perhelinja', org: 'turku' },
  'turku@liitto': { network: 'liitto', org: 'turku' },
  'lahti@liitto': { network: 'liitto', org: 'lahti' },
} as const satisfies Record<string, { network: NetworkKey; org: OrgKey }>;
export type TenantKey = keyof typeof TENANTS;
export const TENANT_KEYS = Object.keys(TENANTS) as TenantKey[];
export const NETWORK_KEYS = Object.keys(NETWORKS) as NetworkKey[];
export const ORG_KEYS = Object.keys(ORGS) as OrgKey[];

// ─── Who calls ─────────────────────────────────────────────────────────────────────────────────────

/** One actor of the matrix: a real account holding (at most) one role, or nobody. */
export interface ActorSpec {
  readonly key: string;
  readonly platformAdmin?: true;
  readonly coordinatorOf?: NetworkKey;
  readonly org?: { readonly key: OrgKey; readonly role: 'ORG_ADMIN' | 'ORG_EDITOR' };
  readonly professionalOf?: { readonly network: NetworkKey; readonly verified: boolean };
  /** REPORT_VIEWER of the network (issue 16): reads its results and reports, changes nothing. */
  readonly reportViewerOf?: NetworkKey;
}

export const ACTORS = [
  { key: 'anonymous' },
  { key: 'platformAdmin', platformAdmin: true },
  { key: 'coordinatorP', coordinatorOf: 'perhelinja' },
  { key: 'coordinatorF', coordinatorOf: 'liitto' },
  { key: 'orgAdminA', org: { key: 'mll', role: 'ORG_ADMIN' } },
  { key: 'editorA', org: { key: 'mll', role: 'ORG_EDITOR' } },
  { key: 'orgAdminS', org: { key: 'turku', role: 'ORG_ADMIN' } },
  { key: 'editorS', org: { key: 'turku', role: 'ORG_EDITOR' } },
  { key: 'editorL', org: { key: 'lahti', role: 'ORG_EDITOR' } },
  { key: 'professionalP', professionalOf: { network: 'perhelinja', verified: true } },
  // Signed in, but the role does not count until a coordinator verifies it: no permissions.
  { key: 'unverifiedProfessional', professionalOf: { network: 'perhelinja', verified: false } },
  // A steering group's or funder's contact: `reporting.read` on Perhelinja and nothing else.
  { key: 'reportViewerP', reportViewerOf: 'perhelinja' },
] as const satisfies readonly ActorSpec[];
export type ActorKey = (typeof ACTORS)[number]['key'];

/** Organisations that have an admin in the matrix's database (ours, or the demo's for Lahti). */
export const HAS_ADMIN: Record<OrgKey, boolean> = {
  mll: true,
  kaupunkilahetys: false,
  turku: true,
  lahti: true,
};

export const isAdmin = (a: ActorSpec): boolean => a.platformAdmin === true;
export const signedIn = (a: ActorSpec): boolean => a.key !== 'anonymous';
/** ORG_ADMIN or ORG_EDITOR of the organisation (or a platform admin). */
export const staffOf = (a: ActorSpec, org: OrgKey): boolean => isAdmin(a) || a.org?.key === org;
export const adminOf = (a: ActorSpec, org: OrgKey): boolean =>
  isAdmin(a) || (a.org?.key === org && a.org.role === 'ORG_ADMIN');
export const coordinates = (a: ActorSpec, network: NetworkKey): boolean =>
  isAdmin(a) || a.coordinatorOf === network;
/** Reads the network's results (`reporting.read`): its coordinators and REPORT_VIEWERs. */
export const readsResultsOf = (a: ActorSpec, network: NetworkKey): boolean =>
  coordinates(a, network) || a.reportViewerOf === network;
export const professionalIn = (a: ActorSpec, network: NetworkKey): boolean =>
  isAdmin(a) || (a.professionalOf?.network === network && a.professionalOf.verified);

// ─── Outcomes ──────────────────────────────────────────────────────────────────────────────────────

/** A refusal: one of these codes, never a validation error that could hide a missing check. */
export const REFUSAL_CODES = ['FORBIDDEN', 'NOT_FOUND', 'UNAUTHENTICATED'] as const;

export type Expected =
  | { readonly kind: 'ok' }
  /** An error with one of `codes`, and nothing changed. */
  | { readonly kind: 'refused'; readonly codes: readonly string[] };

export const OK: Expected = { kind: 'ok' };
export const REFUSED: Expected = { kind: 'refused', codes: REFUSAL_CODES };
/** Past the authorization check, but the call fails for a reason of its own (and changes nothing). */
export const fails = (...codes: string[]): Expected => ({ kind: 'refused', codes });
export const okIf = (allowed: boolean): Expected => (allowed ? OK : REFUSED);

// ─── Calls ─────────────────────────────────────────────────────────────────────────────────────────

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown>;
}

export interface CallResult {
  readonly status: number;
  readonly data?: Record<string, unknown> | null;
  readonly errors?: GraphQLError[];
  /** `linja_session=…` when the response set the session cookie. */
  readonly sessionCookie?: string;
  readonly raw: string;
}

export interface CallOptions {
  /** `linja_session=…` of a real session. */
  readonly cookie?: string;
  /** Source address (any 127.x.y.z): the per-address rate limits count per caller, as for people. */
  readonly from?: string;
}

/** POSTs one GraphQL operation over plain HTTP; never sends the development actor header. */
export function callGraphQL(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<CallResult> {
  const url = new URL(`${baseUrl}/graphql`);
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        localAddress: options.from ?? '127.0.0.1',
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(options.cookie ? { cookie: options.cookie } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const raw = Buffer.concat(chunks).toString('utf8');
          let parsed: { data?: Record<string, unknown> | null; errors?: GraphQLError[] } = {};
          try {
            parsed = JSON.parse(raw) as typeof parsed;
          } catch {
            parsed = { errors: [{ message: raw, extensions: { code: 'NOT_JSON' } }] };
          }
          const sessionCookie = (res.headers['set-cookie'] ?? [])
            .map((value) => value.split(';')[0] ?? '')
            .find(
              (value) =>
                value.startsWith(`${SESSION_COOKIE}=`) && value.length > SESSION_COOKIE.length + 1,
            );
          resolve({
            status: res.statusCode ?? 0,
            ...parsed,
            raw,
            ...(sessionCookie ? { sessionCookie } : {}),
          });
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * What is wrong with an answer that should be a refusal with one of `codes` that changed nothing, in
 * words (undefined when nothing is).
 */
export function refusalProblem(
  result: CallResult,
  codes: readonly string[],
  changedTables: readonly string[],
): string | undefined {
  const problems: string[] = [];
  const code = errorCode(result);
  if (typeof code !== 'string' || !codes.includes(code)) {
    problems.push(
      result.errors
        ? `answered ${String(code)} (${result.errors[0]?.message ?? ''}), expected ${codes.join(' | ')}`
        : `succeeded (${JSON.stringify(result.data).slice(0, 300)}), expected ${codes.join(' | ')}`,
    );
  }
  if (code === 'BAD_USER_INPUT' && typeof result.errors?.[0]?.extensions?.field !== 'string') {
    problems.push(
      `BAD_USER_INPUT without the field it concerns (${result.errors?.[0]?.message ?? ''})`,
    );
  }
  if (changedTables.length > 0) problems.push(`it changed ${changedTables.join(', ')}`);
  return problems.length > 0 ? problems.join('; ') : undefined;
}

export function errorCode(result: CallResult): unknown {
  return result.errors?.[0]?.extensions?.code;
}

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      status
    }
  }
`;

export interface ActorSession {
  readonly spec: ActorSpec;
  readonly userId?: string;
  readonly email?: string;
  /** The session cookie from signing in once (undefined for anonymous). */
  readonly cookie?: string;
  readonly from: string;
}

/**
 * Creates one account per actor in the database (with the demo password, its hash copied from a demo
 * account) holding exactly the actor's role, and signs each in once through the `signIn` mutation.
 */
export async function signInActors(
  api: TestApp,
  prisma: PrismaClient,
): Promise<Map<ActorKey, ActorSession>> {
  const { passwordHash } = await prisma.user.findUniqueOrThrow({
    where: { email: 'admin@linja.example' },
    select: { passwordHash: true },
  });
  const sessions = new Map<ActorKey, ActorSession>();
  for (const [index, spec] of (ACTORS as readonly ActorSpec[]).entries()) {
    const from = `127.0.0.${10 + index}`;
    const key = spec.key as ActorKey;
    if (!signedIn(spec)) {
      sessions.set(key, { spec, from });
      continue;
    }
    const email = `${spec.key.toLowerCase()}@matriisi.example`;
    const user = await prisma.user.create({
      data: {
        email,
        name: `Matriisi ${spec.key}`,
        passwordHash,
        isPlatformAdmin: spec.platformAdmin === true,
        roles: {
          create: [
            ...(spec.coordinatorOf
              ? [{ role: 'COORDINATOR' as const, networkId: NETWORKS[spec.coordinatorOf] }]
              : []),
            ...(spec.org ? [{ role: spec.org.role, organizationId: ORGS[spec.org.key] }] : []),
            ...(spec.professionalOf
              ? [
                  {
                    role: 'PROFESSIONAL' as const,
                    networkId: NETWORKS[spec.professionalOf.network],
                    wellbeingAreaCodes: ['02'],
                    verifiedAt: spec.professionalOf.verified ? new Date() : null,
                  },
                ]
              : []),
            ...(spec.reportViewerOf
              ? [{ role: 'REPORT_VIEWER' as const, networkId: NETWORKS[spec.reportViewerOf] }]
              : []),
          ],
        },
      },
    });
    const result = await callGraphQL(
      api.baseUrl,
      SIGN_IN,
      { email, password: DEMO_PASSWORD },
      { from },
    );
    if (!result.sessionCookie) {
      throw new Error(`sign-in of ${email} failed: ${result.raw}`);
    }
    sessions.set(key, { spec, userId: user.id, email, cookie: result.sessionCookie, from });
  }
  return sessions;
}

// ─── Fixtures ──────────────────────────────────────────────────────────────────────────────────────

/** Complete enough to submit for review (with a delivery): @linja/domain service-completeness.ts. */
const CONTENT = (name: string) => ({
  name: { fi: name },
  summary: { fi: 'Tukea perheille.' },
  description: {},
  professionalInfo: {
    howToRefer: { fi: 'Vain ammattilaisille.' },
    eligibility: {},
    whatHappensNext: {},
  },
  targetGroupIds: [],
  themeIds: [],
  ageMin: 0,
  ageMax: 18,
  serviceLanguages: ['fi'],
  channels: ['PHONE'],
  cost: 'FREE',
  costNote: {},
  accessMode: 'SELF_REFERRAL',
  contact: { phone: '+358 40 000 0000', note: {} },
  path: [],
});

export type ServiceState = 'DRAFT' | 'SUBMITTED' | 'PUBLISHED' | 'ARCHIVED';
export type DeliveryStatusValue = 'PLANNING' | 'ACTIVE' | 'ENDED';
export interface Tenant {
  readonly network: NetworkKey;
  readonly org: OrgKey;
}

export interface ServiceRow {
  readonly id: string;
  /** The revision a call acts on: the working one, or the published one. */
  readonly revisionId: string;
  readonly name: string;
}

/** Creates the rows one call needs, each with a unique number for names, slugs and emails. */
export class Builders {
  private counter = 0;

  constructor(private readonly prisma: PrismaClient) {}

  next(): number {
    this.counter += 1;
    return this.counter;
  }

  /**
   * A service of the tenant in `state`. `workingName`: a published service that also has a working
   * revision (a draft of its next version) with that name. `verifiedMonthsAgo`: when it was last
   * confirmed (default now).
   */
  async service(
    tenant: Tenant,
    state: ServiceState,
    options: { workingName?: string; verifiedMonthsAgo?: number } = {},
  ): Promise<ServiceRow> {
    const name = `Matriisi ${state} ${this.next()}`;
    const published = state === 'PUBLISHED' || state === 'ARCHIVED';
    const row = await this.prisma.service.create({
      data: {
        networkId: NETWORKS[tenant.network],
        responsibleOrganizationId: ORGS[tenant.org],
        sortName: name,
      },
    });
    const revision = await this.prisma.serviceRevision.create({
      data: {
        serviceId: row.id,
        number: 1,
        content: CONTENT(name),
        state: published ? 'APPROVED' : state === 'SUBMITTED' ? 'SUBMITTED' : 'DRAFT',
        ...(state === 'SUBMITTED' ? { submittedAt: new Date() } : {}),
      },
    });
    const working = options.workingName
      ? await this.prisma.serviceRevision.create({
          data: {
            serviceId: row.id,
            number: 2,
            content: CONTENT(options.workingName),
            state: 'DRAFT',
          },
        })
      : undefined;
    const verifiedAt = addMonths(new Date(), -(options.verifiedMonthsAgo ?? 0));
    await this.prisma.service.update({
      where: { id: row.id },
      data: published
        ? {
            status: state === 'ARCHIVED' ? 'ARCHIVED' : 'PUBLISHED',
            statusBeforeArchive: state === 'ARCHIVED' ? 'PUBLISHED' : null,
            publishedRevisionId: revision.id,
            workingRevisionId: working?.id ?? null,
            verifiedAt,
            visibleUntil: addMonths(verifiedAt, 18),
            cost: 'FREE',
          }
        : { workingRevisionId: revision.id },
    });
    return { id: row.id, revisionId: revision.id, name };
  }

  /** A delivery of the service by `producer`, with a one-step readiness checklist if asked. */
  async delivery(
    serviceId: string,
    producer: OrgKey,
    status: DeliveryStatusValue,
    options: { readiness?: boolean } = {},
  ): Promise<{ id: string; itemId?: string }> {
    const row = await this.prisma.serviceDelivery.create({
      data: {
        serviceId,
        organizationId: ORGS[producer],
        status,
        areas: { create: [{ wellbeingAreaCode: '02' }] },
        ...(options.readiness
          ? { readiness: { create: [{ position: 1, title: { fi: 'Ydintarkoitus' } }] } }
          : {}),
      },
      include: { readiness: true },
    });
    return { id: row.id, ...(row.readiness[0] ? { itemId: row.readiness[0].id } : {}) };
  }

  /** A new organisation with the given memberships; returns the membership ids by network. */
  async organization(
    memberships: readonly {
      network: NetworkKey;
      status: 'ACTIVE' | 'SUSPENDED' | 'ENDED';
      reason?: string;
    }[],
  ): Promise<{ id: string; membershipIds: Partial<Record<NetworkKey, string>> }> {
    const row = await this.prisma.organization.create({
      data: {
        name: `Matriisijäsen ${this.next()}`,
        memberships: {
          create: memberships.map(({ network, status, reason }) => ({
            networkId: NETWORKS[network],
            role: 'MEMBER' as const,
            status,
            since: new Date('2024-01-01'),
            statusReason: reason ?? null,
            statusSince: status === 'ACTIVE' ? null : new Date(),
          })),
        },
      },
      include: { memberships: true },
    });
    const membershipIds: Partial<Record<NetworkKey, string>> = {};
    for (const membership of row.memberships) {
      const key = NETWORK_KEYS.find((network) => NETWORKS[network] === membership.networkId);
      if (key) membershipIds[key] = membership.id;
    }
    return { id: row.id, membershipIds };
  }

  async term(network: NetworkKey, archived: boolean): Promise<string> {
    const n = this.next();
    const row = await this.prisma.taxonomyTerm.create({
      data: {
        networkId: NETWORKS[network],
        kind: 'THEME',
        slug: `matriisi-${n}-${archived ? 'arkisto' : 'teema'}`,
        label: { fi: `Matriisiteema ${n}` },
        archivedAt: archived ? new Date() : null,
      },
    });
    return row.id;
  }

  async synonym(network: NetworkKey): Promise<string> {
    const n = this.next();
    const row = await this.prisma.searchSynonym.create({
      data: {
        networkId: NETWORKS[network],
        language: 'fi',
        words: [`matriisia${n}`, `matriisib${n}`],
      },
    });
    return row.id;
  }

  /** A pending invitation and its link's token. */
  async invitation(target: {
    role: 'COORDINATOR' | 'ORG_ADMIN' | 'ORG_EDITOR' | 'PROFESSIONAL' | 'REPORT_VIEWER';
    organizationId?: string;
    networkId?: string;
    email?: string;
  }): Promise<{ id: string; token: string; email: string }> {
    const token = newSecretToken();
    const email = target.email ?? `kutsuttu-${this.next()}@matriisi.example`;
    const row = await this.prisma.invitation.create({
      data: {
        tokenHash: hashSecretToken(token),
        email,
        role: target.role,
        organizationId: target.organizationId ?? null,
        networkId: target.networkId ?? null,
        wellbeingAreaCodes: target.role === 'PROFESSIONAL' ? ['02'] : [],
        expiresAt: addMonths(new Date(), 1),
      },
    });
    return { id: row.id, token, email };
  }

  /** A fresh account with a password reset link; returns its address and the link's token. */
  async resetLink(): Promise<{ email: string; token: string }> {
    const token = newSecretToken();
    const email = `unohtaja-${this.next()}@matriisi.example`;
    await this.prisma.user.create({
      data: {
        email,
        name: 'Unohtaja',
        resetTokens: {
          create: { tokenHash: hashSecretToken(token), expiresAt: addMonths(new Date(), 1) },
        },
      },
    });
    return { email, token };
  }

  /** Another live session of an account (for calls that end or list sessions). */
  async session(userId: string): Promise<{ id: string; cookie: string }> {
    const token = newSecretToken();
    const row = await this.prisma.session.create({
      data: {
        userId,
        kind: 'BROWSER',
        tokenHash: hashSecretToken(token),
        expiresAt: addMonths(new Date(), 1),
      },
    });
    return { id: row.id, cookie: `${SESSION_COOKIE}=${token}` };
  }

  /** An account with no role at all (a victim whose sessions nobody else may touch). */
  async bystander(): Promise<string> {
    const row = await this.prisma.user.create({
      data: { email: `sivullinen-${this.next()}@matriisi.example`, name: 'Sivullinen' },
    });
    return row.id;
  }
}

// ─── Nothing changed ───────────────────────────────────────────────────────────────────────────────

/** Columns that change by design on a read (the session's sliding `last_seen_at`, touched on use). */
const VOLATILE_COLUMNS: Record<string, readonly string[]> = { session: ['last_seen_at'] };
/**
 * Tables requests write by design, refused or not: the request rate limits' counters
 * (rate_limit, shared by the API processes; the per-address one synced within a second of a
 * request), and the read log of a referral's personal data, written
 * on every read of Referral.details (a refusal writing none is asserted in integration/referrals). A
 * refusal must change nothing else.
 */
const COUNTER_TABLES = `'_prisma_migrations', 'rate_limit', 'referral_read_log'`;

const digestQueries = new WeakMap<Database, string>();

/**
 * A digest of every row of every table (one query): equal digests mean the call changed nothing.
 * Only the columns a read touches by design (VOLATILE_COLUMNS) are left out.
 */
export async function databaseDigest(database: Database): Promise<string> {
  return database.withConnection(async (connection) => {
    let sql = digestQueries.get(database);
    if (!sql) {
      const tables = await connection.query<{ name: string }>(
        `SELECT table_name AS name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
           AND table_name NOT IN (${COUNTER_TABLES})
         ORDER BY 1`,
      );
      const parts = tables.map(({ name }) => {
        const volatile = VOLATILE_COLUMNS[name] ?? [];
        const row =
          volatile.length > 0
            ? `(to_jsonb(t) ${volatile.map((column) => `- '${column}'`).join(' ')})::text`
            : 't::text';
        return `'${name}:' || coalesce((SELECT md5(string_agg(${row}, '|' ORDER BY ${row})) FROM "${name}" t), '-')`;
      });
      sql = `SELECT concat_ws(E'\\n', ${parts.join(', ')}) AS digest`;
      digestQueries.set(database, sql);
    }
    const [row] = await connection.query<{ digest: string }>(sql);
    return row?.digest ?? '';
  });
}

/**
 * Tells whether anything changed since `mark()`, cheaply: a statement-level trigger on every table
 * advances a sequence on every INSERT, UPDATE, DELETE or TRUNCATE (test instrumentation, installed in
 * the test's own database). When the sequence has not moved, nothing was written; when it has, the
 * full `databaseDigest` decides (a write may have changed nothing, e.g. a session's `last_seen_at`).
 */
export class ChangeWatch {
  private counter = '';
  private digest = '';

  private constructor(private readonly database: Database) {}

  static async install(database: Database): Promise<ChangeWatch> {
    await database.withConnection((connection) =>
      connection.exec(`
        CREATE SEQUENCE test_write_counter;
        CREATE FUNCTION test_count_write() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN PERFORM nextval('test_write_counter'); RETURN NULL; END $$;
        DO $$ DECLARE t record; BEGIN
          FOR t IN SELECT table_name FROM information_schema.tables
                   WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                     AND table_name NOT IN (${COUNTER_TABLES}) LOOP
            EXECUTE format('CREATE TRIGGER test_count_write AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION test_count_write()', t.table_name);
          END LOOP;
        END $$;
      `),
    );
    return new ChangeWatch(database);
  }

  private async readCounter(): Promise<string> {
    const [row] = await this.database.withConnection((connection) =>
      connection.query<{ value: string }>(
        `SELECT last_value::text || ':' || is_called::text AS value FROM test_write_counter`,
      ),
    );
    return row?.value ?? '';
  }

  /** Takes the current state as the reference (recomputing the digest only if something was written). */
  async mark(): Promise<void> {
    const counter = await this.readCounter();
    if (counter === this.counter && this.digest) return;
    this.digest = await databaseDigest(this.database);
    this.counter = counter;
  }

  /** The tables with a row that differs from the reference; the current state becomes the reference. */
  async changedTables(): Promise<string[]> {
    const counter = await this.readCounter();
    if (counter === this.counter) return [];
    const digest = await databaseDigest(this.database);
    const before = new Set(this.digest.split('\n'));
    const changed = digest
      .split('\n')
      .filter((line) => !before.has(line))
      .map((line) => line.slice(0, line.indexOf(':')));
    this.digest = digest;
    this.counter = counter;
    return changed;
  }
}

// ─── The app and the runner ────────────────────────────────────────────────────────────────────────

/** Starting the app, migrating, seeding and signing 10 accounts in (argon2) on a busy machine. */
export const START_TIMEOUT_MS = 300_000;

export interface MatrixContext {
  readonly api: TestApp;
  readonly prisma: PrismaClient;
  readonly database: Database;
  readonly watch: ChangeWatch;
  readonly build: Builders;
  readonly actors: Map<ActorKey, ActorSession>;
}

/**
 * The app for one matrix file (job workers off): its own database, real sessions only (DEV_AUTH off, so the development
 * header could not stand in for one), the per-address request limit out of the way (the matrix sends
 * thousands of requests; the limits have tests of their own), and every actor signed in once.
 */
export async function startMatrix(
  envOverrides: Record<string, string> = {},
): Promise<MatrixContext> {
  const api = await startTestApp({
    DEV_AUTH: 'false',
    GRAPHQL_RATE_LIMIT_PER_MINUTE: '1000000',
    SIGN_IN_RATE_LIMIT_PER_MINUTE: '10000',
    PASSWORD_RESET_RATE_LIMIT_PER_15_MINUTES: '10000',
    // No background work: a mail job marking an outbox row SENT while a refusal is being checked
    // would look like a write by the refused call. Mails stay queued (pgboss schema, not compared).
    WORKERS: 'off',
    ...envOverrides,
  });
  const prisma = api.app.get(PrismaClient);
  const database = api.app.get<Database>(DATABASE);
  const watch = await ChangeWatch.install(database);
  const actors = await signInActors(api, prisma);
  return { api, prisma, database, watch, build: new Builders(prisma), actors };
}

export interface MatrixCase<T extends string> {
  /** One operation (one root field); selects enough to show what `verify` checks. */
  readonly doc: string;
  /** The targets the operation is checked against (one describe each). */
  readonly targets: readonly T[];
  /** Creates the target's rows and returns the call's variables. */
  readonly setup?: (
    ctx: MatrixContext,
    target: T,
    actor: ActorSession,
  ) => Promise<Record<string, unknown>>;
  readonly expect: (actor: ActorSpec, target: T) => Expected;
  /**
   * A query (or a call that changes nothing): successful calls share one setup. Otherwise every
   * successful call gets a fresh setup, and refused calls share one (they must leave it untouched).
   */
  readonly readOnly?: boolean;
  /** The setup depends on the actor (e.g. the actor's own second session): one setup per call. */
  readonly perActor?: boolean;
  /** Call with a second session of the actor's account (for calls that end the session). */
  readonly secondSession?: boolean;
  /** Further checks of a successful answer. */
  readonly verify?: (
    data: Record<string, unknown>,
    variables: Record<string, unknown>,
    target: T,
  ) => void;
}

export type MatrixCases<T extends string> = Record<string, MatrixCase<T>>;

/** A case typed by its own targets, to stand beside cases with other targets. */
export function matrixCase<T extends string>(testCase: MatrixCase<T>): MatrixCase<string> {
  return testCase as unknown as MatrixCase<string>;
}

interface GroupState {
  variables?: Record<string, unknown>;
  dirty: boolean;
}

/** Actors in the order a group runs them: refusals first (they share one setup), then successes. */
function orderedActors<T extends string>(testCase: MatrixCase<T>, target: T): ActorKey[] {
  const keys = ACTORS.map((actor) => actor.key);
  const refused = keys.filter((key) => testCase.expect(actorSpec(key), target).kind === 'refused');
  return [...refused, ...keys.filter((key) => !refused.includes(key))];
}

export function actorSpec(key: ActorKey): ActorSpec {
  return ACTORS.find((actor) => actor.key === key) as ActorSpec;
}

/** How many calls a set of cases makes: Σ targets × actors. */
export function countCases(cases: Record<string, MatrixCase<string>>): number {
  return Object.values(cases).reduce(
    (sum, testCase) => sum + testCase.targets.length * ACTORS.length,
    0,
  );
}

/**
 * One describe per operation and target, one test per actor. A refused call must answer one of the
 * expected codes and leave every table as it was; a successful one answers without errors.
 */
export function describeMatrix<T extends string>(
  context: () => MatrixContext,
  cases: MatrixCases<T>,
): void {
  describe.each(Object.keys(cases))('%s', (operation) => {
    const testCase = cases[operation] as MatrixCase<T>;
    describe.each([...testCase.targets])('%s', (target) => {
      const group: GroupState = { dirty: true };
      it.each(orderedActors(testCase, target))('as %s', async (actorKey) => {
        const ctx = context();
        const actor = ctx.actors.get(actorKey);
        if (!actor) throw new Error(`no session for ${actorKey}`);
        const expected = testCase.expect(actor.spec, target);
        const sharesSetup =
          !testCase.perActor && (expected.kind === 'refused' || testCase.readOnly);
        let variables: Record<string, unknown>;
        if (sharesSetup) {
          if (group.dirty || !group.variables) {
            group.variables = (await testCase.setup?.(ctx, target, actor)) ?? {};
            group.dirty = false;
          }
          variables = group.variables;
        } else {
          variables = (await testCase.setup?.(ctx, target, actor)) ?? {};
        }
        if (expected.kind === 'refused') await ctx.watch.mark();

        const cookie =
          testCase.secondSession && actor.userId
            ? (await ctx.build.session(actor.userId)).cookie
            : actor.cookie;
        const result = await callGraphQL(ctx.api.baseUrl, testCase.doc, variables, {
          ...(cookie ? { cookie } : {}),
          from: actor.from,
        });

        if (expected.kind === 'ok') {
          if (!testCase.readOnly) group.dirty = true;
          expect(result.errors).toBeUndefined();
          expect(result.data).toBeTruthy();
          testCase.verify?.(result.data ?? {}, variables, target);
          return;
        }
        const changed = await ctx.watch.changedTables();
        if (changed.length > 0 || !result.errors) group.dirty = true;
        expect(refusalProblem(result, expected.codes, changed)).toBeUndefined();
      });
    });
  });
}

// ─── Who sees what ─────────────────────────────────────────────────────────────────────────────────

/** The value at a dotted path of a GraphQL answer (undefined where the path breaks off). */
export function pick(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (current, key) =>
        current && typeof current === 'object'
          ? (current as Record<string, unknown>)[key]
          : undefined,
      value,
    );
}

/** The nodes of a connection at `path` (empty when it is not there). */
export function nodesAt(value: unknown, path: string): unknown[] {
  const edges = pick(value, `${path}.edges`);
  return Array.isArray(edges) ? edges.map((edge) => pick(edge, 'node')) : [];
}

export interface VisibilityCase<T extends string> {
  /** A read that reaches the restricted data of a target (variables from `setup`). */
  readonly doc: string;
  readonly targets: readonly T[];
  /** Creates the target once (every actor reads the same rows). */
  readonly setup: (ctx: MatrixContext, target: T) => Promise<Record<string, unknown>>;
  readonly visible: (actor: ActorSpec, target: T) => boolean;
  /** Whether the answer shows the restricted data. */
  readonly shows: (data: unknown, variables: Record<string, unknown>) => boolean;
  /**
   * How the data is withheld from others: a refusal on the field (FORBIDDEN…), quietly (null, an
   * empty list, the row left out), or either.
   */
  readonly hidden: 'refused' | 'quiet' | 'either';
}

export function visibilityCase<T extends string>(
  testCase: VisibilityCase<T>,
): VisibilityCase<string> {
  return testCase as unknown as VisibilityCase<string>;
}

/** What is wrong with a read's answer for an actor who may (or may not) see the data. */
function visibilityProblem(
  testCase: VisibilityCase<string>,
  result: CallResult,
  variables: Record<string, unknown>,
  visible: boolean,
): string | undefined {
  const shows = testCase.shows(result.data, variables);
  const code = errorCode(result);
  const answer = `${result.errors ? `error ${String(code)} (${result.errors[0]?.message ?? ''})` : 'no error'}; data ${JSON.stringify(result.data).slice(0, 300)}`;
  if (visible) {
    return !result.errors && shows ? undefined : `should see it: ${answer}`;
  }
  if (shows) return `sees what it should not: ${answer}`;
  const refused = typeof code === 'string' && (REFUSAL_CODES as readonly string[]).includes(code);
  const quiet = !result.errors;
  const fine =
    testCase.hidden === 'refused'
      ? refused
      : testCase.hidden === 'quiet'
        ? quiet
        : refused || quiet;
  return fine ? undefined : `should be withheld (${testCase.hidden}): ${answer}`;
}

/** One describe per case and target, one test per actor: sees exactly what it may, and changes nothing. */
export function describeVisibility(
  context: () => MatrixContext,
  cases: Record<string, VisibilityCase<string>>,
): void {
  describe.each(Object.keys(cases))('%s', (name) => {
    const testCase = cases[name] as VisibilityCase<string>;
    describe.each([...testCase.targets])('%s', (target) => {
      let variables: Record<string, unknown> | undefined;
      it.each(ACTORS.map((actor) => actor.key))('as %s', async (actorKey) => {
        const ctx = context();
        const actor = ctx.actors.get(actorKey);
        if (!actor) throw new Error(`no session for ${actorKey}`);
        variables ??= await testCase.setup(ctx, target);
        await ctx.watch.mark();
        const result = await callGraphQL(ctx.api.baseUrl, testCase.doc, variables, {
          ...(actor.cookie ? { cookie: actor.cookie } : {}),
          from: actor.from,
        });
        const changed = await ctx.watch.changedTables();
        const problem = visibilityProblem(
          testCase,
          result,
          variables,
          testCase.visible(actor.spec, target),
        );
        expect(
          [problem, changed.length > 0 ? `it changed ${changed.join(', ')}` : undefined].filter(
            Boolean,
          ),
        ).toEqual([]);
      });
    });
  });
}

/** How many reads a set of visibility cases makes: Σ targets × actors. */
export function countVisibilityCases(cases: Record<string, VisibilityCase<string>>): number {
  return Object.values(cases).reduce(
    (sum, testCase) => sum + testCase.targets.length * ACTORS.length,
    0,
  );
}
