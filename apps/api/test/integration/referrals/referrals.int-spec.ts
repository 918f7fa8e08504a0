import { randomBytes } from 'node:crypto';

import { KeyRotationService } from '../../../src/referrals/crypto/key-rotation.service';
import { FieldEncryption } from '../../../src/referrals/crypto/field-encryption';
import { referralContext } from '../../../src/referrals/crypto/referral-crypto.service';
import { DEVELOPMENT_REFERRAL_KEY } from '../../../src/referrals/crypto/referral-keys';
import { ReferralUpkeepService } from '../../../src/referrals/referral-upkeep.service';
import { DB_MODE_LABEL } from '../../helpers/test-app';
import { errorCode } from '../identity/identity-kit';
import {
  ACT,
  CLIENT,
  COUNTS,
  CREATE_CONTACT_REQUEST,
  CREATE_REFERRAL,
  DECLINE,
  DETAILS,
  FEDERATION_COORDINATOR,
  LAHTI_ADMIN,
  LAHTI_EDITOR,
  LAHTI_STAFF,
  PROFESSIONAL_EMAIL,
  READ_LOG,
  referralInput,
  type ReferralTestApp,
  startReferralTestApp,
  STATUS,
  TURKU_ADMIN,
  VAKIVALTATYO,
} from './referral-kit';

interface Receipt {
  id: string;
  status: string;
}

const DAY = 86_400_000;

