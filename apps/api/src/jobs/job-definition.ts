/** What a running job knows about itself. */
export interface JobContext {
  readonly id: string;
  /** Attempts before this one (0 on the first). */
  readonly retryCount: number;
  /** Attempts after the first that the queue allows; `retryCount === retryLimit` is the last try. */
  readonly retryLimit: number;
}

/** How a job's queue behaves: one queue per job name, created (and updated) at start-up. */
export interface JobDefinition<TData extends object = object> {
  /** Queue name, `<feature>.<verb>` (e.g. `mail.deliver`). */
  readonly name: string;
  /**
   * `stately`: at most one job per singleton key waiting and one running (the same key is never
   * queued twice); `standard`: no such limit.
   */
  readonly policy: 'standard' | 'stately';
  /** Attempts after the first; then the job stays `failed` (visible to platform admins, retryable). */
  readonly retryLimit: number;
  /** First wait before a retry; with `retryBackoff` each further wait is about twice as long. */
  readonly retryDelaySeconds: number;
  readonly retryBackoff: boolean;
  /** A run that takes longer fails (and is retried like any other failure). */
  readonly timeoutSeconds: number;
  /** A cron line in Europe/Helsinki time: the queue gets one job per tick across all processes. */
  readonly schedule?: string;
  /** Does the work. Throwing fails this attempt; the queue retries it with the backoff above. */
  handle(data: TData, context: JobContext): Promise<void>;
}
