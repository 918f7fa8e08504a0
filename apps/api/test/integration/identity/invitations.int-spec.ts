import {
  FEDERATION_ID,
  ORG_LAHTI,
  ORG_MLL_VS,
  ORG_TURKU_ETK,
  ORG_TURUN_KAUPUNKILAHETYS,
  ORG_VSLJ,
  PERHELINJA_ID,
} from '@linja/db';

import { accountThrottleKey } from '../../../src/identity/sign-in-throttle.service';
import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  DEMO,
  DEMO_PASSWORD,
  errorCode,
  gql,
  identitySnapshot,
  type IdentityTestApp,
  ME,
  PUBLIC_BASE_URL,
  signIn,
  startIdentityTestApp,
  tokenFrom,
} from './identity-kit';

const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
      role
      networkId
      organizationId
      status
      expiresAt
    }
  }
`;

const ACCEPT = /* GraphQL */ `
  mutation Accept($token: String!, $name: String, $password: String!, $totpCode: String) {
    acceptInvitation(token: $token, name: $name, password: $password, totpCode: $totpCode) {
      status
      user {
        id
        email
        name
        roles {
          role
          networkId
          organizationId
          wellbeingAreaCodes
          isVerified
        }
      }
    }
  }
`;

const LIST = /* GraphQL */ `
  query Invitations($first: Int, $after: String) {
    invitations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          email
          role
          status
        }
      }
    }
  }
`;

const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!) {
    revokeInvitation(id: $id) {
      id
      status
    }
  }
`;

const CREATE_NETWORK = /* GraphQL */ `
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      slug
      name
    }
  }
`;

interface InviteData {
  inviteUser: { id: string; email: string; role: string; status: string; expiresAt: string };
}
interface AcceptData {
  acceptInvitation: {
    status: string;
    user: {
      id: string;
      email: string;
      name: string;
      roles: {
        role: string;
        networkId: string | null;
        organizationId: string | null;
        wellbeingAreaCodes: string[];
        isVerified: boolean;
      }[];
    } | null;
  };
}
interface ListData {
  invitations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { id: string; email: string; role: string; status: string } }[];
  };
}
interface MeData {
  me: {
    id: string;
    email: string;
    roles: { role: string; organizationId: string | null }[];
  } | null;
}

const NEW_PASSWORD = 'a-long-enough-passphrase';

