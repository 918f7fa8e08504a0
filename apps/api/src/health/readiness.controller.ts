import { Controller, Get, HttpStatus, Inject, Res } from '@nestjs/common';
import {
  type Database,
  DEFAULT_MIGRATIONS_DIR,
  pendingMigrations,
  readMigrationFiles,
} from '@linja/db';
import { type Response } from 'express';

import { DATABASE } from '../database/database.tokens';

export interface ReadinessReport {
  status: 'ready' | 'not-ready';
  database: 'up' | 'down';
  /** Migrations of prisma/migrations the database has not applied (absent when it is down). */
  pendingMigrations?: number;
}

/** How long the readiness query may take before the database counts as down. */
const DEADLINE_MS = 2000;

/**
 * Readiness (`GET /ready`): 200 when the database answers and has every migration this build ships
 * applied, else 503 — a load balancer sends traffic only to a ready process, e.g. not to a new
 * version started with DB_MIGRATE_ON_START=false before `npm run db:migrate` ran. Liveness stays
 * `GET /health` (the process and its database answer). Neither needs a session; neither says more
 * than this.
 */
@Controller('ready')
export class ReadinessController {
  private migrationNames: Promise<string[]> | undefined;

  constructor(@Inject(DATABASE) private readonly database: Database) {}

  @Get()
  async check(@Res({ passthrough: true }) response: Response): Promise<ReadinessReport> {
    response.setHeader('Cache-Control', 'no-store');
    const pending = await this.pendingCount();
    if (pending === undefined) {
      response.status(HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'not-ready', database: 'down' };
    }
    if (pending > 0) response.status(HttpStatus.SERVICE_UNAVAILABLE);
    return {
      status: pending > 0 ? 'not-ready' : 'ready',
      database: 'up',
      pendingMigrations: pending,
    };
  }

  /** Pending migrations, or undefined when the database does not answer in time. */
  private async pendingCount(): Promise<number | undefined> {
    // The files do not change while the process runs: read their names once.
    this.migrationNames ??= readMigrationFiles(DEFAULT_MIGRATIONS_DIR).then((files) =>
      files.map((file) => file.name),
    );
    const names = await this.migrationNames;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => {
        resolve(undefined);
      }, DEADLINE_MS);
    });
    const query = this.database
      .withConnection((connection) => pendingMigrations(connection, names))
      .then((pending) => pending.length)
      .catch(() => undefined);
    try {
      return await Promise.race([query, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
