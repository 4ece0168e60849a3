import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import type { ComposedMail } from './mail-composer.js';

/**
 * The transport URL of PUSULA_SMTP_URL: pooled (nodemailer keeps its connection to the server
 * open for the mails that follow) unless the URL says `pool=false`. A delivery run sends mail
 * after mail; a new SMTP conversation for each one costs several round trips (about ten times a
 * pooled mail in the bench, docs/performance.md).
 */
export function transportUrl(url: string): string {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('pool')) parsed.searchParams.set('pool', 'true');
  return parsed.toString();
}

/** Hands mails to the SMTP server of PUSULA_SMTP_URL (nodemailer); absent, there is no e-mail at all. */
@Injectable()
export class Mailer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtp ? nodemailer.createTransport(transportUrl(config.smtp.url)) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  onApplicationBootstrap(): void {
    if (this.transport) this.logger.log('E-mail notifications: on (PUSULA_SMTP_URL)');
    else
      this.logger.log(
        'E-mail notifications: off, PUSULA_SMTP_URL is not set; notifications are shown in the app only',
      );
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }

  /** Sends one mail; rejects when the server refuses or cannot be reached (the job retries). */
  async send(to: string, mail: ComposedMail): Promise<void> {
    if (!this.transport || !this.config.smtp) throw new Error('SMTP is not configured');
    await this.transport.sendMail({ from: this.config.smtp.from, to, ...mail });
  }
}
