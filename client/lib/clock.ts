/**
 * The server's clock as the client knows it: the offset between the server's instant (GET
 * /api/today) and the browser's, so that "today" (lateness, days remaining) is the server's
 * Istanbul day even when the browser's clock is wrong. Zero until the server has answered.
 */
let offsetMs = 0;

/** Remembers the server's instant `serverNow` (ISO 8601), read at the browser's `at`. */
export function setServerNow(serverNow: string, at: number = Date.now()): void {
  const server = Date.parse(serverNow);
  if (!Number.isNaN(server)) offsetMs = server - at;
}

/** The current instant on the server's clock. */
export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}
