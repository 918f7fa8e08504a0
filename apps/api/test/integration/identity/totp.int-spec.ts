import { FEDERATION_ID, PERHELINJA_ID } from '@linja/db';
import { generate } from 'otplib';

import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  DEMO,
  DEMO_PASSWORD,
  errorCode,
  gql,
  identitySnapshot,
  type IdentityTestApp,
  ME,
  SIGN_IN,
  signIn,
  startIdentityTestApp,
  tokenFrom,
} from './identity-kit';

const START = /* GraphQL */ `
  mutation Start {
    startTotpSetup {
      secret
      otpauthUri
    }
  }
`;

const CONFIRM = /* GraphQL */ `
  mutation Confirm($code: String!) {
    confirmTotpSetup(code: $code) {
      isTotpEnabled
    }
  }
`;

const DISABLE = /* GraphQL */ `
  mutation Disable($password: String!, $code: String!) {
    disableTotp(password: $password, code: $code) {
      isTotpEnabled
    }
  }
`;

const INVITE = /* GraphQL */ `
  mutation Invite($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
    }
  }
`;

const ACCEPT = /* GraphQL */ `
  mutation Accept($token: String!, $password: String!, $totpCode: String) {
    acceptInvitation(token: $token, password: $password, totpCode: $totpCode) {
      status
      user {
        email
      }
    }
  }
`;

interface AcceptData {
  acceptInvitation: { status: string; user: { email: string } | null };
}

interface SignInData {
  signIn: { status: string; user: { email: string } | null };
}

/** A six-digit code that is not the current one (nor, in practice, a neighbouring window's). */
function wrongCode(code: string): string {
  return String((Number(code) + 500_000) % 1_000_000).padStart(6, '0');
}

