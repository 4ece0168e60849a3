import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the SMTP server received it, its parts decoded. */
export interface ReceivedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/**
 * A real SMTP server for the tests (the smtp-server package) that keeps what it receives. It can
 * refuse mails (`refuseAll`) or accept only the next `acceptOnly` of them, as a server that is
 * down or full does.
 */
export interface SmtpInbox {
  url: string;
  mails: ReceivedMail[];
  /** Refuse every mail (451) until set back. */
  refuseAll: boolean;
  /** When a number: accept that many more mails, then refuse. */
  acceptOnly: number | null;
  refused: number;
  /** Waits until `count` mails have arrived (or fails after `timeout` ms). */
  waitFor(count: number, timeout?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const inbox: SmtpInbox = {
    url: '',
    mails: [],
    refuseAll: false,
    acceptOnly: null,
    refused: 0,
    async waitFor(count, timeout = 20_000) {
      const until = Date.now() + timeout;
      while (inbox.mails.length < count) {
        if (Date.now() > until)
          throw new Error(`waited ${timeout} ms for ${count} mails, got ${inbox.mails.length}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return inbox.mails;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (inbox.refuseAll || inbox.acceptOnly === 0) {
          inbox.refused += 1;
          const error = Object.assign(new Error('Mailbox unavailable, try again later'), {
            responseCode: 451,
          });
          callback(error);
          return;
        }
        if (inbox.acceptOnly !== null) inbox.acceptOnly -= 1;
        const to = session.envelope.rcptTo.map((rcpt) => rcpt.address).join(',');
        inbox.mails.push({ to, ...parseMail(Buffer.concat(chunks).toString('latin1')) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  inbox.url = `smtp://127.0.0.1:${port}`;
  return inbox;
}

/** Subject, text and HTML of a MIME mail as nodemailer writes it (quoted-printable or base64 parts). */
function parseMail(raw: string): Omit<ReceivedMail, 'to'> {
  const [head] = raw.split(/\r?\n\r?\n/);
  const subjectLine = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1] ?? '';
  const subject = decodeWords(subjectLine.replace(/\r?\n[ \t]/g, ' '));
  return { subject, text: part(raw, 'text/plain'), html: part(raw, 'text/html') };
}

function part(raw: string, type: string): string {
  const start = raw.search(new RegExp(`Content-Type: ${type}`, 'i'));
  if (start < 0) return '';
  const rest = raw.slice(start);
  const [headers, ...body] = rest.split(/\r?\n\r?\n/);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1];
  const joined = body.join('\n\n');
  const content = boundary === undefined ? joined : joined.split(`--${boundary}`)[0];
  const encoding = /Content-Transfer-Encoding: (\S+)/i.exec(headers)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(content.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(content);
  return Buffer.from(content, 'latin1').toString('utf8');
}

function decodeQuotedPrintable(text: string): string {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < joined.length; i += 1) {
    if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
      bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(joined.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8').replace(/\r\n/g, '\n');
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=). */
function decodeWords(text: string): string {
  return text
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_all, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
    );
}
