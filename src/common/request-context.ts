import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../database/actor.js';

interface RequestContext {
  actor: Actor | null;
  /** The X-Pusula-Reason header: why a change is made, kept in the audit trail. */
  reason: string | null;
  /**
   * The caller's session token, parsed (set by the auth guard beside `actor`): what setActor hands
   * to the database, which names the actor only after checking it. Never logged.
   */
  session?: SessionToken | null;
}

export interface SessionToken {
  sessionId: string;
  secret: string;
}

/** One store per HTTP request (opened by a Fastify hook in app.setup.ts, filled by the auth guard). */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export function currentActor(): Actor | null {
  return requestContext.getStore()?.actor ?? null;
}

export function currentSession(): SessionToken | null {
  return requestContext.getStore()?.session ?? null;
}

export function currentReason(): string | null {
  return requestContext.getStore()?.reason ?? null;
}

export function decodeReason(header: string | string[] | undefined): string | null {
  const raw = Array.isArray(header) ? header[0] : header;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw).slice(0, 2000);
  } catch {
    return raw.slice(0, 2000);
  }
}
