/**
 * JSON request bodies: the nesting limit checked while a body is parsed, before any validation
 * (the parser is registered in app.setup.ts around Fastify's own, which keeps refusing
 * `__proto__` and `constructor.prototype`), and the raw bytes of a large body kept beside its
 * parsed value for work done again from the bytes in a worker thread (`rawJsonOf`).
 */
import { AppError } from './app-error.js';

/**
 * The deepest nesting of objects and arrays a JSON body may have. The deepest body the API takes,
 * a plan document (document → plan → aims → aim → targets → target → indicators → indicator →
 * values → value), nests 10 levels (json-body.spec.ts measures the demo plans); 32 leaves more
 * than three times that, and stays far below the depth at which validating a body would
 * overflow the stack (about 2,000 levels did).
 */
export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

/**
 * The nesting depth of JSON text given as UTF-8 bytes: objects and arrays opened outside strings
 * (no byte of a multi-byte UTF-8 character is a quote, a backslash or a bracket). Stops as soon
 * as the depth passes `limit`, so a 10 MiB run of `[` costs nothing. Text that is not JSON gets
 * a number too; the parser refuses it afterwards.
 */
export function jsonDepth(bytes: Uint8Array, limit = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index];
    if (inString) {
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return deepest;
}

/** 400 JSON_TOO_DEEP: the body nests deeper than MAX_JSON_DEPTH. */
export function jsonTooDeep(limit = MAX_JSON_DEPTH): AppError {
  return new AppError(400, 'JSON_TOO_DEEP', { limit });
}

/** Bodies from this size on keep their bytes beside their parsed value (`rawJsonOf`). */
export const LARGE_JSON_BYTES = 256 * 1024;

const rawBodies = new WeakMap<object, Buffer>();

/** Keeps the bytes of a large body for `rawJsonOf`; a smaller one, or a primitive, keeps nothing. */
export function keepRawJson(value: unknown, bytes: Buffer): void {
  if (bytes.length >= LARGE_JSON_BYTES && typeof value === 'object' && value !== null) {
    rawBodies.set(value, bytes);
  }
}

/**
 * The bytes a large JSON body was parsed from (at least LARGE_JSON_BYTES), or undefined. A worker
 * thread parses these bytes again faster than the parsed value could be copied to it
 * (structured cloning of a 7 MiB document costs more than JSON.parse of its text).
 */
export function rawJsonOf(value: unknown): Buffer | undefined {
  return typeof value === 'object' && value !== null ? rawBodies.get(value) : undefined;
}
