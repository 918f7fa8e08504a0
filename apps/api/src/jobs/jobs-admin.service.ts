import { Injectable } from '@nestjs/common';
import { PrismaClient } from '@linja/db';

import { type Actor } from '../auth/actor';
import { AuthorizationService } from '../authz/authorization.service';
import { DomainError } from '../common/errors/domain-error';
import { isUuid } from '../common/ids/is-uuid';
import { type Connection, toConnection } from '../common/pagination/connection.model';
import { cursorPart, toPageRequest } from '../common/pagination/cursor';
import { type PaginationArgs } from '../common/pagination/pagination.args';
import { JobRegistry } from './job-registry';
import { type FailedJobModel, type JobQueueModel } from './models/job.models';
import { QueueService } from './queue.service';

const NIL_UUID = '00000000-0000-0000-0000-000000000000';

interface StateCount {
  name: string;
  state: string;
  count: number;
}

interface FailedRow {
  id: string;
  name: string;
  output: unknown;
  retry_count: number;
  created_on: Date;
  completed_on: Date;
}

/** pg-boss stores a failure as `{ message, stack, … }` (or `{ value: … }` for other throwables). */
function errorMessage(output: unknown): string {
  if (output && typeof output === 'object') {
    const record = output as Record<string, unknown>;
    if (typeof record.message === 'string') return record.message;
    if (record.value !== undefined) return errorMessage(record.value);
  }
  return typeof output === 'string' ? output : 'unknown error';
}

/** What platform admins see of the queue and may do with it (the admin app's Jobs page). */
@Injectable()
export class JobsAdminService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly authz: AuthorizationService,
    private readonly registry: JobRegistry,
    private readonly queue: QueueService,
  ) {}

  /** Counts by state of every registered queue (a fixed, short list: one row per job kind). */
  async queues(actor: Actor): Promise<JobQueueModel[]> {
    // Checked against an empty scope: only a grant that covers every scope (platform admin) passes.
    this.authz.assert(actor, 'jobs.manage', {});
    const counts = await this.prisma.$queryRaw<StateCount[]>`
      SELECT name, state::text AS state, count(*)::int AS count
      FROM pgboss.job WHERE name NOT LIKE '\\_\\_pgboss%' GROUP BY name, state`;
    return this.registry.all().map((definition) => {
      const of = (state: string) =>
        counts.find((row) => row.name === definition.name && row.state === state)?.count ?? 0;
      return {
        name: definition.name,
        created: of('created'),
        retry: of('retry'),
        active: of('active'),
        completed: of('completed'),
        failed: of('failed'),
        schedule: definition.schedule ?? null,
      };
    });
  }

  /** Failed jobs, most recently failed first. */
  async failedJobs(actor: Actor, args: PaginationArgs): Promise<Connection<FailedJobModel>> {
    this.authz.assert(actor, 'jobs.manage', {});
    const page = toPageRequest(args, [cursorPart.timestamp, cursorPart.uuid]);
    const [afterAt, afterId] = page.after ?? [];
    const after = page.after === undefined ? null : new Date(String(afterAt));
    const [rows, total] = await Promise.all([
      this.prisma.$queryRaw<FailedRow[]>`
        SELECT id::text AS id, name, output, retry_count, created_on,
          date_trunc('milliseconds', completed_on) AS completed_on
        FROM pgboss.job
        WHERE state = 'failed'
          AND (${after}::timestamptz IS NULL
               OR (date_trunc('milliseconds', completed_on), id)
                  < (${after}::timestamptz, ${afterId ?? NIL_UUID}::uuid))
        ORDER BY date_trunc('milliseconds', completed_on) DESC, id DESC
        LIMIT ${page.take + 1}`,
      this.prisma.$queryRaw<[{ count: number }]>`
        SELECT count(*)::int AS count FROM pgboss.job WHERE state = 'failed'`,
    ]);
    return toConnection(
      rows,
      page,
      total[0].count,
      (row) => [row.completed_on.toISOString(), row.id],
      (row) => ({
        id: row.id,
        queue: row.name,
        error: errorMessage(row.output).slice(0, 1000),
        attempts: row.retry_count + 1,
        createdAt: row.created_on,
        failedAt: row.completed_on,
      }),
    );
  }

  /** Puts a failed job back in its queue for one more attempt. */
  async retryJob(actor: Actor, id: string): Promise<FailedJobModel> {
    this.authz.assert(actor, 'jobs.manage', {});
    const notFound = new DomainError('NOT_FOUND', 'No failed job has this id.', { field: 'id' });
    if (!isUuid(id)) throw notFound;
    const [row] = await this.prisma.$queryRaw<FailedRow[]>`
      SELECT id::text AS id, name, output, retry_count, created_on, completed_on
      FROM pgboss.job WHERE id = ${id}::uuid AND state = 'failed'`;
    if (!row) throw notFound;
    await this.queue.retry(row.name, row.id);
    return {
      id: row.id,
      queue: row.name,
      error: errorMessage(row.output).slice(0, 1000),
      attempts: row.retry_count + 1,
      createdAt: row.created_on,
      failedAt: row.completed_on,
    };
  }
}