describe(`referrals and contact requests on ${DB_MODE_LABEL}`, () => {
  let t: ReferralTestApp;
  let address = 0;
  const from = () => {
    address += 1;
    return `127.0.${Math.floor(address / 250) + 1}.${(address % 250) + 1}`;
  };
  const refer = async (overrides: Record<string, unknown> = {}) => {
    const result = await t.call<{ createReferral: Receipt }>(
      CREATE_REFERRAL,
      { input: referralInput(overrides) },
      { cookie: t.professional },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createReferral.id;
  };
  /** The row as the database holds it, every column as text. */
  const rawRow = async (table: 'referral' | 'referral_note', id: string) =>
    JSON.stringify(
      await t.prisma.$queryRawUnsafe(`SELECT * FROM ${table} WHERE id = $1::uuid`, id),
    );
  const readLogCount = (referralId: string) =>
    t.prisma.referralReadLog.count({ where: { referralId } });

  beforeAll(async () => {
    t = await startReferralTestApp();
  }, 120_000);

  afterAll(async () => {
    await t.close();
  });

  it('stores a referral with the client fields encrypted, and mails only the organisation, without client data', async () => {
    const id = await refer();
    const raw = await rawRow('referral', id);
    for (const value of Object.values(CLIENT)) expect(raw).not.toContain(value);
    expect(raw).not.toContain('765 4321');
    expect(raw).toMatch(/"client_phone_enc":"v1:dev:/);
    const row = await t.prisma.referral.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'NEW', organizationId: expect.any(String), keyId: 'dev' });
    expect(row.consentAt).not.toBeNull();
    expect(row.referrerId).not.toBeNull();

    const mails = await t.prisma.outboxMail.findMany({ where: { dedupeKey: { contains: id } } });
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual(LAHTI_STAFF);
    const sent = JSON.stringify(mails);
    for (const value of Object.values(CLIENT)) expect(sent).not.toContain(value);
    expect(mails.map((mail) => mail.template)).toEqual(['referral-new', 'referral-new']);
    const audit = JSON.stringify(await t.prisma.auditEvent.findMany({ where: { entityId: id } }));
    for (const value of Object.values(CLIENT)) expect(audit).not.toContain(value);
  });

  it('refuses bad input with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const before = await t.prisma.referral.count();
    const cases: [Record<string, unknown>, string][] = [
      [{ message: 'Hetu 010190-123A tiedoksi' }, 'input.message'],
      [{ clientName: 'Maija 131052A308T' }, 'input.clientName'],
      [{ message: 'x'.repeat(501) }, 'input.message'],
      [{ municipalityCode: '091' }, 'input.deliveryId'],
      [{ consentConfirmed: false }, 'input.consentConfirmed'],
      [{ clientPhone: 'call me' }, 'input.clientPhone'],
      [{ reasonKey: 'not-a-reason' }, 'input.reasonKey'],
    ];
    for (const [overrides, field] of cases) {
      const result = await t.call(
        CREATE_REFERRAL,
        { input: referralInput(overrides) },
        { cookie: t.professional },
      );
      expect([field, errorCode(result), result.errors?.[0]?.extensions?.field]).toEqual([
        field,
        'BAD_USER_INPUT',
        field,
      ]);
      // The refusal never echoes the client's data.
      expect(JSON.stringify(result)).not.toContain('Meikäläinen');
    }
    expect(await t.prisma.referral.count()).toBe(before);
  });

  it('shows the details only to the handling organisation staff, logging every read', async () => {
    const id = await refer();
    for (const as of [TURKU_ADMIN, FEDERATION_COORDINATOR, 'platform-admin']) {
      const result = await t.call(DETAILS, { id }, { as });
      expect([as, errorCode(result)]).toEqual([as, 'FORBIDDEN']);
      expect(JSON.stringify(result)).not.toContain('Meikäläinen');
    }
    // The referrer sees the status, never the details.
    const own = await t.call<{ referral: Receipt }>(STATUS, { id }, { cookie: t.professional });
    expect(own.data?.referral.status).toBe('NEW');
    expect(errorCode(await t.call(DETAILS, { id }, { cookie: t.professional }))).toBe('FORBIDDEN');
    expect(await readLogCount(id)).toBe(0);

    const read = await t.call<{ referral: { details: Record<string, unknown> } }>(
      DETAILS,
      { id },
      { as: LAHTI_EDITOR },
    );
    expect(read.data?.referral.details).toMatchObject(CLIENT);
    await t.call(DETAILS, { id }, { as: LAHTI_ADMIN });
    expect(await readLogCount(id)).toBe(2);
    const log = await t.call<{ referralReadLog: { totalCount: number } }>(
      READ_LOG,
      { id },
      { as: LAHTI_ADMIN },
    );
    expect(log.data?.referralReadLog.totalCount).toBe(2);
    // Editors handle referrals but the read log is for admins.
    expect(errorCode(await t.call(READ_LOG, { id }, { as: LAHTI_EDITOR }))).toBe('FORBIDDEN');
    expect(errorCode(await t.call(READ_LOG, { id }, { as: FEDERATION_COORDINATOR }))).toBe(
      'FORBIDDEN',
    );
  });

  it('moves through open and accept, tells the referrer the status only, and keeps notes encrypted', async () => {
    const id = await refer();
    expect(errorCode(await t.call(ACT('acceptReferral'), { id }, { as: LAHTI_EDITOR }))).toBe(
      'CONFLICT',
    );
    expect(errorCode(await t.call(ACT('openReferral'), { id }, { as: TURKU_ADMIN }))).toBe(
      'FORBIDDEN',
    );
    await t.call(ACT('openReferral'), { id }, { as: LAHTI_EDITOR });
    const accepted = await t.call<{ acceptReferral: Receipt }>(
      ACT('acceptReferral'),
      { id },
      { as: LAHTI_EDITOR },
    );
    expect(accepted.data?.acceptReferral.status).toBe('ACCEPTED');
    const decided = await t.prisma.outboxMail.findMany({
      where: { dedupeKey: `referral-decided:${id}` },
    });
    expect(decided.map((mail) => mail.toAddress)).toEqual([PROFESSIONAL_EMAIL]);
    for (const value of Object.values(CLIENT)) expect(JSON.stringify(decided)).not.toContain(value);

    const note = await t.call<{ addReferralNote: { id: string } }>(
      /* GraphQL */ `
        mutation Note($id: ID!) {
          addReferralNote(referralId: $id, text: "Soitettu, aika sovittu") {
            id
          }
        }
      `,
      { id },
      { as: LAHTI_EDITOR },
    );
    expect(note.errors).toBeUndefined();
    const noteId = note.data!.addReferralNote.id;
    expect(await rawRow('referral_note', noteId)).not.toContain('Soitettu');
    const mine = await t.call<{ myReferrals: { edges: { node: Receipt }[] } }>(
      /* GraphQL */ `
        query Mine {
          myReferrals(first: 50) {
            edges {
              node {
                id
                status
              }
            }
          }
        }
      `,
      {},
      { cookie: t.professional },
    );
    expect(mine.data?.myReferrals.edges.find((edge) => edge.node.id === id)?.node.status).toBe(
      'ACCEPTED',
    );
  });

  it('sends a contact request’s notice only to the organisation, never to the person', async () => {
    const email = 'hiljaa@example.fi';
    const result = await t.call<{ createContactRequest: Receipt }>(
      CREATE_CONTACT_REQUEST,
      {
        input: { serviceId: VAKIVALTATYO, phone: '040 111 2233', email, contactWindow: 'EVENING' },
      },
      { from: from() },
    );
    expect(result.errors).toBeUndefined();
    const id = result.data!.createContactRequest.id;
    const mails = await t.prisma.outboxMail.findMany({ where: { dedupeKey: { contains: id } } });
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual(LAHTI_STAFF);
    expect(await t.prisma.outboxMail.count({ where: { toAddress: email } })).toBe(0);
    expect(await rawRow('referral', id)).not.toContain(email);

    const refused = await t.call(
      CREATE_CONTACT_REQUEST,
      { input: { serviceId: VAKIVALTATYO, contactWindow: 'ANY', message: 'soita' } },
      { from: from() },
    );
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.phone',
    });
  });

  it('reminds the admins of an unopened referral once, however often the job runs', async () => {
    const id = await refer();
    const upkeep = t.api.app.get(ReferralUpkeepService);
    await upkeep.remindUnopened();
    expect(
      await t.prisma.outboxMail.count({
        where: { template: 'referral-reminder', dedupeKey: { contains: id } },
      }),
    ).toBe(0);
    await t.prisma.referral.update({
      where: { id },
      // Ten days: over two Finnish working days whatever today is (Easter and Christmas included).
      data: { createdAt: new Date(Date.now() - 10 * DAY) },
    });
    await upkeep.remindUnopened();
    await upkeep.remindUnopened();
    const reminders = await t.prisma.outboxMail.findMany({
      where: { template: 'referral-reminder', dedupeKey: { contains: id } },
    });
    expect(reminders.map((mail) => mail.toAddress)).toEqual(['yllapitaja@lahti.example']);
  });

  it('reminds past any number of referrals already reminded (the candidates are read a page at a time)', async () => {
    const upkeep = t.api.app.get(ReferralUpkeepService);
    const older = await refer();
    const newer = await refer();
    await t.prisma.referral.update({
      where: { id: older },
      data: { createdAt: new Date(Date.now() - 12 * DAY) },
    });
    // The older one is reminded first; it stays NEW (nobody opened it), a candidate every run.
    await upkeep.remindUnopened(new Date(), 1);
    await t.prisma.referral.update({
      where: { id: newer },
      data: { createdAt: new Date(Date.now() - 10 * DAY) },
    });
    // Pages of one: the older, already reminded, fills the first page; the newer is still reached.
    await upkeep.remindUnopened(new Date(), 1);
    for (const id of [older, newer]) {
      expect(
        await t.prisma.outboxMail.count({
          where: { template: 'referral-reminder', dedupeKey: { contains: id } },
        }),
      ).toBe(1);
    }
  });

  it('auto-closes unanswered referrals and erases personal data after the retention, keeping the counts', async () => {
    const upkeep = t.api.app.get(ReferralUpkeepService);
    const stale = await refer();
    await t.prisma.referral.update({
      where: { id: stale },
      data: { createdAt: new Date(Date.now() - 40 * DAY) },
    });
    const decided = await refer();
    await t.call(ACT('openReferral'), { id: decided }, { as: LAHTI_ADMIN });
    await t.call(DECLINE, { id: decided }, { as: LAHTI_ADMIN });
    await t.call(ACT('closeReferral'), { id: decided }, { as: LAHTI_ADMIN });
    // Accepted long ago and never closed: erased the same time after the decision.
    const forgotten = await refer();
    await t.call(ACT('openReferral'), { id: forgotten }, { as: LAHTI_ADMIN });
    await t.call(ACT('acceptReferral'), { id: forgotten }, { as: LAHTI_ADMIN });
    await t.prisma.referral.update({
      where: { id: forgotten },
      data: { decidedAt: new Date(Date.now() - 91 * DAY) },
    });
    expect(await upkeep.autoClose()).toContain(stale);
    expect((await t.prisma.referral.findUniqueOrThrow({ where: { id: stale } })).status).toBe(
      'CLOSED',
    );

    const today = new Date().toISOString().slice(0, 10);
    const yearAgo = new Date(Date.now() - 365 * DAY).toISOString().slice(0, 10);
    const countsVars = { slug: 'ensi-ja-turvakotien-liitto', from: yearAgo, to: today };
    const before = await t.call<{ networkReferralCounts: unknown }>(COUNTS, countsVars, {
      as: FEDERATION_COORDINATOR,
    });
    expect(before.errors).toBeUndefined();
    expect(errorCode(await t.call(COUNTS, countsVars, { as: LAHTI_ADMIN }))).toBe('FORBIDDEN');

    await t.prisma.referral.update({
      where: { id: decided },
      data: { closedAt: new Date(Date.now() - 91 * DAY) },
    });
    expect((await upkeep.erase()).sort()).toEqual([decided, forgotten].sort());
    expect(await t.prisma.referral.findUniqueOrThrow({ where: { id: forgotten } })).toMatchObject({
      status: 'ACCEPTED',
      clientPhoneEnc: null,
      messageEnc: null,
    });
    const row = await t.prisma.referral.findUniqueOrThrow({ where: { id: decided } });
    expect(row).toMatchObject({
      clientNameEnc: null,
      clientPhoneEnc: null,
      clientEmailEnc: null,
      messageEnc: null,
      status: 'CLOSED',
      declineReason: 'NO_CAPACITY',
    });
    expect(row.erasedAt).not.toBeNull();
    const after = await t.call<{ networkReferralCounts: unknown }>(COUNTS, countsVars, {
      as: FEDERATION_COORDINATOR,
    });
    expect(after.data?.networkReferralCounts).toEqual(before.data?.networkReferralCounts);
    const details = await t.call<{ referral: { details: Record<string, unknown> } }>(
      DETAILS,
      { id: decided },
      { as: LAHTI_ADMIN },
    );
    expect(details.data?.referral.details).toMatchObject({ clientName: null, clientPhone: null });
  });

  // Last: afterwards the rows are under a key the running app does not have.
  it('rotates keys: re-encrypts every row under the newest key, once', async () => {
    const id = await refer();
    const next = new FieldEncryption([
      { id: 'k2', key: randomBytes(32) },
      DEVELOPMENT_REFERRAL_KEY,
    ]);
    const rotation = new KeyRotationService(t.prisma, next);
    const first = await rotation.rotate();
    expect(first.referrals).toBeGreaterThan(0);
    expect(first.notes).toBeGreaterThan(0);
    const row = await t.prisma.referral.findUniqueOrThrow({ where: { id } });
    expect(row.keyId).toBe('k2');
    expect(next.decrypt(row.clientPhoneEnc ?? '', referralContext(id, 'clientPhone'))).toBe(
      CLIENT.clientPhone,
    );
    expect(await t.prisma.referral.count({ where: { keyId: 'dev' } })).toBe(0);
    expect(await rotation.rotate()).toEqual({ keyId: 'k2', referrals: 0, notes: 0 });
  });
});
