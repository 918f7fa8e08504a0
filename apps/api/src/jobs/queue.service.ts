import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { type Database } from '@linja/db';
import PgBoss from 'pg-boss';

import { AppConfig } from '../config/app-config';
import { isDatabaseUnavailable } from '../database/database-errors';
import { DATABASE } from '../database/database.tokens';
import { type JobDefinition } from './job-definition';
import { JobRegistry } from './job-registry';
import { JOB_SCHEMA, pgBossDb } from './pg-boss-db';
import { cacheScheduleTicks } from './schedule-ticks';

/** Time zone of the schedules (a "daily" job runs at a Finnish hour). */
export const SCHEDULE_TIME_ZONE = 'Europe/Helsinki';

/** First wait before starting the queue again when the database was unavailable at start-up. */
const START_RETRY_MS = 5000;

/** How long stopping waits for running jobs before the process closes the database. */
const STOP_TIMEOUT_MS = 8000;

export interface SendJobOptions {
  /** With a `stately` queue: no second job with this key while one waits (or runs). */
  readonly singletonKey?: string;
  /** Not before this moment. */
  readonly startAfter?: Date;
}

/**
 * The job queue: pg-boss on the application's database (see ARCHITECTURE.md, Job queue). Every
 * process can queue jobs; processes with WORKERS=on (the default, and `npm run worker`) also run the
 * registered handlers, the schedules and pg-boss's maintenance (expiring timed-out jobs, archiving).
 */
@Injectable()
export class QueueService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Jobs');
  private readonly boss: PgBoss;
  private readonly workers: boolean;
  private started = false;
  /** Set once stopping began: the queue's later SQL failures are logged, not thrown (pgBossDb). */
  private stopping = false;
  /** Handlers running now, awaited (up to STOP_TIMEOUT_MS) before the database closes. */
  private readonly running = new Set<Promise<unknown>>();
  /** Set while the queue waits to retry its start (the database was unavailable). */
  private retryTimer: NodeJS.Timeout | null = null;
  /** This process's worker per queue, woken at once when this process queues a job for it. */
  private readonly workerIds = new Map<string, string>();
  private readonly polling: PollingSettings;

  constructor(
    @Inject(DATABASE) database: Database,
    private readonly registry: JobRegistry,
    config: AppConfig,
  ) {
    const { env } = config;
    this.workers = env.WORKERS === 'on';
    this.polling = env;
    // Schedules are checked every JOBS_CRON_CHECK_SECONDS; each cron line is evaluated once per tick.
    cacheScheduleTicks();
    this.boss = new PgBoss({
      db: pgBossDb(database, {
        stopped: () => this.stopping,
        dropped: (error) => {
          // The job stays active; pg-boss expires and retries it.
          this.logger.warn({
            err: error,
            msg: 'job queue write dropped (the job will be retried)',
          });
        },
      }),
      schema: JOB_SCHEMA,
      // Our migration made the tables; pg-boss only checks that their version is the one it expects.
      migrate: false,
      supervise: this.workers,
      schedule: this.workers,
      pollingIntervalSeconds: env.JOBS_POLL_SECONDS,
      cronMonitorIntervalSeconds: env.JOBS_CRON_CHECK_SECONDS,
      cronWorkerIntervalSeconds: env.JOBS_CRON_CHECK_SECONDS,
      // A job that keeps failing stays visible (and retryable) for 30 days before it is archived.
      archiveFailedAfterSeconds: 30 * 24 * 3600,
    });
    this.boss.on('error', (error) => {
      this.logger.error({ err: error, msg: 'job queue error' });
    });
  }

  get runsWorkers(): boolean {
    return this.workers;
  }

  async onApplicationBootstrap(): Promise<void> {
    try {
      await this.start();
    } catch (error) {
      // The database is away (the API still starts: /health and /ready say so): the queue starts
      // when it is back, retried with backoff. Anything else is a real fault.
      if (!isDatabaseUnavailable(error)) throw error;
      this.logger.warn({
        err: error,
        msg: 'job queue not started: database unavailable; retrying',
      });
      this.retryStart(START_RETRY_MS);
    }
  }

  /** Tries to start the queue again after `delayMs`, doubling the wait up to a minute. */
  private retryStart(delayMs: number): void {
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.start().catch((error: unknown) => {
        if (!isDatabaseUnavailable(error)) {
          this.logger.error({ err: error, msg: 'job queue failed to start' });
          return;
        }
        this.retryStart(Math.min(delayMs * 2, 60_000));
      });
    }, delayMs);
    this.retryTimer.unref();
  }

  private async start(): Promise<void> {
    await this.boss.start();
    this.started = true;
    for (const definition of this.registry.all()) await this.createQueue(definition);
    if (!this.workers) {
      this.logger.log({ msg: 'job queue ready; workers are off (WORKERS=off)' });
      return;
    }
    for (const definition of this.registry.all()) await this.startWorker(definition);
    this.logger.log({ queues: this.registry.all().length, msg: 'job workers started' });
  }

  async onModuleDestroy(): Promise<void> {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    if (!this.started) return;
    this.started = false;
    this.stopping = true;
    const deadline = Date.now() + STOP_TIMEOUT_MS;
    await this.boss.stop({ graceful: true, wait: true, timeout: STOP_TIMEOUT_MS, close: false });
    // pg-boss's graceful stop ends its loops, not always the handlers they started (a handler past
    // the timeout keeps running): wait for ours, within the same bound, before the database closes.
    await settleWithin([...this.running], deadline - Date.now());
  }

  /** Queues a job; null when a `stately` queue already holds one with the same singleton key. */
  async send(name: string, data: object, options: SendJobOptions = {}): Promise<string | null> {
    if (!this.registry.has(name)) throw new Error(`No job named ${name} is registered.`);
    const id = await this.boss.send(name, data, {
      ...(options.singletonKey === undefined ? {} : { singletonKey: options.singletonKey }),
      ...(options.startAfter === undefined ? {} : { startAfter: options.startAfter }),
    });
    // Without this the job would wait for the worker's next poll (workerPollSeconds).
    if (id !== null && options.startAfter === undefined) this.wake(name);
    return id;
  }

  /** Puts a failed job back in the queue (it keeps its data; one more attempt is allowed). */
  async retry(name: string, id: string): Promise<void> {
    await this.boss.retry(name, id);
    this.wake(name);
  }

  /** Wakes this process's worker of the queue, if it runs one, instead of waiting for its poll. */
  private wake(name: string): void {
    const workerId = this.workerIds.get(name);
    if (workerId === undefined) return;
    (this.boss as unknown as { notifyWorker(workerId: string): void }).notifyWorker(workerId);
  }

  private async createQueue(definition: JobDefinition): Promise<void> {
    const options = {
      name: definition.name,
      policy: definition.policy,
      retryLimit: definition.retryLimit,
      retryDelay: definition.retryDelaySeconds,
      retryBackoff: definition.retryBackoff,
      expireInSeconds: definition.timeoutSeconds,
    };
    await this.boss.createQueue(definition.name, options);
    // A queue made by an earlier version keeps its name and policy; its retry and timeout follow the code.
    await this.boss.updateQueue(definition.name, options);
    if (definition.schedule) {
      await this.boss.schedule(
        definition.name,
        definition.schedule,
        {},
        { tz: SCHEDULE_TIME_ZONE },
      );
    } else {
      await this.boss.unschedule(definition.name);
    }
  }

  private async startWorker(definition: JobDefinition): Promise<void> {
    const workerId = await this.boss.work<object>(
      definition.name,
      {
        includeMetadata: true,
        batchSize: 1,
        pollingIntervalSeconds: workerPollSeconds(definition, this.polling),
      },
      async ([job]) => {
        if (!job) return;
        const handling = Promise.resolve().then(() =>
          definition.handle(job.data, {
            id: job.id,
            retryCount: job.retryCount,
            retryLimit: job.retryLimit,
          }),
        );
        this.running.add(handling);
        try {
          await handling;
        } catch (error) {
          this.logger.warn({
            job: definition.name,
            jobId: job.id,
            attempt: job.retryCount + 1,
            err: error,
            msg: 'job attempt failed',
          });
          throw error;
        } finally {
          this.running.delete(handling);
        }
      },
    );
    this.workerIds.set(definition.name, workerId);
  }
}

