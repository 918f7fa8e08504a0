import { ORG_LAHTI } from '@linja/db';

import { accountThrottleKey, FREE_ATTEMPTS } from '../../../src/identity/sign-in-throttle.service';
import { DB_MODE_LABEL, type GraphQLResponse } from '../../helpers/test-app';
import {
  DEMO,
  DEMO_PASSWORD,
  errorCode,
  gql,
  type IdentityTestApp,
  SIGN_IN,
  signIn,
  startIdentityTestApp,
  tokenFrom,
} from './identity-kit';

const CREATE_API_TOKEN = /* GraphQL */ `
  mutation Token($email: String!, $password: String!) {
    createApiToken(email: $email, password: $password) {
      expiresAt
    }
  }
`;

const ACCEPT = /* GraphQL */ `
  mutation Accept($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      status
    }
  }
`;

type Reply = GraphQLResponse<unknown>;

// Each scenario checks up to a dozen passwords with argon2 (64 MiB, t=3): slow on two busy cores.
jest.setTimeout(180_000);

/** The whole answer but the seconds to wait (they tick between two requests). */
function withoutSeconds(reply: Reply): unknown {
  return {
    ...reply,
    errors: reply.errors?.map(({ message, extensions, ...rest }) => {
      const { retryAfterSeconds: _seconds, ...others } = extensions ?? {};
      return { ...rest, message: message.replace(/\d+ s\b/, 'N s'), extensions: others };
    }),
  };
}

