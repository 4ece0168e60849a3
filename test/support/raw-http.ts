import { connect, type Socket } from 'node:net';

/** What came back on a raw connection: the status, headers and body of the first answer, and when it closed. */
export interface RawAnswer {
  status: number | null;
  headers: Record<string, string>;
  body: unknown;
  /** Milliseconds from connecting until the server closed the connection (null: still open at the deadline). */
  closedAfter: number | null;
}

/**
 * Talks HTTP/1.1 over a bare socket, for what fetch cannot send: headers byte by byte, a body
 * that never ends, a request line of 100 KiB. `talk` writes on the socket (and may keep writing
 * after it returns); the answer is read until the server closes the connection or `deadlineMs`
 * passes.
 */
export function rawHttp(
  baseUrl: string,
  talk: (socket: Socket) => void,
  deadlineMs = 10_000,
): Promise<RawAnswer> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const started = Date.now();
    const chunks: Buffer[] = [];
    let settled = false;
    const socket = connect(Number(url.port), url.hostname, () => talk(socket));
    const finish = (closed: boolean): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      resolve({ ...parseAnswer(Buffer.concat(chunks)), closedAfter: closed ? Date.now() - started : null });
    };
    const timer = setTimeout(() => finish(false), deadlineMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('close', () => finish(true));
    // A reset after the answer is a close like any other here.
    socket.on('error', () => undefined);
  });
}

function parseAnswer(raw: Buffer): Omit<RawAnswer, 'closedAfter'> {
  const text = raw.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  if (!text.startsWith('HTTP/1.1 ') || end < 0) return { status: null, headers: {}, body: text };
  const [statusLine, ...lines] = text.slice(0, end).split('\r\n');
  const headers = Object.fromEntries(
    lines.map((line) => {
      const colon = line.indexOf(':');
      return [line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim()];
    }),
  );
  const length = Number(headers['content-length'] ?? Number.NaN);
  const bodyText = Number.isNaN(length)
    ? text.slice(end + 4)
    : raw
        .subarray(
          Buffer.byteLength(text.slice(0, end + 4)),
          Buffer.byteLength(text.slice(0, end + 4)) + length,
        )
        .toString('utf8');
  let body: unknown = bodyText;
  if ((headers['content-type'] ?? '').includes('json')) {
    try {
      body = JSON.parse(bodyText) as unknown;
    } catch {
      body = bodyText;
    }
  }
  return { status: Number(statusLine.split(' ')[1]), headers, body };
}

/** Writes `text` one byte every `everyMs` until it is all sent or the socket closes. */
export function trickle(socket: Socket, text: string, everyMs: number): void {
  let index = 0;
  const timer = setInterval(() => {
    if (socket.destroyed || index >= text.length) {
      clearInterval(timer);
      return;
    }
    socket.write(text[index]);
    index += 1;
  }, everyMs);
  socket.once('close', () => clearInterval(timer));
}
