/** How much of a value sent by a client an error message repeats (a UUID is 36 characters). */
export const ECHO_MAX_CHARS = 64;
/** How much of a client's value, or of an error message, reaches a log line. */
export const LOG_MAX_CHARS = 200;

/**
 * `text` when it has at most `max` characters; otherwise its first `max` characters and
 * `…(N chars)`, so no message or log line repeats a huge input whole (never splitting a surrogate
 * pair).
 */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…(${text.length} chars)`;
}

/** A client's value as an error message may repeat it: clipped to ECHO_MAX_CHARS. */
export function echoInput(value: string): string {
  return clipText(value, ECHO_MAX_CHARS);
}

/** A client's value, or a message that may contain one, as a log line may carry it. */
export function clipForLog(text: string): string {
  return clipText(text, LOG_MAX_CHARS);
}

// eslint-disable-next-line no-control-regex -- finding NUL is the point
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why PostgreSQL cannot store `text` as sent, if it cannot: a NUL character (text columns refuse it)
 * or a UTF-16 surrogate without its pair (not a character; UTF-8 encoding would silently replace it).
 */
export function unstorableCharacter(
  text: string,
): 'a NUL character' | 'an unpaired UTF-16 surrogate' | undefined {
  if (NUL.test(text)) return 'a NUL character';
  if (LONE_SURROGATE.test(text)) return 'an unpaired UTF-16 surrogate';
  return undefined;
}