describe(`TOTP second factor (${DB_MODE_LABEL})`, () => {
  let t: IdentityTestApp;
  let baseUrl: string;
  const email = DEMO.federationCoordinator;

  beforeAll(async () => {
    t = await startIdentityTestApp();
    baseUrl = t.api.baseUrl;
  });

  afterAll(async () => {
    await t.close();
  });

  async function expectRefused(call: () => Promise<{ errors?: unknown[] }>, code: string) {
    const before = await identitySnapshot(t.prisma);
    const result = (await call()) as Parameters<typeof errorCode>[0];
    expect(errorCode(result)).toBe(code);
    expect(await identitySnapshot(t.prisma)).toEqual(before);
    return result;
  }

  it('setup, confirmation, sign-in with the code, and turning it off', async () => {
    const cookie = await signIn(baseUrl, email);

    const started = await gql<{ startTotpSetup: { secret: string; otpauthUri: string } }>(
      baseUrl,
      START,
      {},
      { cookie },
    );
    expect(started.errors).toBeUndefined();
    const { secret, otpauthUri } = started.data!.startTotpSetup;
    expect(secret).toMatch(/^[A-Z2-7]+=*$/);
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(otpauthUri).toContain('issuer=Linja');
    // Not yet on: sign-in does not ask for a code.
    const stillPlain = await gql<SignInData>(baseUrl, SIGN_IN, { email, password: DEMO_PASSWORD });
    expect(stillPlain.data?.signIn.status).toBe('SIGNED_IN');

    const wrong = await expectRefused(
      async () =>
        gql(baseUrl, CONFIRM, { code: wrongCode(await generate({ secret })) }, { cookie }),
      'BAD_USER_INPUT',
    );
    expect(wrong.errors?.[0]?.extensions?.field).toBe('code');

    const confirmed = await gql<{ confirmTotpSetup: { isTotpEnabled: boolean } }>(
      baseUrl,
      CONFIRM,
      { code: await generate({ secret }) },
      { cookie },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmTotpSetup.isTotpEnabled).toBe(true);
    const me = await gql<{ me: { isTotpEnabled: boolean } }>(baseUrl, ME, {}, { cookie });
    expect(me.data?.me.isTotpEnabled).toBe(true);
    // A second setup while on: refused, the secret stays.
    await expectRefused(() => gql(baseUrl, START, {}, { cookie }), 'CONFLICT');

    // Sign-in now needs the code: without it no session, with a wrong one a failure.
    const noCode = await gql<SignInData>(baseUrl, SIGN_IN, { email, password: DEMO_PASSWORD });
    expect(noCode.data?.signIn.status).toBe('TOTP_REQUIRED');
    expect(noCode.sessionCookie).toBeUndefined();
    const badCode = await gql<SignInData>(baseUrl, SIGN_IN, {
      email,
      password: DEMO_PASSWORD,
      totpCode: wrongCode(await generate({ secret })),
    });
    expect(errorCode(badCode)).toBe('UNAUTHENTICATED');
    expect(badCode.sessionCookie).toBeUndefined();
    const withCode = await gql<SignInData>(baseUrl, SIGN_IN, {
      email,
      password: DEMO_PASSWORD,
      totpCode: await generate({ secret }),
    });
    expect(withCode.data?.signIn.status).toBe('SIGNED_IN');
    expect(withCode.sessionCookie).toBeDefined();

    // Accepting an invitation into an existing account does not get round the second factor.
    await gql(
      baseUrl,
      INVITE,
      {
        input: {
          email,
          role: 'PROFESSIONAL',
          networkId: PERHELINJA_ID,
          wellbeingAreaCodes: ['02'],
        },
      },
      { as: 'platform-admin' },
    );
    const token = tokenFrom(await t.mail.waitFor(email), '/admin/accept-invitation');
    const before = await identitySnapshot(t.prisma);
    const passwordOnly = await gql<AcceptData>(
      baseUrl,
      ACCEPT,
      { token, password: DEMO_PASSWORD },
      { from: '127.0.2.1' },
    );
    expect(passwordOnly.data?.acceptInvitation).toEqual({ status: 'TOTP_REQUIRED', user: null });
    expect(passwordOnly.sessionCookie).toBeUndefined();
    expect(await identitySnapshot(t.prisma)).toEqual(before);
    const withTotp = await gql<AcceptData>(
      baseUrl,
      ACCEPT,
      { token, password: DEMO_PASSWORD, totpCode: await generate({ secret }) },
      { from: '127.0.2.1' },
    );
    expect(withTotp.data?.acceptInvitation.status).toBe('SIGNED_IN');
    expect(withTotp.sessionCookie).toBeDefined();

    // Turning it off takes the password and a current code.
    const badPassword = await expectRefused(
      async () =>
        gql(
          baseUrl,
          DISABLE,
          { password: 'wrong-password!', code: await generate({ secret }) },
          { cookie },
        ),
      'BAD_USER_INPUT',
    );
    expect(badPassword.errors?.[0]?.extensions?.field).toBe('password');
    await expectRefused(
      async () =>
        gql(
          baseUrl,
          DISABLE,
          { password: DEMO_PASSWORD, code: wrongCode(await generate({ secret })) },
          { cookie },
        ),
      'BAD_USER_INPUT',
    );
    const disabled = await gql<{ disableTotp: { isTotpEnabled: boolean } }>(
      baseUrl,
      DISABLE,
      { password: DEMO_PASSWORD, code: await generate({ secret }) },
      { cookie },
    );
    expect(disabled.data?.disableTotp.isTotpEnabled).toBe(false);
    const plainAgain = await gql<SignInData>(baseUrl, SIGN_IN, { email, password: DEMO_PASSWORD });
    expect(plainAgain.data?.signIn.status).toBe('SIGNED_IN');

    const user = await t.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    const audit = await t.prisma.auditEvent.findMany({
      where: { entityType: 'User', entityId: user.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(audit.map((event) => event.action)).toEqual([
      'user.totpSetupStarted',
      'user.totpEnabled',
      'user.totpDisabled',
    ]);
  });

  it('needs a real account session: anonymous and development actors are refused', async () => {
    await expectRefused(() => gql(baseUrl, START), 'UNAUTHENTICATED');
    await expectRefused(
      () => gql(baseUrl, START, {}, { as: `coordinator:${FEDERATION_ID}` }),
      'UNAUTHENTICATED',
    );
    await expectRefused(() => gql(baseUrl, CONFIRM, { code: '123456' }), 'UNAUTHENTICATED');
  });
});
