/** A file with more services than this is committed by a background job (smaller ones at once). */
export const SERVICE_IMPORT_JOB_THRESHOLD = 100;
/** Records one batch of the job commits in one transaction (and reports as progress). */
export const SERVICE_IMPORT_BATCH_SIZE = 50;
/** The job's queue. */
export const SERVICE_IMPORT_JOB = 'service-import.commit';
/** Error rows kept on a run for its report (a file has at most MAX_IMPORT_ROWS records). */
export const MAX_RUN_ERROR_ROWS = 1000;
