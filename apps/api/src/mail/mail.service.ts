import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { Transporter } from 'nodemailer';

import { AppConfig } from '../config/app-config';

/** One e-mail: plain text always, HTML optionally. */
export interface MailMessage {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  /** The Message-ID header (an outbox mail keeps one across attempts). */
  readonly messageId?: string;
  /** Files sent with the mail (e.g. an event's `.ics`). */
  readonly attachments?: readonly MailAttachment[];
}

/** A file sent with a mail: small text content made by the template (e.g. `text/calendar`). */
export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

/** Pages of the admin that a mailed link opens; the token goes in the query string. */
export type MailLinkPath = '/admin/accept-invitation' | '/admin/reset-password';

/** Any page of the admin (a service's page, the settings), linked from a notice or digest. */
export type AdminPath = `/admin/${string}`;

/** A page of the public portal (`/<network slug>/…`), e.g. an event's sign-up cancel page. */
export type PortalPath = `/${string}`;

interface MailTransport {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Upper bounds for one SMTP exchange, so a stuck mail server cannot hold a request for minutes. */
const SMTP_TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/**
 * Sends through SMTP_URL. nodemailer (~40 modules) is loaded with the first message, not at every
 * process start.
 */
function smtpTransport(url: string, from: string, logger: Logger): MailTransport {
  let opening: Promise<Transporter> | null = null;
  const transporter = () =>
    (opening ??= import('nodemailer').then(({ createTransport }) =>
      createTransport({ url, ...SMTP_TIMEOUTS }, { from }),
    ));
  return {
    async send(message) {
      const smtp = await transporter();
      const info = await smtp.sendMail({
        ...message,
        attachments: message.attachments?.map((file) => ({ ...file })),
      });
      logger.log({ messageId: info.messageId, msg: 'mail sent' });
    },
    close() {
      void opening?.then((smtp) => {
        smtp.close();
      });
    },
  };
}

/**
 * Without SMTP_URL nothing is sent. Development and tests get the message (recipient, subject and the
 * body with its link) in the log, so invitations and resets can be tried locally. Production logs
 * neither the recipient nor the body: a link in the log would let log readers take over accounts.
 */
function logTransport(logger: Logger, includeMessage: boolean): MailTransport {
  return {
    send(message) {
      if (includeMessage) {
        logger.log({
          to: message.to,
          subject: message.subject,
          text: message.text,
          msg: 'mail not sent (SMTP_URL is not set); the message follows',
        });
      } else {
        logger.error({ msg: 'mail not sent: SMTP_URL is not set' });
      }
      return Promise.resolve();
    },
    close() {
      // nothing to close
    },
  };
}

/** Sends e-mail over SMTP (SMTP_URL), or writes it to the log in development. */
@Injectable()
export class MailService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: MailTransport;

  constructor(private readonly config: AppConfig) {
    const { SMTP_URL, MAIL_FROM } = config.env;
    this.transport = SMTP_URL
      ? smtpTransport(SMTP_URL, MAIL_FROM, this.logger)
      : logTransport(this.logger, !config.isProduction);
  }

  onModuleInit(): void {
    if (this.config.isProduction && !this.config.env.SMTP_URL) {
      this.logger.warn({
        msg: 'SMTP_URL is not set: invitation and password reset e-mails will not be delivered',
      });
    }
  }

  onModuleDestroy(): void {
    this.transport.close();
  }

  /** An absolute link into the admin, built from PUBLIC_BASE_URL (never from the request's Host). */
  link(path: MailLinkPath, token: string): string {
    const url = new URL(`${this.config.env.PUBLIC_BASE_URL}${path}`);
    url.searchParams.set('token', token);
    return url.toString();
  }

  /** An absolute link to a page of the admin, built from PUBLIC_BASE_URL. */
  adminLink(path: AdminPath): string {
    return new URL(`${this.config.env.PUBLIC_BASE_URL}${path}`).toString();
  }

  /**
   * An absolute link to a page of the portal, built from PUBLIC_BASE_URL; `query` values go in the
   * query string (a cancel link's token).
   */
  portalLink(path: PortalPath, query: Record<string, string> = {}): string {
    const url = new URL(`${this.config.env.PUBLIC_BASE_URL}${path}`);
    for (const [key, value] of Object.entries(query)) url.searchParams.set(key, value);
    return url.toString();
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.send(message);
  }
}
