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

/** Hands mails to the SMTP server of PUSULA_SMTP_URL (nodemailer); absent, there is no e-mail at all. */
@Injectable()
export class Mailer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Notifications');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.smtp ? nodemailer.createTransport(config.smtp.url) : null;
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
