import type { TodayResponse } from '../../src/contracts/today.js';
import { setServerNow } from '../lib/clock.js';
import { http } from './http.js';

/** Reads the server's clock once (GET /api/today); the client's "today" follows it from then on. */
export async function syncServerClock(signal?: AbortSignal): Promise<TodayResponse> {
  const answer = await http.get<TodayResponse>('/today', { signal });
  setServerNow(answer.now);
  return answer;
}
