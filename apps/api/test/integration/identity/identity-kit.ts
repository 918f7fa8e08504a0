import { request } from 'node:http';
import { type AddressInfo } from 'node:net';

import { PrismaClient } from '@linja/db';
import { SMTPServer } from 'smtp-server';

import { SESSION_COOKIE } from '../../../src/identity/identity.constants';
import { startTestApp, type GraphQLResponse, type TestApp } from '../../helpers/test-app';

export const DEMO_PASSWORD = 'linja-demo-2026';
export const PUBLIC_BASE_URL = 'https://linja.test';

/** Demo accounts (packages/db/src/seed/demo/users.ts). */
export const DEMO = {
  platformAdmin: 'admin@linja.example',
  /** Coordinator of Perhelinja, and ORG_ADMIN of VSLJ. */
  perhelinjaCoordinator: 'koordinaattori@perhelinja.example',
  /** Coordinator of Ensi- ja turvakotien liitto. */
  federationCoordinator: 'koordinaattori@liitto.example',
  /** ORG_ADMIN of Lahden ensi- ja turvakoti (a member of the federation only). */
  lahtiAdmin: 'yllapitaja@lahti.example',
  /** ORG_EDITOR of Lahden ensi- ja turvakoti. */
  lahtiEditor: 'toimittaja@lahti.example',
  /** ORG_EDITOR of Turun ensi- ja turvakoti. */
  turkuEditor: 'toimittaja@turku.example',
} as const;

// ─── Mail ────────────────────────────────────────────────────────────────────────────────────────

export interface CaughtMail {
  readonly to: string[];
  readonly subject: string;
  readonly messageId: string;
  readonly text: string;
  readonly html: string | null;
}

export interface MailCatcher {
  readonly url: string;
  readonly mails: CaughtMail[];
  /** Waits for a mail to `to` (lower-case) and returns it. */
  waitFor(to: string, timeoutMs?: number): Promise<CaughtMail>;
  close(): Promise<void>;
}

