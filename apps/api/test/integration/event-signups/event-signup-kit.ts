import { type AddressInfo } from 'node:net';

import { ORG_MLL_VS, PERHELINJA_ID, type Prisma, PrismaClient } from '@linja/db';
import { SMTPServer } from 'smtp-server';

import { startTestApp, type TestApp } from '../../helpers/test-app';
import { type CaughtMail, parseMail } from '../identity/identity-kit';

export const PUBLIC_BASE_URL = 'https://linja.test';
export { ORG_MLL_VS, PERHELINJA_ID };

/** A mail as caught, with its raw source (for the attachment). */
export interface RawMail extends CaughtMail {
  readonly raw: string;
}

export interface SignupMailCatcher {
  readonly url: string;
  readonly mails: RawMail[];
  /** Waits until `count` mails to `to` have arrived; returns them in arrival order. */
  waitFor(to: string, count?: number, timeoutMs?: number): Promise<RawMail[]>;
  close(): Promise<void>;
}

/** A real SMTP server on a free port that keeps every message (parsed and raw). */
export async function startSignupMailCatcher(): Promise<SignupMailCatcher> {
  const mails: RawMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
        mails.push({ ...parseMail(raw, to), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(to, count = 1, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = mails.filter((mail) => mail.to.includes(to));
        if (found.length >= count) return found;
        if (Date.now() > deadline)
          throw new Error(`no ${count} mail(s) to ${to} in ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

/** The text of a mail's `text/calendar` attachment (base64 or quoted-printable), or undefined. */
export function icsAttachment(mail: RawMail): string | undefined {
  const match =
    /Content-Type: text\/calendar[^\r\n]*(?:\r\n[ \t][^\r\n]*)*\r\n((?:[^\r\n]+\r\n)*)\r\n([\s\S]*?)\r\n--/i.exec(
      mail.raw,
    );
  if (!match) return undefined;
  const headers = match[1] ?? '';
  const body = match[2] ?? '';
  if (/Content-Transfer-Encoding:\s*base64/i.test(headers)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(headers)) {
    const joined = body.replace(/=\r?\n/g, '');
    return Buffer.from(
      joined.replace(/=([0-9A-F]{2})/gi, (_m, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      ),
      'latin1',
    ).toString('utf8');
  }
  return body;
}

/** The cancel link's token in a mail's text. */
export function cancelTokenFrom(mail: CaughtMail): string {
  const match = /\/cancel\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no cancel link in mail:\n${mail.text}`);
  return match[1];
}

/** The confirmation link's token in a mail's text (a sign-up made without an account). */
export function confirmTokenFrom(mail: CaughtMail): string {
  const match = /\/confirm\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`no confirmation link in mail:\n${mail.text}`);
  return match[1];
}

export interface SignupTestApp {
  readonly api: TestApp;
  readonly mail: SignupMailCatcher;
  readonly prisma: PrismaClient;
  close(): Promise<void>;
}

export async function startSignupTestApp(): Promise<SignupTestApp> {
  const mail = await startSignupMailCatcher();
  const api = await startTestApp({ SMTP_URL: mail.url, PUBLIC_BASE_URL, JOBS_POLL_SECONDS: '0.5' });
  return {
    api,
    mail,
    prisma: api.app.get(PrismaClient),
    close: async () => {
      await api.close();
      await mail.close();
    },
  };
}

const HOUR = 3_600_000;

/** A published public event of MLL in Perhelinja that takes sign-ups, starting in a week. */
export async function createSignupEvent(
  prisma: PrismaClient,
  overrides: Partial<Prisma.EventUncheckedCreateInput> = {},
): Promise<{ id: string; startsAt: Date }> {
  const startsAt = new Date(Date.now() + 7 * 24 * HOUR);
  const endsAt = new Date(startsAt.getTime() + 2 * HOUR);
  const event = await prisma.event.create({
    data: {
      networkId: PERHELINJA_ID,
      organizationId: ORG_MLL_VS,
      kind: 'PUBLIC_EVENT',
      audience: 'PUBLIC',
      status: 'PUBLISHED',
      publishedAt: new Date(),
      title: { fi: 'Eroinfo-ilta', sv: 'Skilsmässoinfo', en: 'Divorce info evening' },
      description: { fi: 'Tietoa erosta.' },
      startsAt,
      endsAt,
      lastEndsAt: endsAt,
      placeName: 'Perhetupa',
      streetAddress: 'Aurakatu 1',
      postalCode: '20100',
      postOffice: 'Turku',
      signupEnabled: true,
      ...overrides,
    },
  });
  return { id: event.id, startsAt: event.startsAt };
}

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpForEventInput!) {
    signUpForEvent(input: $input) {
      id
      eventId
      status
    }
  }
`;

export const CANCEL = /* GraphQL */ `
  mutation Cancel($token: String!) {
    cancelSignup(token: $token) {
      id
      status
    }
  }
`;

export const CONFIRM = /* GraphQL */ `
  mutation Confirm($token: String!) {
    confirmSignup(token: $token) {
      id
      eventId
      status
    }
  }
`;