function codes(replies: Reply[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const reply of replies) {
    const code = (errorCode(reply) as string | undefined) ?? 'OK';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

describe(`the sign-in throttle (${DB_MODE_LABEL})`, () => {
  let t: IdentityTestApp;
  let baseUrl: string;
  /** Every scenario comes from addresses of its own (any 127.x.y.z reaches the test server). */
  let nextAddress = 10;
  const fresh = () => `127.0.1.${nextAddress++}`;

  beforeAll(async () => {
    t = await startIdentityTestApp();
    baseUrl = t.api.baseUrl;
  });

  afterAll(async () => {
    await t.close();
  });

  const failuresOf = async (email: string) =>
    (
      await t.prisma.signInThrottle.findUnique({
        where: { key: accountThrottleKey(email) },
      })
    )?.failures ?? 0;

  it('answers an unknown email exactly like a real account that has to wait', async () => {
    const attacker = fresh();
    const real = DEMO.lahtiAdmin;
    const unknown = 'ei-tilia@lahti.example';
    const attempt = (email: string, password: string) =>
      gql(baseUrl, SIGN_IN, { email, password }, { from: attacker });

    for (let round = 0; round < FREE_ATTEMPTS; round += 1) {
      const [toReal, toUnknown] = [
        await attempt(real, `vaara-salasana-${round}`),
        await attempt(unknown, `vaara-salasana-${round}`),
      ];
      expect(toReal.errors?.[0]).toMatchObject({
        message: 'Wrong email, password or code.',
        extensions: { code: 'UNAUTHENTICATED' },
      });
      expect(toUnknown).toEqual(toReal);
    }

    // Now both wait, and answer alike — the real account even to its right password.
    const [realWaits, unknownWaits] = [
      await attempt(real, DEMO_PASSWORD),
      await attempt(unknown, DEMO_PASSWORD),
    ];
    expect(realWaits.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Too many attempts; try again in \d+ s\.$/),
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) },
    });
    expect(withoutSeconds(unknownWaits)).toEqual(withoutSeconds(realWaits));
    // Both wait the first 30 s from their own fifth attempt (which were a password check apart).
    for (const reply of [realWaits, unknownWaits]) {
      const seconds = Number(reply.errors?.[0]?.extensions?.retryAfterSeconds);
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(30);
    }
  });

  it('checks at most the free attempts when ten wrong guesses arrive at once (sign-in and API token)', async () => {
    const attacker = fresh();
    const email = DEMO.platformAdmin;

    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        gql(
          baseUrl,
          index % 2 === 0 ? SIGN_IN : CREATE_API_TOKEN,
          { email, password: `arvaus-numero-${index}` },
          { from: attacker },
        ),
      ),
    );

    // A checked guess is UNAUTHENTICATED; the others were refused before any password check.
    expect(codes(replies)).toEqual({
      UNAUTHENTICATED: FREE_ATTEMPTS,
      RATE_LIMITED: 10 - FREE_ATTEMPTS,
    });
    expect(await failuresOf(email)).toBe(FREE_ATTEMPTS);
  });

  it('never locks the owner out: the right password still works from an address they signed in from', async () => {
    const email = DEMO.federationCoordinator;
    const home = fresh();
    await signIn(baseUrl, email, DEMO_PASSWORD, home);

    // Strangers guess from two addresses until the account makes them wait.
    const guesses: Reply[] = [];
    for (const from of [fresh(), fresh()]) {
      for (let index = 0; index < 6; index += 1) {
        guesses.push(await gql(baseUrl, SIGN_IN, { email, password: `arvaus-${index}` }, { from }));
      }
    }
    expect(codes(guesses)).toEqual({
      UNAUTHENTICATED: FREE_ATTEMPTS,
      RATE_LIMITED: 12 - FREE_ATTEMPTS,
    });

    // The owner, at home: signed in. The account still makes strangers wait afterwards.
    expect(await signIn(baseUrl, email, DEMO_PASSWORD, home)).toMatch(/^linja_session=/);
    const stranger = await gql(
      baseUrl,
      SIGN_IN,
      { email, password: DEMO_PASSWORD },
      { from: fresh() },
    );
    expect(errorCode(stranger)).toBe('RATE_LIMITED');

    // At home the same rule applies to its own count: five wrong guesses there make home wait too.
    for (let index = 0; index < FREE_ATTEMPTS; index += 1) {
      const wrong = await gql(
        baseUrl,
        SIGN_IN,
        { email, password: `kotona-${index}` },
        { from: home },
      );
      expect(errorCode(wrong)).toBe('UNAUTHENTICATED');
    }
    const homeWaits = await gql(
      baseUrl,
      SIGN_IN,
      { email, password: DEMO_PASSWORD },
      { from: home },
    );
    expect(errorCode(homeWaits)).toBe('RATE_LIMITED');
  });

  it('counts an existing account’s invitation acceptance in the same throttle', async () => {
    const email = DEMO.lahtiEditor;
    const home = fresh();
    await signIn(baseUrl, email, DEMO_PASSWORD, home);
    const invited = await gql(
      baseUrl,
      `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
      { input: { email, role: 'ORG_ADMIN', organizationId: ORG_LAHTI } },
      { as: 'platform-admin' },
    );
    expect(invited.errors).toBeUndefined();
    const token = tokenFrom(await t.mail.waitFor(email), '/admin/accept-invitation');

    const attacker = fresh();
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        gql(baseUrl, ACCEPT, { token, password: `arvaus-${index}` }, { from: attacker }),
      ),
    );
    expect(codes(replies)).toEqual({
      UNAUTHENTICATED: FREE_ATTEMPTS,
      RATE_LIMITED: 10 - FREE_ATTEMPTS,
    });
    // Sign-in shares the count…
    const signInWaits = await gql(
      baseUrl,
      SIGN_IN,
      { email, password: DEMO_PASSWORD },
      { from: fresh() },
    );
    expect(errorCode(signInWaits)).toBe('RATE_LIMITED');

    // …and the owner accepts from home.
    const accepted = await gql<{ acceptInvitation: { status: string } }>(
      baseUrl,
      ACCEPT,
      { token, password: DEMO_PASSWORD },
      { from: home },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data?.acceptInvitation.status).toBe('SIGNED_IN');
  });
});