function decodeQuotedPrintable(body: string): string {
  const text = body.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const hex = text.slice(index + 1, index + 3);
    if (text[index] === '=' && /^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      index += 2;
    } else {
      bytes.push(...Buffer.from(text[index] ?? '', 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decodeEncodedWords(value: string): string {
  return value.replace(
    /=\?utf-8\?([QB])\?([^?]*)\?=\s*/gi,
    (_match, encoding: string, text: string) =>
      encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
  );
}

interface MailPart {
  readonly head: string;
  readonly body: string;
}

function splitPart(raw: string): MailPart {
  const split = raw.indexOf('\r\n\r\n');
  return { head: raw.slice(0, split).replace(/\r\n[ \t]+/g, ' '), body: raw.slice(split + 4) };
}

function headerOf(head: string, name: string): string {
  return new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
}

function decodeBody(part: MailPart): string {
  const encoding = headerOf(part.head, 'Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(part.body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(part.body)
        : part.body;
  return text.replace(/\r\n/g, '\n');
}

/** The parts of a multipart body (nodemailer's text + HTML alternative), else the body itself. */
function leafParts(part: MailPart): MailPart[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(headerOf(part.head, 'Content-Type'))?.[1];
  if (!boundary) return [part];
  return part.body
    .split(`--${boundary}`)
    .slice(1, -1)
    .flatMap((chunk) => leafParts(splitPart(chunk.replace(/^\r\n/, ''))));
}

/** A minimal parser for the mails Linja sends: a plain-text part and optionally an HTML part. */
export function parseMail(raw: string, to: string[]): CaughtMail {
  const whole = splitPart(raw);
  const parts = leafParts(whole);
  const ofType = (type: string) =>
    parts.find((part) => headerOf(part.head, 'Content-Type').toLowerCase().startsWith(type));
  const textPart = ofType('text/plain') ?? parts[0] ?? whole;
  const htmlPart = ofType('text/html');
  return {
    to,
    subject: decodeEncodedWords(headerOf(whole.head, 'Subject')),
    messageId: headerOf(whole.head, 'Message-ID'),
    text: decodeBody(textPart),
    html: htmlPart ? decodeBody(htmlPart) : null,
  };
}

/** A real SMTP server on a free port that keeps every message it receives. */
export async function startMailCatcher(): Promise<MailCatcher> {
  const mails: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
        mails.push(parseMail(Buffer.concat(chunks).toString('utf8'), to));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    async waitFor(to, timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const mail = mails.find((candidate) => candidate.to.includes(to));
        if (mail) return mail;
        if (Date.now() > deadline) throw new Error(`no mail to ${to} within ${timeoutMs} ms`);
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

/** The token of the first link to `path` in a mail's text. */
export function tokenFrom(mail: CaughtMail, path: string): string {
  const match = new RegExp(`${PUBLIC_BASE_URL}${path}\\?token=([A-Za-z0-9_-]+)`).exec(mail.text);
  if (!match?.[1]) throw new Error(`no ${path} link in mail:\n${mail.text}`);
  return match[1];
}

// ─── The app ───────────────────────────────────────────────────────────────────────────────────────

export interface IdentityTestApp {
  readonly api: TestApp;
  readonly mail: MailCatcher;
  readonly prisma: PrismaClient;
  close(): Promise<void>;
}

export async function startIdentityTestApp(
  envOverrides: Record<string, string> = {},
): Promise<IdentityTestApp> {
  const mail = await startMailCatcher();
  const api = await startTestApp({
    SMTP_URL: mail.url,
    PUBLIC_BASE_URL,
    ...envOverrides,
  });
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

export interface CallOptions {
  /** `linja_session=…` from a sign-in. */
  cookie?: string;
  /** Development actor header value, e.g. `coordinator:<networkId>`. */
  as?: string;
  /** Source address of the request (any 127.x.y.z), for per-IP rate limits. Default 127.0.0.1. */
  from?: string;
}

export interface CallResult<TData> extends GraphQLResponse<TData> {
  /** `linja_session=…` when the response set the session cookie. */
  sessionCookie?: string;
}

/** POSTs a GraphQL operation over plain HTTP, from a chosen loopback address. */
export function gql<TData = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: CallOptions = {},
): Promise<CallResult<TData>> {
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
          ...(options.as ? { 'x-linja-dev-actor': options.as } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          try {
            const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as CallResult<TData>;
            const cookie = (res.headers['set-cookie'] ?? [])
              .map((value) => value.split(';')[0] ?? '')
              .find(
                (value) =>
                  value.startsWith(`${SESSION_COOKIE}=`) &&
                  value.length > SESSION_COOKIE.length + 1,
              );
            resolve(cookie ? { ...parsed, sessionCookie: cookie } : parsed);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!, $totpCode: String) {
    signIn(email: $email, password: $password, totpCode: $totpCode) {
      status
      user {
        id
        email
      }
    }
  }
`;

export const ME = /* GraphQL */ `
  query Me {
    me {
      id
      email
      name
      isTotpEnabled
      roles {
        role
        networkId
        organizationId
        wellbeingAreaCodes
        isVerified
      }
    }
  }
`;

/** Signs in for real and returns the session cookie. */
export async function signIn(
  baseUrl: string,
  email: string,
  password = DEMO_PASSWORD,
  from?: string,
): Promise<string> {
  const result = await gql(baseUrl, SIGN_IN, { email, password }, { from });
  if (!result.sessionCookie) {
    throw new Error(`sign-in of ${email} failed: ${JSON.stringify(result.errors ?? result.data)}`);
  }
  return result.sessionCookie;
}

export function errorCode(result: GraphQLResponse<unknown>): unknown {
  return result.errors?.[0]?.extensions?.code;
}

// ─── Snapshots ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Every row of the identity tables and the audit log, to assert that a refused call changed nothing.
 * Session.lastSeenAt is left out: the actor middleware touches it on use, by design.
 */
export async function identitySnapshot(prisma: PrismaClient): Promise<unknown> {
  const byId = { orderBy: { id: 'asc' as const } };
  const [users, roles, invitations, resetTokens, sessions, audit, networks] = await Promise.all([
    prisma.user.findMany(byId),
    prisma.roleAssignment.findMany(byId),
    prisma.invitation.findMany(byId),
    prisma.passwordResetToken.findMany(byId),
    prisma.session.findMany({ ...byId, omit: { lastSeenAt: true } }),
    prisma.auditEvent.findMany(byId),
    prisma.network.findMany(byId),
  ]);
  return { users, roles, invitations, resetTokens, sessions, audit, networks };
}
