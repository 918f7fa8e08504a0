import { PasswordResetService } from '../../../src/identity/password-reset.service';
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
  SIGN_IN,
  signIn,
  startIdentityTestApp,
  tokenFrom,
} from './identity-kit';
import { outboxDrained } from '../../helpers/outbox';

const REQUEST = /* GraphQL */ `
  mutation Request($email: String!) {
    requestPasswordReset(email: $email)
  }
`;

const RESET = /* GraphQL */ `
  mutation Reset($token: String!, $newPassword: String!) {
    resetPassword(token: $token, newPassword: $newPassword)
  }
`;

interface MeData {
  me: { email: string } | null;
}

const NEW_PASSWORD = 'uusi-salasana-2026';

describe(`password reset (${DB_MODE_LABEL})`, () => {
  let t: IdentityTestApp;
  let baseUrl: string;
  /** Each test asks from its own address, so the per-IP limit is only hit where it is tested. */
  let nextAddress = 10;
  const fresh = () => `127.0.1.${nextAddress++}`;

  beforeAll(async () => {
    t = await startIdentityTestApp({ PASSWORD_RESET_TTL_MINUTES: '30' });
    baseUrl = t.api.baseUrl;
  });

  afterAll(async () => {
    await t.close();
  });

  /** Lets the background work of requestPasswordReset (lookup, token, mail) finish. */
  // The request's background work, then the mail it wrote (sent by the mail.deliver job).
  const settle = async () => {
    await t.api.app.get(PasswordResetService).whenIdle();
    await outboxDrained(t.prisma);
  };

  async function expectRefused(call: () => Promise<{ errors?: unknown[] }>, code: string) {
    const before = await identitySnapshot(t.prisma);
    const result = (await call()) as Parameters<typeof errorCode>[0];
    await settle();
    expect(errorCode(result)).toBe(code);
    expect(await identitySnapshot(t.prisma)).toEqual(before);
    return result;
  }

  it('end to end: link mailed, new password set, sessions ended, old password refused, link single use', async () => {
    const email = DEMO.turkuEditor;
    const sessionA = await signIn(baseUrl, email);
    const sessionB = await signIn(baseUrl, email);
    expect((await gql<MeData>(baseUrl, ME, {}, { cookie: sessionA })).data?.me?.email).toBe(email);

    const asked = await gql<{ requestPasswordReset: boolean }>(
      baseUrl,
      REQUEST,
      { email: ' Toimittaja@Turku.example ' },
      { from: fresh() },
    );
    expect(asked.data?.requestPasswordReset).toBe(true);
    await settle();
    const mail = await t.mail.waitFor(email);
    expect(mail.subject).toContain('Salasanan vaihto');
    expect(mail.text).toContain('30 minuuttia');
    expect(mail.text).toContain(`${PUBLIC_BASE_URL}/admin/reset-password?token=`);
    const token = tokenFrom(mail, '/admin/reset-password');
    const stored = await t.prisma.passwordResetToken.findFirstOrThrow({
      where: { user: { email } },
    });
    expect(stored.tokenHash).not.toContain(token);
    const minutes = (stored.expiresAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(29);
    expect(minutes).toBeLessThanOrEqual(30);

    // Too short and too long passwords: refused on `newPassword`, nothing changes.
    for (const newPassword of ['short', 'x'.repeat(201)]) {
      const refused = await expectRefused(
        () => gql(baseUrl, RESET, { token, newPassword }, { from: fresh() }),
        'BAD_USER_INPUT',
      );
      expect(refused.errors?.[0]?.extensions?.field).toBe('newPassword');
    }

    // Strangers' failures first: the reset clears the email's sign-in throttle count.
    const throttled = { key: accountThrottleKey(email) };
    await t.prisma.signInThrottle.create({
      data: { ...throttled, failures: 9, nextAttemptAt: new Date(Date.now() + 600_000) },
    });
    const reset = await gql<{ resetPassword: boolean }>(
      baseUrl,
      RESET,
      { token, newPassword: NEW_PASSWORD },
      { from: fresh() },
    );
    expect(reset.errors).toBeUndefined();
    expect(reset.data?.resetPassword).toBe(true);

    const user = await t.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await t.prisma.signInThrottle.count({ where: throttled })).toBe(0);
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    for (const cookie of [sessionA, sessionB]) {
      expect((await gql<MeData>(baseUrl, ME, {}, { cookie })).data?.me).toBeNull();
    }
    expect(await t.prisma.session.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);

    const old = await gql(baseUrl, SIGN_IN, { email, password: DEMO_PASSWORD }, { from: fresh() });
    expect(errorCode(old)).toBe('UNAUTHENTICATED');
    const cookie = await signIn(baseUrl, email, NEW_PASSWORD, fresh());
    expect((await gql<MeData>(baseUrl, ME, {}, { cookie })).data?.me?.email).toBe(email);

    const again = await expectRefused(
      () => gql(baseUrl, RESET, { token, newPassword: 'kolmas-salasana-2026' }, { from: fresh() }),
      'BAD_USER_INPUT',
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ field: 'token', reason: 'USED' });

    const audit = await t.prisma.auditEvent.findMany({
      where: { entityType: 'User', entityId: user.id },
      orderBy: { occurredAt: 'asc' },
    });
    expect(audit.map((event) => event.action)).toEqual([
      'user.passwordResetRequested',
      'user.passwordReset',
    ]);
  });

  it('an unknown address gets the same answer and no mail; nothing is written', async () => {
    const mailsBefore = t.mail.mails.length;
    const before = await identitySnapshot(t.prisma);
    const answer = await gql<{ requestPasswordReset: boolean }>(
      baseUrl,
      REQUEST,
      { email: 'ei-ole@olemassa.example' },
      { from: fresh() },
    );
    await settle();
    expect(answer).toEqual({ data: { requestPasswordReset: true } });
    expect(await identitySnapshot(t.prisma)).toEqual(before);
    expect(t.mail.mails.length).toBe(mailsBefore);
  });

  it('an expired link is refused and changes nothing', async () => {
    const email = DEMO.lahtiEditor;
    await gql(baseUrl, REQUEST, { email }, { from: fresh() });
    await settle();
    const token = tokenFrom(await t.mail.waitFor(email), '/admin/reset-password');
    await t.prisma.passwordResetToken.updateMany({
      where: { user: { email } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const expired = await expectRefused(
      () => gql(baseUrl, RESET, { token, newPassword: NEW_PASSWORD }, { from: fresh() }),
      'BAD_USER_INPUT',
    );
    expect(expired.errors?.[0]?.extensions?.reason).toBe('EXPIRED');
    await expect(signIn(baseUrl, email, DEMO_PASSWORD, fresh())).resolves.toContain(
      'linja_session=',
    );
  });

  it('rate-limits requests per address (from any IP) and per IP (for any address)', async () => {
    // Per address: five requests from five IPs pass, the sixth (from a sixth IP) does not.
    const email = DEMO.lahtiAdmin;
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await gql(baseUrl, REQUEST, { email }, { from: fresh() });
      expect(result.errors).toBeUndefined();
    }
    await settle();
    const mailsToAddress = t.mail.mails.filter((mail) => mail.to.includes(email)).length;
    expect(mailsToAddress).toBe(5);
    await expectRefused(() => gql(baseUrl, REQUEST, { email }, { from: fresh() }), 'RATE_LIMITED');
    expect(t.mail.mails.filter((mail) => mail.to.includes(email))).toHaveLength(mailsToAddress);

    // Per IP: five different addresses from one IP pass, the sixth does not.
    const from = fresh();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await gql(
        baseUrl,
        REQUEST,
        { email: `someone${attempt}@x.example` },
        { from },
      );
      expect(result.errors).toBeUndefined();
    }
    await expectRefused(
      () => gql(baseUrl, REQUEST, { email: DEMO.federationCoordinator }, { from }),
      'RATE_LIMITED',
    );
    expect(
      t.mail.mails.filter((mail) => mail.to.includes(DEMO.federationCoordinator)),
    ).toHaveLength(0);
  });

  it('rate-limits resetPassword per IP', async () => {
    const from = fresh();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const result = await gql(
        baseUrl,
        RESET,
        { token: `guess-${attempt}`, newPassword: NEW_PASSWORD },
        { from },
      );
      expect(result.errors?.[0]?.extensions?.reason).toBe('INVALID');
    }
    await expectRefused(
      () => gql(baseUrl, RESET, { token: 'guess-5', newPassword: NEW_PASSWORD }, { from }),
      'RATE_LIMITED',
    );
  });
});
