import { type AddressInfo } from 'node:net';

import { type INestApplication } from '@nestjs/common';
import { SMTPServer } from 'smtp-server';

import { type JobDefinition } from '../../../src/jobs/job-definition';
import { JobRegistry } from '../../../src/jobs/job-registry';
import { parseMail, type CaughtMail } from '../identity/identity-kit';

/** Queue settings that keep a test short: fast polling, schedules checked every second, 1 s retries. */
export const FAST_QUEUE_ENV = {
  JOBS_POLL_SECONDS: '0.5',
  JOBS_CRON_CHECK_SECONDS: '1',
  MAIL_RETRY_DELAY_SECONDS: '1',
  MAIL_RETRY_LIMIT: '5',
};

/** A real SMTP server that refuses the first `refusals` recipients (451, try later), then accepts. */
export interface FlakySmtp {
  readonly url: string;
  readonly accepted: CaughtMail[];
  refusalsLeft: number;
  refused: number;
  close(): Promise<void>;
}

export async function startFlakySmtp(refusals: number): Promise<FlakySmtp> {
  const state = { refusalsLeft: refusals, refused: 0 };
  const accepted: CaughtMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(_address, _session, callback) {
      if (smtp.refusalsLeft > 0) {
        smtp.refusalsLeft -= 1;
        smtp.refused += 1;
        callback(Object.assign(new Error('Mailbox busy, try again later'), { responseCode: 451 }));
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((address) => address.address.toLowerCase());
        accepted.push(parseMail(Buffer.concat(chunks).toString('utf8'), to));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  const smtp: FlakySmtp = {
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    refusalsLeft: state.refusalsLeft,
    refused: 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
  return smtp;
}

/** Registers test-only jobs before the app starts (TestAppSetup.beforeStart). */
export function registerJobs(...definitions: JobDefinition[]): (app: INestApplication) => void {
  return (app) => {
    const registry = app.get(JobRegistry);
    for (const definition of definitions) registry.register(definition);
  };
}

/** A test job's defaults: retried quickly, no backoff. */
export function testJob(
  name: string,
  handle: JobDefinition['handle'],
  options: Partial<JobDefinition> = {},
): JobDefinition {
  return {
    name,
    policy: 'standard',
    retryLimit: 3,
    retryDelaySeconds: 1,
    retryBackoff: false,
    timeoutSeconds: 30,
    handle,
    ...options,
  };
}