/** The settings an idle worker's polling follows (AppConfig's env). */
export interface PollingSettings {
  readonly JOBS_POLL_SECONDS: number;
  readonly JOBS_CRON_CHECK_SECONDS: number;
}

/**
 * How often an idle worker asks its queue for a job. A queue that takes jobs on demand (a mail to
 * deliver, an import) every JOBS_POLL_SECONDS; a scheduled queue's jobs are its ticks, which pg-boss
 * turns into jobs only every JOBS_CRON_CHECK_SECONDS (its schedule check and its send-it worker), so
 * its worker asks no more often than that. Each poll is a statement on the partitioned job table (a
 * few ms of PostgreSQL's and the process's CPU): with 15 of 19 queues scheduled, an idle API used
 * ~61 ms of CPU a second polling every 2 s, ~24 ms with 30 s (bench README run 17). A job queued or
 * retried by this process wakes its worker at once either way (QueueService.send, retry).
 */
export function workerPollSeconds(
  definition: Pick<JobDefinition, 'schedule'>,
  polling: PollingSettings,
): number {
  const onDemand = polling.JOBS_POLL_SECONDS;
  return definition.schedule ? Math.max(onDemand, polling.JOBS_CRON_CHECK_SECONDS) : onDemand;
}

/** Waits until every promise settled or `ms` passed, whichever comes first. */
async function settleWithin(promises: Promise<unknown>[], ms: number): Promise<void> {
  if (promises.length === 0 || ms <= 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled(promises),
    new Promise<void>((resolve) => {
      timer = setTimeout(resolve, ms);
    }),
  ]);
  clearTimeout(timer);
}
