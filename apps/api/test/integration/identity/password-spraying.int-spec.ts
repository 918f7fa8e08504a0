import { generate } from 'otplib';

import { accountThrottleKey, FREE_ATTEMPTS } from '../../../src/identity/sign-in-throttle.service';
import { DB_MODE_LABEL } from '../../helpers/test-app';
import {
  DEMO,
  DEMO_PASSWORD,
  errorCode,
  gql,
  type IdentityTestApp,
  SIGN_IN,
  signIn,
  startIdentityTestApp,
} from './identity-kit';

/** Failed credential checks one address may make per hour in this test app, across all emails. */
const PER_ADDRESS = 4;

// Each attempt checks a password with argon2 (64 MiB, t=3): slow on two busy cores.
jest.setTimeout(180_000);

describe(`password spraying and disableTotp's password check (${DB_MODE_LABEL})`, () => {
  let t: IdentityTestApp;
  let baseUrl: string;

  beforeAll(async () => {
    t = await startIdentityTestApp({
      SIGN_IN_FAILURES_PER_ADDRESS_PER_HOUR: String(PER_ADDRESS),
    });
    baseUrl = t.api.baseUrl;
  });

  afterAll(async () => {
    await t.close();
  });

  it('stops one address trying a password on many accounts, without touching the accounts', async () => {
    const sprayer = '127.0.2.10';
    const emails = Array.from({ length: PER_ADDRESS + 1 }, (_, i) => `kayttaja${i}@spray.example`);
    for (const email of emails.slice(0, PER_ADDRESS)) {
      const reply = await gql(
        baseUrl,
        SIGN_IN,
        { email, password: 'Kesa2026!' },
        { from: sprayer },
      );
      expect(errorCode(reply)).toBe('UNAUTHENTICATED');
    }
    const refused = await gql(
      baseUrl,
      SIGN_IN,
      { email: DEMO.turkuEditor, password: DEMO_PASSWORD },
      { from: sprayer },
    );
    expect(errorCode(refused)).toBe('RATE_LIMITED');
    expect(refused.sessionCookie).toBeUndefined();
    // Refused before the account's own throttle counted anything: the owner is not slowed down.
    const owners = await t.prisma.signInThrottle.findUnique({
      where: { key: accountThrottleKey(DEMO.turkuEditor) },
    });
    expect(owners).toBeNull();
    // Another address is not affected.
    expect(await signIn(baseUrl, DEMO.turkuEditor, DEMO_PASSWORD, '127.0.2.11')).toMatch(
      /^linja_session=/,
    );
  });

  it('gives a successful sign-in its point back', async () => {
    const office = '127.0.2.20';
    for (let i = 0; i < PER_ADDRESS - 1; i += 1) {
      const reply = await gql(
        baseUrl,
        SIGN_IN,
        { email: `vaara${i}@office.example`, password: 'x-wrong-password' },
        { from: office },
      );
      expect(errorCode(reply)).toBe('UNAUTHENTICATED');
    }
    // Successes do not use up the address's allowance: colleagues behind one address sign in.
    await signIn(baseUrl, DEMO.lahtiEditor, DEMO_PASSWORD, office);
    await signIn(baseUrl, DEMO.lahtiAdmin, DEMO_PASSWORD, office);
    const lastFailure = await gql(
      baseUrl,
      SIGN_IN,
      { email: 'vaara-viimeinen@office.example', password: 'x-wrong-password' },
      { from: office },
    );
    expect(errorCode(lastFailure)).toBe('UNAUTHENTICATED');
    const over = await gql(
      baseUrl,
      SIGN_IN,
      { email: 'yksi-liikaa@office.example', password: 'x-wrong-password' },
      { from: office },
    );
    expect(errorCode(over)).toBe('RATE_LIMITED');
  });

  it("counts disableTotp's password checks under the account's sign-in throttle", async () => {
    const home = '127.0.2.30';
    const cookie = await signIn(baseUrl, DEMO.federationCoordinator, DEMO_PASSWORD, home);
    const call = (query: string, variables: Record<string, unknown>, from = home) =>
      gql<Record<string, { secret?: string; isTotpEnabled?: boolean }>>(baseUrl, query, variables, {
        cookie,
        from,
      });
    const started = await call('mutation { startTotpSetup { secret } }', {});
    const secret = started.data?.startTotpSetup?.secret ?? '';
    expect(secret).not.toBe('');
    const confirmed = await call(
      'mutation C($code: String!) { confirmTotpSetup(code: $code) { isTotpEnabled } }',
      { code: await generate({ secret }) },
    );
    expect(confirmed.data?.confirmTotpSetup?.isTotpEnabled).toBe(true);

    const DISABLE =
      'mutation D($password: String!, $code: String!) { disableTotp(password: $password, code: $code) { isTotpEnabled } }';
    // Guesses from addresses the account has no session from (one each, so that the per-address
    // limit is not what stops them): the account's own throttle applies.
    for (let i = 0; i < FREE_ATTEMPTS; i += 1) {
      const guess = await call(
        DISABLE,
        { password: `arvaus-${i}`, code: await generate({ secret }) },
        `127.0.2.${40 + i}`,
      );
      expect(errorCode(guess)).toBe('BAD_USER_INPUT');
    }
    const stranger = '127.0.2.31';
    const throttled = await call(
      DISABLE,
      { password: DEMO_PASSWORD, code: await generate({ secret }) },
      stranger,
    );
    expect(errorCode(throttled)).toBe('RATE_LIMITED');
    const user = await t.prisma.user.findUniqueOrThrow({
      where: { email: DEMO.federationCoordinator },
    });
    expect(user.totpEnabledAt).not.toBeNull();
  });
});
