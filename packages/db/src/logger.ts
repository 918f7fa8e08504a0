/**
 * The slice of a pino logger that the data layer writes to. The API passes its request-independent
 * pino logger; the CLI scripts make their own. Keeping it an interface keeps pino out of the library code.
 */
export interface DbLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export const SILENT_LOGGER: DbLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
