import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../database/actor.js';
import type { Lang } from '../contracts/validation.js';

interface RequestContext {
  actor: Actor | null;
  /** The X-Pusula-Reason header: why a change is made, kept in the audit trail. */
  reason: string | null;
  /**
   * The caller's session token, parsed (set by the auth guard beside `actor`): what setActor hands
   * to the database, which names the actor only after checking it. Never logged.
   */
  session?: SessionToken | null;
  /** The caller's language, read once per request from ?lang= or Accept-Language (requestLang). */
  lang?: Lang;
  /**
   * The write stamp cookie the client sent (database/replica-routing.ts): the primary's WAL position
   * after its last write, so that its lag-tolerant reads wait for the replica to hold that write.
   */
  writeStamp?: string | null;
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

export function currentWriteStamp(): string | null {
  return requestContext.getStore()?.writeStamp ?? null;
}

/** The language of the current request's messages; Turkish outside a request. */
export function currentLang(): Lang {
  return requestContext.getStore()?.lang ?? 'tr';
}

/**
 * The language a request asks for: `?lang=tr|en` first, else the first of Accept-Language's
 * tags (by q) that is Turkish or English; Turkish otherwise.
 */
export function requestLang(query: unknown, acceptLanguage: string | string[] | undefined): Lang {
  const asked = (query as Record<string, unknown> | null | undefined)?.lang;
  if (asked === 'en' || asked === 'tr') return asked;
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...options] = part.trim().toLowerCase().split(';');
      const q = options.map((option) => /^\s*q=([\d.]+)\s*$/.exec(option)?.[1]).find(Boolean);
      return { primary: tag.split('-')[0].trim(), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => (entry.primary === 'tr' || entry.primary === 'en') && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.length > 0 ? (ranked[0].primary as Lang) : 'tr';
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
