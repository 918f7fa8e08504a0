/** The languages Linja mails in: the recipient's own. */
export type MailLanguage = 'fi' | 'sv' | 'en';

export const MAIL_LANGUAGES: readonly MailLanguage[] = ['fi', 'sv', 'en'];

/** A mail's content as data: the plain-text and the HTML part are both made from it. */
export interface MailContent {
  readonly subject: string;
  readonly paragraphs: readonly string[];
  /** The one action the mail asks for (a button in HTML, the bare address in plain text). */
  readonly action?: { readonly label: string; readonly href: string };
  /** A list of links (e.g. the services due for a check). */
  readonly items?: readonly { readonly label: string; readonly href: string }[];
  /** Small print under the content (why the mail came, how to stop it). */
  readonly footer: readonly string[];
  /**
   * Files sent with the mail, made from the template's parameters (the outbox stores parameters,
   * not bodies, so a file travels in them, e.g. an event's `.ics` text).
   */
  readonly attachments?: readonly MailAttachment[];
}

/** A file sent with a mail (the same shape as mail.service.ts's MailAttachment). */
export interface MailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: string;
}

export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
  readonly attachments?: readonly MailAttachment[];
}

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Every value put into the HTML part goes through this (names come from people's input). */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function textPart(content: MailContent): string {
  const blocks = [
    ...content.paragraphs,
    ...(content.items
      ? [content.items.map((item) => `- ${item.label}\n  ${item.href}`).join('\n')]
      : []),
    ...(content.action ? [`${content.action.label}:\n${content.action.href}`] : []),
    ...(content.footer.length > 0 ? [`--\n${content.footer.join('\n')}`] : []),
  ];
  return `${blocks.join('\n\n')}\n`;
}

function htmlPart(content: MailContent, language: MailLanguage): string {
  const paragraphs = content.paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`);
  const items = content.items
    ? [
        `<ul>${content.items
          .map(
            (item) => `<li><a href="${escapeHtml(item.href)}">${escapeHtml(item.label)}</a></li>`,
          )
          .join('')}</ul>`,
      ]
    : [];
  const action = content.action
    ? [
        `<p><a href="${escapeHtml(content.action.href)}" style="display:inline-block;padding:10px 16px;background:#1c5d99;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(content.action.label)}</a></p>`,
      ]
    : [];
  const footer = content.footer.map(
    (text) => `<p style="color:#555555;font-size:13px">${escapeHtml(text)}</p>`,
  );
  return [
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a">',
    ...paragraphs,
    ...items,
    ...action,
    ...(footer.length > 0 ? ['<hr>', ...footer] : []),
    '</body></html>',
  ].join('\n');
}

export function renderContent(content: MailContent, language: MailLanguage): RenderedMail {
  return {
    subject: content.subject,
    text: textPart(content),
    html: htmlPart(content, language),
    ...(content.attachments?.length ? { attachments: content.attachments } : {}),
  };
}
