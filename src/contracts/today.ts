/** GET /api/today: the server's clock, so a client judges lateness and days remaining on the server's day. */
export interface TodayResponse {
  /** Today in Europe/Istanbul (YYYY-MM-DD). */
  date: string;
  /** The server's current instant (ISO 8601). */
  now: string;
}
