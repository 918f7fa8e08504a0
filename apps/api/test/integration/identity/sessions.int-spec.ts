import { DEMO_PASSWORD, PrismaClient } from '@linja/db';

import { DB_MODE_LABEL, startTestApp, type TestApp } from '../../helpers/test-app';

const EDITOR = 'toimittaja@turku.example';
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!, $totpCode: String) {
    signIn(email: $email, password: $password, totpCode: $totpCode) {
      status
      expiresAt
      user {
        email
        name
        roles {
          role
          organizationId
        }
      }
    }
  }
`;
const ME = /* GraphQL */ `
  query {
    me {
      email
      roles {
        role
      }
    }
  }
`;

interface Reply {
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  cookie: string | undefined;
}

describe(`sign-in and sessions on ${DB_MODE_LABEL}`, () => {
  let api: TestApp;
  let prisma: PrismaClient;

  /** A GraphQL request with an optional cookie or bearer token, returning the session cookie it sets. */
  async function post(
    query: string,
    variables: Record<string, unknown> = {},
    auth: { cookie?: string; bearer?: string } = {},
  ): Promise<Reply> {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
        ...(auth.bearer ? { authorization: `Bearer ${auth.bearer}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie') ?? undefined;
    return {
      status: response.status,
      body: (await response.json()) as Reply['body'],
      cookie: setCookie?.split(';')[0],
    };
  }

  async function signIn(email = EDITOR, password = DEMO_PASSWORD): Promise<string> {
    const reply = await post(SIGN_IN, { email, password });
    if (!reply.cookie) throw new Error(JSON.stringify(reply.body));
    return reply.cookie;
  }

  beforeAll(async () => {
    api = await startTestApp({ DEV_AUTH: 'false' });
    prisma = api.app.get(PrismaClient);
  });

  afterAll(async () => {
    await api.close();
  });

  it('signs in with email and password and sets an httpOnly SameSite cookie that identifies the user', async () => {
    const response = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { email: ' Toimittaja@Turku.example ', password: DEMO_PASSWORD },
      }),
    });
    const setCookie = response.headers.get('set-cookie') ?? '';
    const body = (await response.json()) as {
      data: { signIn: { status: string; user: { email: string; roles: { role: string }[] } } };
    };

    expect(body.data.signIn).toMatchObject({
      status: 'SIGNED_IN',
      user: { email: EDITOR, roles: [{ role: 'ORG_EDITOR' }] },
    });
    expect(setCookie).toMatch(/^linja_session=[\w-]{43};/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const me = await post(ME, {}, { cookie: setCookie.split(';')[0] });
    expect(me.body.data?.me).toEqual({ email: EDITOR, roles: [{ role: 'ORG_EDITOR' }] });
    // Only the token's hash is stored.
    const token = setCookie.split(';')[0]?.split('=')[1] ?? '';
    expect(await prisma.session.count({ where: { tokenHash: token } })).toBe(0);
  });

  it('refuses wrong passwords and unknown accounts with the same error', async () => {
    const wrong = await post(SIGN_IN, { email: EDITOR, password: 'wrong-password-123' });
    const unknown = await post(SIGN_IN, {
      email: 'nobody@nowhere.example',
      password: 'wrong-password-123',
    });

    expect(wrong.body.errors?.[0]).toMatchObject({
      message: 'Wrong email, password or code.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.body.errors?.[0]).toEqual(wrong.body.errors?.[0]);
    expect(wrong.cookie).toBeUndefined();
    expect((await post(ME)).body.data?.me).toBeNull();
  });

  it('makes further attempts wait after five failures in a row (from an address never signed in from)', async () => {
    const email = 'toimittaja@lahti.example';
    for (let attempt = 0; attempt < 5; attempt += 1)
      await post(SIGN_IN, { email, password: `wrong-${attempt}-password` });

    const waiting = await post(SIGN_IN, { email, password: DEMO_PASSWORD });

    expect(waiting.body.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
    // The first wait is 30 s from the fifth failure.
    const retryAfter = Number(waiting.body.errors?.[0]?.extensions?.retryAfterSeconds);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(30);
    expect(waiting.cookie).toBeUndefined();
    // The wait is over (moved into the past here): the right password works again.
    await prisma.signInThrottle.updateMany({ data: { nextAttemptAt: new Date(Date.now() - 1) } });
    expect(await signIn(email)).toMatch(/^linja_session=/);
  });

  it('rate-limits sign-in attempts per address and email', async () => {
    const email = 'yllapitaja@lahti.example';
    const replies: Reply[] = [];
    for (let attempt = 0; attempt < 11; attempt += 1)
      replies.push(await post(SIGN_IN, { email, password: 'not-the-password!' }));

    expect(replies.at(-1)?.body.errors?.[0]?.extensions).toMatchObject({
      code: 'RATE_LIMITED',
      retryAfterSeconds: expect.any(Number),
    });
  });

  it('signs out for real: the same cookie stops working', async () => {
    const cookie = await signIn();

    const out = await post(`mutation { signOut }`, {}, { cookie });

    expect(out.body.data?.signOut).toBe(true);
    expect((await post(ME, {}, { cookie })).body.data?.me).toBeNull();
    const refused = await post(
      `mutation { revokeSession(id: "5a1e0b6e-0c1f-4c3e-9d0a-999999999999") }`,
      {},
      { cookie },
    );
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists active sessions and revokes another one', async () => {
    const laptop = await signIn();
    const phone = await signIn();
    const list = await post(
      `query { mySessions { totalCount edges { node { id isCurrent } } } }`,
      {},
      { cookie: laptop },
    );
    const sessions = (
      list.body.data?.mySessions as { edges: { node: { id: string; isCurrent: boolean } }[] }
    ).edges.map((edge) => edge.node);
    const other = sessions.find((session) => !session.isCurrent);
    expect(sessions.filter((session) => session.isCurrent)).toHaveLength(1);

    await post(
      `mutation($id: ID!) { revokeSession(id: $id) }`,
      { id: other?.id },
      { cookie: laptop },
    );

    const stillWorking = [
      await post(ME, {}, { cookie: laptop }),
      await post(ME, {}, { cookie: phone }),
    ].map((reply) => reply.body.data?.me !== null);
    expect(stillWorking.filter(Boolean)).toHaveLength(1);
  });

  it('ends expired sessions', async () => {
    const cookie = await signIn();
    await prisma.session.updateMany({
      where: { user: { email: EDITOR }, revokedAt: null },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    expect((await post(ME, {}, { cookie })).body.data?.me).toBeNull();
  });

  it("reads the account on every request: a disabled account's session stops working, and works again when enabled", async () => {
    const cookie = await signIn();
    const me = async () => (await post(ME, {}, { cookie })).body.data?.me;
    const user = await prisma.user.findUniqueOrThrow({ where: { email: EDITOR } });
    expect(await me()).toMatchObject({ email: EDITOR });

    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    try {
      expect(await me()).toBeNull();
    } finally {
      await prisma.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    }
    expect(await me()).toMatchObject({ email: EDITOR });
  });

  it('accepts a bearer token for integrations', async () => {
    const created = await post(
      `mutation($e: String!, $p: String!) { createApiToken(email: $e, password: $p) { token expiresAt } }`,
      { e: EDITOR, p: DEMO_PASSWORD },
    );
    const { token } = created.body.data?.createApiToken as { token: string };

    expect((await post(ME, {}, { bearer: token })).body.data?.me).toMatchObject({ email: EDITOR });
    expect((await post(ME, {}, { bearer: `${token}x` })).body.data?.me).toBeNull();
  });

  it('refuses signed-in operations to anonymous callers, and ignores the development header when DEV_AUTH is off', async () => {
    const mutation = `mutation { confirmServiceStillValid(id: "5a1e0b6e-0c1f-4c3e-9d0a-999999999999") { id } }`;
    const anonymous = await post(mutation);
    const devHeader = await fetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-linja-dev-actor': 'platform-admin' },
      body: JSON.stringify({ query: mutation }),
    });

    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(((await devHeader.json()) as Reply['body']).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });
});
