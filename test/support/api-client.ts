import type { ErrorBody } from '../../src/contracts/errors.js';

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/** A typed, tiny HTTP client over fetch for the e2e tests. */
export class ApiClient {
  constructor(
    private readonly baseUrl: string,
    /** Sent as Authorization: Bearer on every request; none for an anonymous client. */
    readonly token: string | null = null,
  ) {}

  /** The same client signed in with another token (or anonymous with null). */
  as(token: string | null): ApiClient {
    return new ApiClient(this.baseUrl, token);
  }

  /** `headers`: extra request headers, e.g. Accept-Language. */
  get<T = unknown>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>> {
    return headers ? this.send<T>('GET', path, { headers }) : this.request<T>('GET', path);
  }

  post<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('POST', path, body);
  }

  put<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.request<T>('PUT', path, body);
  }

  /** `headers`: extra request headers, e.g. X-Pusula-Reason. */
  patch<T = unknown>(
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<ApiResponse<T>> {
    return this.request<T>('PATCH', path, body, headers);
  }

  delete<T = unknown>(path: string): Promise<ApiResponse<T>> {
    return this.request<T>('DELETE', path);
  }

  /** Sends a body as given (malformed JSON, huge bodies, other content types). */
  raw<T = ErrorBody>(
    method: string,
    path: string,
    body: string,
    contentType = 'application/json',
  ): Promise<ApiResponse<T>> {
    return this.send<T>(method, path, { body, headers: { 'content-type': contentType } });
  }

  /** A GET answered as raw bytes (a workbook, a CSV with its byte-order mark), whatever the content type. */
  async download(path: string): Promise<ApiResponse<Buffer>> {
    const response = await fetch(`${this.baseUrl}${path}`, { headers: this.authorization() });
    return {
      status: response.status,
      body: Buffer.from(await response.arrayBuffer()),
      headers: response.headers,
    };
  }

  request<T>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<ApiResponse<T>> {
    return this.send<T>(
      method,
      path,
      body === undefined
        ? { headers }
        : { body: JSON.stringify(body), headers: { ...headers, 'content-type': 'application/json' } },
    );
  }

  private async send<T>(
    method: string,
    path: string,
    init: { body?: string; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>> {
    const headers = { ...(init.headers ?? {}), ...this.authorization() };
    const response = await fetch(`${this.baseUrl}${path}`, { method, ...init, headers });
    const text = await response.text();
    const isJson = (response.headers.get('content-type') ?? '').includes('json');
    return {
      status: response.status,
      body: (isJson && text ? JSON.parse(text) : text) as T,
      headers: response.headers,
    };
  }

  private authorization(): Record<string, string> {
    return this.token ? { authorization: `Bearer ${this.token}` } : {};
  }
}
