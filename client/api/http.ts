import type { ErrorBody, ErrorDetail } from '../../src/contracts/errors.js';
import { getLang } from '../lib/i18n.js';

/**
 * The client's only way to the API. Requests carry the session cookie the server sets at
 * sign-in (HttpOnly, SameSite=Strict: scripts never see the token). Every failure becomes an
 * ApiError with the API's error body: `code`, `message`, `details` at their fields.
 */

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly details: ErrorDetail[];
  /** A 409's record as it is now (STALE_VERSION, VALUE_LOCKED…). */
  readonly current: unknown;

  constructor(body: ErrorBody) {
    super(body.message);
    this.name = 'ApiError';
    this.status = body.statusCode;
    this.code = body.code;
    this.details = body.details ?? [];
    this.current = body.current;
  }
}

/** No answer at all (offline, server down): status 0. */
export const NETWORK_ERROR = 'NETWORK_ERROR';

export type Query = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  query?: Query;
  body?: unknown;
  signal?: AbortSignal;
  /** Sent as X-Pusula-Reason: the "why" of the change in the audit trail. */
  reason?: string;
}

let unauthorizedHandler: ((error: ApiError) => void) | null = null;

/** Called on a 401 from any route but sign-in (the session ended): main.ts sends the user to #/login. */
export function onUnauthorized(handler: (error: ApiError) => void): void {
  unauthorizedHandler = handler;
}

export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return `/api${path}${search ? `?${search}` : ''}`;
}

/** A JSON request; answers the parsed body (undefined for 204) or throws ApiError. */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  // The UI language on every call: the server writes its messages in it (docs/api.md, Language).
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': getLang() };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.reason) headers['x-pusula-reason'] = encodeURIComponent(options.reason);
  let response: Response;
  try {
    response = await fetch(apiUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({ statusCode: 0, code: NETWORK_ERROR, message: String(error) });
  }
  const body = await readBody(response);
  if (!response.ok) throw failure(path, response.status, body);
  return body as T;
}

export const http = {
  get: <T>(path: string, options?: Omit<RequestOptions, 'body'>) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, { ...options, body }),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, { ...options, body }),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, { ...options, body }),
  delete: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

export interface TransferProgress {
  loaded: number;
  /** null when the size is unknown: show an indeterminate indicator. */
  total: number | null;
}

/**
 * The second entry point, for big uploads (plan documents, value imports): XMLHttpRequest,
 * because fetch reports no upload progress. `onProgress` gets the bytes sent so far.
 */
export function upload<T>(
  method: 'POST' | 'PUT',
  path: string,
  body: Blob | string,
  options: {
    contentType?: string;
    query?: Query;
    onProgress?: (progress: TransferProgress) => void;
    signal?: AbortSignal;
  } = {},
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, apiUrl(path, options.query));
    xhr.setRequestHeader('content-type', options.contentType ?? 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('accept-language', getLang());
    xhr.upload.onprogress = (event) =>
      options.onProgress?.({ loaded: event.loaded, total: event.lengthComputable ? event.total : null });
    xhr.onload = () => {
      const contentType = xhr.getResponseHeader('content-type') ?? '';
      const parsed = parseText(xhr.responseText, contentType);
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as T);
      else reject(failure(path, xhr.status, parsed));
    };
    xhr.onerror = () =>
      reject(new ApiError({ statusCode: 0, code: NETWORK_ERROR, message: 'network error' }));
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'));
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(body);
  });
}

/** How a screen asks for a file: in which language, with progress, cancellable. */
export interface DownloadOptions {
  lang?: 'tr' | 'en';
  onProgress?: (progress: TransferProgress) => void;
  signal?: AbortSignal;
}

export interface DownloadedFile {
  blob: Blob;
  /** The name the server gave the file (Content-Disposition), if any. */
  filename: string | null;
}

/**
 * A file from the API (Excel reports) with download progress; answers the file as a Blob and
 * the name the server gave it (Content-Disposition), for lib/download.ts to save.
 */
export async function download(
  path: string,
  options: DownloadOptions & { query?: Query } = {},
): Promise<DownloadedFile> {
  const response = await fetch(apiUrl(path, options.query), {
    headers: { 'accept-language': getLang() },
    credentials: 'same-origin',
    signal: options.signal,
  });
  if (!response.ok) throw failure(path, response.status, await readBody(response));
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body?.getReader();
  if (reader) {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.byteLength;
      options.onProgress?.({ loaded, total });
    }
  }
  const disposition = response.headers.get('content-disposition') ?? '';
  const name =
    /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1] ?? /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return {
    blob: new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? undefined }),
    filename: name ? decodeURIComponent(name) : null,
  };
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  return parseText(await response.text(), response.headers.get('content-type') ?? '');
}

function parseText(text: string, contentType: string): unknown {
  if (!text) return undefined;
  if (!contentType.includes('json')) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function failure(path: string, status: number, body: unknown): ApiError {
  const error = isErrorBody(body)
    ? new ApiError(body)
    : new ApiError({
        statusCode: status,
        code: `HTTP_${status}`,
        message: typeof body === 'string' && body ? body : `HTTP ${status}`,
      });
  if (status === 401 && path !== '/auth/login') unauthorizedHandler?.(error);
  return error;
}

function isErrorBody(body: unknown): body is ErrorBody {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ErrorBody).code === 'string' &&
    typeof (body as ErrorBody).message === 'string'
  );
}