describe(`invitations (${DB_MODE_LABEL})`, () => {
  let t: IdentityTestApp;
  let baseUrl: string;
  let coordinator: string;
  let lahtiAdmin: string;
  let lahtiEditor: string;
  /** Each acceptance comes from its own address, so the per-IP accept limit is not what is tested. */
  let nextAddress = 10;
  const fresh = () => `127.0.0.${nextAddress++}`;

  beforeAll(async () => {
    t = await startIdentityTestApp();
    baseUrl = t.api.baseUrl;
    coordinator = await signIn(baseUrl, DEMO.perhelinjaCoordinator);
    lahtiAdmin = await signIn(baseUrl, DEMO.lahtiAdmin);
    lahtiEditor = await signIn(baseUrl, DEMO.lahtiEditor);
  });

  afterAll(async () => {
    await t.close();
  });

  async function invite(
    input: Record<string, unknown>,
    options: { cookie?: string; as?: string },
  ): Promise<InviteData['inviteUser']> {
    const result = await gql<InviteData>(baseUrl, INVITE, { input }, options);
    expect(result.errors).toBeUndefined();
    return result.data!.inviteUser;
  }

  /** Calls `call`, expects `code`, and checks that no identity table (nor the audit log) changed. */
  async function expectRefused(call: () => Promise<{ errors?: unknown[] }>, code: string) {
    const before = await identitySnapshot(t.prisma);
    const result = (await call()) as Parameters<typeof errorCode>[0];
    expect(errorCode(result)).toBe(code);
    expect(await identitySnapshot(t.prisma)).toEqual(before);
    return result;
  }

  it('a coordinator invites the first admin of a member organisation: mail, accept, signed in, single use', async () => {
    // MLL's district is a member of Perhelinja only and has no admin yet.
    const email = 'uusi.yllapitaja@mll-vs.example';
    const invitation = await invite(
      {
        email: ' Uusi.Yllapitaja@MLL-vs.example ',
        role: 'ORG_ADMIN',
        organizationId: ORG_MLL_VS,
      },
      { cookie: coordinator },
    );
    expect(invitation).toMatchObject({ email, role: 'ORG_ADMIN', status: 'PENDING' });
    const hours = (Date.parse(invitation.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);

    const mail = await t.mail.waitFor(email);
    expect(mail.subject).toContain('Kutsu Linjaan');
    expect(mail.text).toContain('Mannerheimin Lastensuojeluliiton Varsinais-Suomen piiri ry');
    // A new address has no language yet: Finnish, in plain text and HTML (names escaped there).
    expect(mail.text).toContain('Sinut on kutsuttu');
    expect(mail.text).not.toContain('Du har bjudits');
    expect(mail.html).toContain('<html lang="fi">');
    expect(mail.text).toContain(`${PUBLIC_BASE_URL}/admin/accept-invitation?token=`);
    const token = tokenFrom(mail, '/admin/accept-invitation');

    // The token is stored only as its hash, and is nowhere in the API's answer.
    const row = await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.tokenHash).not.toContain(token);
    expect(JSON.stringify(invitation)).not.toContain(token);

    // Too short a password: refused, nothing changes, the link still works afterwards.
    const short = await expectRefused(
      () =>
        gql(
          baseUrl,
          ACCEPT,
          { token, name: 'Uusi Ylläpitäjä', password: 'short' },
          { from: fresh() },
        ),
      'BAD_USER_INPUT',
    );
    expect(short.errors?.[0]?.extensions?.field).toBe('password');

    const accepted = await gql<AcceptData>(
      baseUrl,
      ACCEPT,
      { token, name: 'Uusi Ylläpitäjä', password: NEW_PASSWORD },
      { from: fresh() },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation).toMatchObject({
      status: 'SIGNED_IN',
      user: {
        email,
        name: 'Uusi Ylläpitäjä',
        roles: [
          { role: 'ORG_ADMIN', organizationId: ORG_MLL_VS, networkId: null, isVerified: true },
        ],
      },
    });
    expect(accepted.sessionCookie).toBeDefined();

    const me = await gql<MeData>(baseUrl, ME, {}, { cookie: accepted.sessionCookie });
    expect(me.data?.me).toMatchObject({
      email,
      roles: [{ role: 'ORG_ADMIN', organizationId: ORG_MLL_VS }],
    });
    const user = await t.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    // The new account signs in with the password it chose.
    await expect(signIn(baseUrl, email, NEW_PASSWORD)).resolves.toContain('linja_session=');

    const again = await expectRefused(
      () =>
        gql(baseUrl, ACCEPT, { token, name: 'Toinen', password: NEW_PASSWORD }, { from: fresh() }),
      'BAD_USER_INPUT',
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'USED' });

    const audit = await t.prisma.auditEvent.findMany({
      where: { entityType: 'Invitation', entityId: invitation.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(audit.map((event) => event.action)).toEqual([
      'invitation.created',
      'invitation.accepted',
    ]);
  });

  it('refuses an expired, a revoked and an unknown invitation token, changing nothing', async () => {
    const expiredEmail = 'vanhentunut@turunkaupunkilahetys.example';
    const expired = await invite(
      { email: expiredEmail, role: 'ORG_ADMIN', organizationId: ORG_TURUN_KAUPUNKILAHETYS },
      { cookie: coordinator },
    );
    const expiredToken = tokenFrom(await t.mail.waitFor(expiredEmail), '/admin/accept-invitation');
    await t.prisma.invitation.update({
      where: { id: expired.id },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    const expiredResult = await expectRefused(
      () =>
        gql(
          baseUrl,
          ACCEPT,
          { token: expiredToken, name: 'X', password: NEW_PASSWORD },
          { from: fresh() },
        ),
      'BAD_USER_INPUT',
    );
    expect(expiredResult.errors?.[0]?.extensions?.reason).toBe('EXPIRED');

    const revokedEmail = 'peruttu@turunkaupunkilahetys.example';
    const revoked = await invite(
      { email: revokedEmail, role: 'ORG_ADMIN', organizationId: ORG_TURUN_KAUPUNKILAHETYS },
      { cookie: coordinator },
    );
    const revokedToken = tokenFrom(await t.mail.waitFor(revokedEmail), '/admin/accept-invitation');
    const revokeResult = await gql<{ revokeInvitation: { status: string } }>(
      baseUrl,
      REVOKE,
      { id: revoked.id },
      { cookie: coordinator },
    );
    expect(revokeResult.data?.revokeInvitation.status).toBe('REVOKED');
    const revokedResult = await expectRefused(
      () =>
        gql(
          baseUrl,
          ACCEPT,
          { token: revokedToken, name: 'X', password: NEW_PASSWORD },
          { from: fresh() },
        ),
      'BAD_USER_INPUT',
    );
    expect(revokedResult.errors?.[0]?.extensions?.reason).toBe('REVOKED');
    // Revoking twice: a conflict, nothing changes.
    await expectRefused(
      () => gql(baseUrl, REVOKE, { id: revoked.id }, { cookie: coordinator }),
      'CONFLICT',
    );

    const unknown = await expectRefused(
      () =>
        gql(
          baseUrl,
          ACCEPT,
          { token: 'x'.repeat(43), name: 'X', password: NEW_PASSWORD },
          { from: fresh() },
        ),
      'BAD_USER_INPUT',
    );
    expect(unknown.errors?.[0]?.extensions?.reason).toBe('INVALID');
    expect(
      await t.prisma.user.count({ where: { email: { in: [expiredEmail, revokedEmail] } } }),
    ).toBe(0);
  });

  it('who may invite whom: scope from the database, FORBIDDEN otherwise, nothing written', async () => {
    // Lahti is a member of the federation, not of Perhelinja: its coordinator cannot reach it.
    await expectRefused(
      () =>
        gql(
          baseUrl,
          INVITE,
          { input: { email: 'x@lahti.example', role: 'ORG_ADMIN', organizationId: ORG_LAHTI } },
          { cookie: coordinator },
        ),
      'FORBIDDEN',
    );
    // Coordinators invite org admins, not editors, and not other coordinators.
    await expectRefused(
      () =>
        gql(
          baseUrl,
          INVITE,
          {
            input: { email: 'x@turku.example', role: 'ORG_EDITOR', organizationId: ORG_TURKU_ETK },
          },
          { cookie: coordinator },
        ),
      'FORBIDDEN',
    );
    await expectRefused(
      () =>
        gql(
          baseUrl,
          INVITE,
          {
            input: { email: 'x@perhelinja.example', role: 'COORDINATOR', networkId: PERHELINJA_ID },
          },
          { cookie: coordinator },
        ),
      'FORBIDDEN',
    );
    // A professional of another network.
    await expectRefused(
      () =>
        gql(
          baseUrl,
          INVITE,
          {
            input: {
              email: 'x@hva.example',
              role: 'PROFESSIONAL',
              networkId: FEDERATION_ID,
              wellbeingAreaCodes: ['09'],
            },
          },
          { cookie: coordinator },
        ),
      'FORBIDDEN',
    );

    // An org admin invites an editor of their own organisation…
    const editorEmail = 'uusi.toimittaja@lahti.example';
    const editorInvitation = await invite(
      { email: editorEmail, role: 'ORG_EDITOR', organizationId: ORG_LAHTI },
      { cookie: lahtiAdmin },
    );
    expect(editorInvitation.role).toBe('ORG_EDITOR');
    await t.mail.waitFor(editorEmail);
    // …but not of another organisation, whatever the input claims.
    await expectRefused(
      () =>
        gql(
          baseUrl,
          INVITE,
          {
            input: { email: 'x@turku.example', role: 'ORG_EDITOR', organizationId: ORG_TURKU_ETK },
          },
          { cookie: lahtiAdmin },
        ),
      'FORBIDDEN',
    );
    // An editor cannot invite at all.
    await expectRefused(
      () =>
        gql(
          baseUrl,
          INVITE,
          { input: { email: 'x@lahti.example', role: 'ORG_EDITOR', organizationId: ORG_LAHTI } },
          { cookie: lahtiEditor },
        ),
      'FORBIDDEN',
    );
    // Anonymous callers are asked to sign in.
    await expectRefused(
      () =>
        gql(baseUrl, INVITE, {
          input: { email: 'x@lahti.example', role: 'ORG_EDITOR', organizationId: ORG_LAHTI },
        }),
      'UNAUTHENTICATED',
    );
    // Malformed input: the scope must fit the role.
    const mixed = await expectRefused(
      () =>
        gql(
          baseUrl,
          INVITE,
          {
            input: {
              email: 'x@lahti.example',
              role: 'ORG_EDITOR',
              organizationId: ORG_LAHTI,
              networkId: FEDERATION_ID,
            },
          },
          { cookie: lahtiAdmin },
        ),
      'BAD_USER_INPUT',
    );
    expect(mixed.errors?.[0]?.extensions?.field).toBe('networkId');
    // Someone who already holds the role.
    await expectRefused(
      () =>
        gql(
          baseUrl,
          INVITE,
          { input: { email: DEMO.lahtiEditor, role: 'ORG_EDITOR', organizationId: ORG_LAHTI } },
          { cookie: lahtiAdmin },
        ),
      'CONFLICT',
    );
    expect(t.mail.mails.filter((mail) => mail.to.includes('x@lahti.example'))).toHaveLength(0);
  });

  it('lists pending invitations within the caller’s scope only, and only they may revoke', async () => {
    const coordinatorList = await gql<ListData>(
      baseUrl,
      LIST,
      { first: 50 },
      { cookie: coordinator },
    );
    const lahtiList = await gql<ListData>(baseUrl, LIST, { first: 50 }, { cookie: lahtiAdmin });
    const coordinatorEmails = coordinatorList.data!.invitations.edges.map(
      (edge) => edge.node.email,
    );
    const lahtiEmails = lahtiList.data!.invitations.edges.map((edge) => edge.node.email);

    expect(coordinatorEmails).not.toContain('uusi.yllapitaja@mll-vs.example'); // accepted
    expect(coordinatorEmails).not.toContain('peruttu@turunkaupunkilahetys.example'); // revoked
    expect(coordinatorEmails).not.toContain('vanhentunut@turunkaupunkilahetys.example'); // expired
    expect(coordinatorEmails).not.toContain('uusi.toimittaja@lahti.example'); // not their network
    expect(lahtiEmails).toEqual(['uusi.toimittaja@lahti.example']);

    // The federation's coordinator does not see Lahti's editor invitations (org admins' business).
    const federation = await signIn(baseUrl, DEMO.federationCoordinator);
    const federationList = await gql<ListData>(baseUrl, LIST, {}, { cookie: federation });
    expect(federationList.data!.invitations.edges).toHaveLength(0);

    const pending = await invite(
      {
        email: 'listattava@turunkaupunkilahetys.example',
        role: 'ORG_ADMIN',
        organizationId: ORG_TURUN_KAUPUNKILAHETYS,
      },
      { cookie: coordinator },
    );
    const page1 = await gql<ListData>(baseUrl, LIST, { first: 1 }, { cookie: coordinator });
    expect(page1.data!.invitations.edges.map((edge) => edge.node.id)).toEqual([pending.id]);
    expect(page1.data!.invitations.totalCount).toBe(
      coordinatorList.data!.invitations.totalCount + 1,
    );

    // The organisation is no member of the federation: its coordinator does not see it.
    const federationAfter = await gql<ListData>(baseUrl, LIST, {}, { cookie: federation });
    expect(federationAfter.data!.invitations.edges).toHaveLength(0);

    // Outsiders (also another organisation's new admin) cannot see or revoke it: NOT_FOUND.
    const mllAdmin = await signIn(baseUrl, 'uusi.yllapitaja@mll-vs.example', NEW_PASSWORD);
    for (const cookie of [lahtiAdmin, lahtiEditor, mllAdmin, federation]) {
      await expectRefused(() => gql(baseUrl, REVOKE, { id: pending.id }, { cookie }), 'NOT_FOUND');
    }
    await expectRefused(() => gql(baseUrl, REVOKE, { id: pending.id }), 'UNAUTHENTICATED');
    const anonymousList = await gql<ListData>(baseUrl, LIST, {});
    expect(errorCode(anonymousList)).toBe('UNAUTHENTICATED');

    // The coordinator who could issue it may withdraw it.
    const revoked = await gql<{ revokeInvitation: { status: string } }>(
      baseUrl,
      REVOKE,
      { id: pending.id },
      { cookie: coordinator },
    );
    expect(revoked.data?.revokeInvitation.status).toBe('REVOKED');
  });

  it('a coordinator cannot mint organisation admins beyond the first, nor for an organisation of two networks (finding 1)', async () => {
    const federation = await signIn(baseUrl, DEMO.federationCoordinator);
    const inviteAdmin = (organizationId: string, email: string, cookie: string) =>
      gql(baseUrl, INVITE, { input: { email, role: 'ORG_ADMIN', organizationId } }, { cookie });

    // The audit's reproduction: the federation's coordinator invites themself as admin of Turku's
    // association, which belongs to Perhelinja too. Neither network's coordinator may.
    await expectRefused(
      () => inviteAdmin(ORG_TURKU_ETK, DEMO.federationCoordinator, federation),
      'FORBIDDEN',
    );
    await expectRefused(
      () => inviteAdmin(ORG_TURKU_ETK, DEMO.perhelinjaCoordinator, coordinator),
      'FORBIDDEN',
    );
    await expectRefused(() => inviteAdmin(ORG_LAHTI, 'x@liitto.example', federation), 'FORBIDDEN');
    // MLL's district has an admin now (the first test): from then on its admins decide.
    await expectRefused(
      () => inviteAdmin(ORG_MLL_VS, DEMO.perhelinjaCoordinator, coordinator),
      'FORBIDDEN',
    );

    // One pending first-admin invitation at a time; a new one to the same address replaces it.
    const first = await invite(
      {
        email: 'ensimmainen@turunkaupunkilahetys.example',
        role: 'ORG_ADMIN',
        organizationId: ORG_TURUN_KAUPUNKILAHETYS,
      },
      { cookie: coordinator },
    );
    await expectRefused(
      () => inviteAdmin(ORG_TURUN_KAUPUNKILAHETYS, DEMO.perhelinjaCoordinator, coordinator),
      'FORBIDDEN',
    );
    const again = await invite(
      {
        email: 'ensimmainen@turunkaupunkilahetys.example',
        role: 'ORG_ADMIN',
        organizationId: ORG_TURUN_KAUPUNKILAHETYS,
      },
      { cookie: coordinator },
    );
    expect(again.id).not.toBe(first.id);
    const firstRow = await t.prisma.invitation.findUniqueOrThrow({ where: { id: first.id } });
    expect(firstRow.revokedAt).not.toBeNull();
    await gql(baseUrl, REVOKE, { id: again.id }, { cookie: coordinator });

    // The organisation's own admin and a platform admin still may.
    const mllAdmin = await signIn(baseUrl, 'uusi.yllapitaja@mll-vs.example', NEW_PASSWORD);
    await invite(
      { email: 'toinen.yllapitaja@mll-vs.example', role: 'ORG_ADMIN', organizationId: ORG_MLL_VS },
      { cookie: mllAdmin },
    );
    const platformAdmin = await signIn(baseUrl, DEMO.platformAdmin);
    await invite(
      { email: 'yllapitaja@turku.example', role: 'ORG_ADMIN', organizationId: ORG_TURKU_ETK },
      { cookie: platformAdmin },
    );
  });
  it('an existing account accepts with its current password, which stays unchanged', async () => {
    // The Turku editor is invited to be an org admin of VSLJ by its admin (the Perhelinja coordinator).
    const invitation = await invite(
      { email: DEMO.turkuEditor, role: 'ORG_ADMIN', organizationId: ORG_VSLJ },
      { cookie: coordinator },
    );
    const token = tokenFrom(await t.mail.waitFor(DEMO.turkuEditor), '/admin/accept-invitation');

    const wrong = await gql(
      baseUrl,
      ACCEPT,
      { token, password: 'not-the-password!' },
      { from: fresh() },
    );
    expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    const row = await t.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } });
    expect(row.acceptedAt).toBeNull();
    const user = await t.prisma.user.findUniqueOrThrow({
      where: { email: DEMO.turkuEditor },
      include: { roles: true },
    });
    expect(user.roles.map((role) => role.role)).toEqual(['ORG_EDITOR']);

    const accepted = await gql<AcceptData>(
      baseUrl,
      ACCEPT,
      { token, name: 'Ignored Name', password: DEMO_PASSWORD },
      { from: fresh() },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.user?.name).toBe('Laura Mäkinen');
    expect(accepted.data?.acceptInvitation.user?.roles.map((role) => role.role).sort()).toEqual([
      'ORG_ADMIN',
      'ORG_EDITOR',
    ]);
    const after = await t.prisma.user.findUniqueOrThrow({ where: { email: DEMO.turkuEditor } });
    expect(after.passwordHash).toBe(user.passwordHash);
    // The wrong attempt counted in the sign-in throttle; the right password cleared it.
    const throttled = { key: accountThrottleKey(DEMO.turkuEditor) };
    expect(await t.prisma.signInThrottle.count({ where: throttled })).toBe(0);
  });

  it('a coordinator’s professional invitation verifies the professional, with their wellbeing areas', async () => {
    const email = 'sosiaalityontekija@hyvinvointialue.example';
    const unknownArea = await expectRefused(
      () =>
        gql(
          baseUrl,
          INVITE,
          {
            input: {
              email,
              role: 'PROFESSIONAL',
              networkId: PERHELINJA_ID,
              wellbeingAreaCodes: ['99'],
            },
          },
          { cookie: coordinator },
        ),
      'BAD_USER_INPUT',
    );
    expect(unknownArea.errors?.[0]?.extensions?.field).toBe('wellbeingAreaCodes');

    await invite(
      {
        email,
        role: 'PROFESSIONAL',
        networkId: PERHELINJA_ID,
        wellbeingAreaCodes: ['05', '02', '05'],
      },
      { cookie: coordinator },
    );
    const token = tokenFrom(await t.mail.waitFor(email), '/admin/accept-invitation');
    const accepted = await gql<AcceptData>(
      baseUrl,
      ACCEPT,
      { token, name: 'Sanna Sosiaalityöntekijä', password: NEW_PASSWORD },
      { from: fresh() },
    );
    expect(accepted.data?.acceptInvitation.user?.roles).toEqual([
      {
        role: 'PROFESSIONAL',
        networkId: PERHELINJA_ID,
        organizationId: null,
        wellbeingAreaCodes: ['02', '05'],
        isVerified: true,
      },
    ]);
  });

  it('a platform admin creates a network and invites its coordinator; others may not', async () => {
    const admin = await signIn(baseUrl, DEMO.platformAdmin);
    const input = { slug: 'uusi-verkosto', name: 'Uusi verkosto', description: { fi: 'Kuvaus' } };
    await expectRefused(
      () => gql(baseUrl, CREATE_NETWORK, { input }, { cookie: coordinator }),
      'FORBIDDEN',
    );
    const badSlug = await expectRefused(
      () =>
        gql(baseUrl, CREATE_NETWORK, { input: { ...input, slug: 'Ei Kelpaa' } }, { cookie: admin }),
      'BAD_USER_INPUT',
    );
    expect(badSlug.errors?.[0]?.extensions?.field).toBe('slug');
    await expectRefused(
      () =>
        gql(
          baseUrl,
          CREATE_NETWORK,
          { input: { ...input, slug: 'perhelinja' } },
          { cookie: admin },
        ),
      'CONFLICT',
    );

    const created = await gql<{ createNetwork: { id: string; slug: string } }>(
      baseUrl,
      CREATE_NETWORK,
      { input },
      { cookie: admin },
    );
    expect(created.errors).toBeUndefined();
    const networkId = created.data!.createNetwork.id;

    const email = 'koordinaattori@uusi.example';
    await invite({ email, role: 'COORDINATOR', networkId }, { cookie: admin });
    const mail = await t.mail.waitFor(email);
    expect(mail.text).toContain('Uusi verkosto');
    const token = tokenFrom(mail, '/admin/accept-invitation');
    const accepted = await gql<AcceptData>(
      baseUrl,
      ACCEPT,
      { token, name: 'Uusi Koordinaattori', password: NEW_PASSWORD },
      { from: fresh() },
    );
    expect(accepted.data?.acceptInvitation.user?.roles).toMatchObject([
      { role: 'COORDINATOR', networkId },
    ]);
  });

  it('rate-limits acceptance per IP, without changing anything', async () => {
    const from = fresh();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      const result = await gql(
        baseUrl,
        ACCEPT,
        { token: `guess-${attempt}`, password: NEW_PASSWORD },
        { from },
      );
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
    }
    await expectRefused(
      () => gql(baseUrl, ACCEPT, { token: 'guess-10', password: NEW_PASSWORD }, { from }),
      'RATE_LIMITED',
    );
  });
});
