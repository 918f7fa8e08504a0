import { type MailContent, type MailLanguage } from './mail-layout';

export type InvitedRole =
  'COORDINATOR' | 'ORG_ADMIN' | 'ORG_EDITOR' | 'PROFESSIONAL' | 'REPORT_VIEWER';

const ROLE_NAMES: Readonly<Record<InvitedRole, Record<MailLanguage, string>>> = {
  COORDINATOR: {
    fi: 'verkoston koordinaattori',
    sv: 'nätverkets koordinator',
    en: 'network coordinator',
  },
  ORG_ADMIN: {
    fi: 'järjestön pääkäyttäjä',
    sv: 'organisationens huvudanvändare',
    en: 'organisation administrator',
  },
  ORG_EDITOR: {
    fi: 'järjestön palvelutietojen ylläpitäjä',
    sv: 'redaktör för organisationens tjänster',
    en: 'organisation editor',
  },
  PROFESSIONAL: { fi: 'ammattilainen', sv: 'yrkesverksam', en: 'professional' },
  REPORT_VIEWER: {
    fi: 'tulosten lukija (ohjausryhmä tai rahoittaja)',
    sv: 'läsare av resultaten (styrgrupp eller finansiär)',
    en: 'results reader (steering group or funder)',
  },
};

export interface InvitationParams {
  readonly link: string;
  readonly role: InvitedRole;
  /** The network's or organisation's name. */
  readonly scopeName: string;
  readonly validHours: number;
}

export function invitationContent(p: InvitationParams, language: MailLanguage): MailContent {
  const role = ROLE_NAMES[p.role][language];
  switch (language) {
    case 'fi':
      return {
        subject: 'Kutsu Linjaan',
        paragraphs: [
          `Sinut on kutsuttu Linjaan: ${role}, ${p.scopeName}.`,
          `Linkki on voimassa ${p.validHours} tuntia ja toimii kerran.`,
        ],
        action: { label: 'Hyväksy kutsu', href: p.link },
        footer: ['Jos et odottanut kutsua, voit jättää viestin huomiotta.'],
      };
    case 'sv':
      return {
        subject: 'Inbjudan till Linja',
        paragraphs: [
          `Du har bjudits in till Linja: ${role}, ${p.scopeName}.`,
          `Länken gäller i ${p.validHours} timmar och kan användas en gång.`,
        ],
        action: { label: 'Godkänn inbjudan', href: p.link },
        footer: ['Om du inte väntade dig inbjudan kan du lämna meddelandet obeaktat.'],
      };
    case 'en':
      return {
        subject: 'Invitation to Linja',
        paragraphs: [
          `You have been invited to Linja: ${role}, ${p.scopeName}.`,
          `The link is valid for ${p.validHours} hours and works once.`,
        ],
        action: { label: 'Accept the invitation', href: p.link },
        footer: ['If you did not expect this invitation, you can ignore this message.'],
      };
  }
}

export interface PasswordResetParams {
  readonly link: string;
  readonly validMinutes: number;
}

export function passwordResetContent(p: PasswordResetParams, language: MailLanguage): MailContent {
  switch (language) {
    case 'fi':
      return {
        subject: 'Salasanan vaihto',
        paragraphs: [
          'Linja-tunnuksesi salasanan vaihtoa pyydettiin.',
          `Linkki on voimassa ${p.validMinutes} minuuttia ja toimii kerran.`,
        ],
        action: { label: 'Vaihda salasana', href: p.link },
        footer: ['Jos et pyytänyt vaihtoa, jätä viesti huomiotta: salasanasi ei muutu.'],
      };
    case 'sv':
      return {
        subject: 'Byte av lösenord',
        paragraphs: [
          'Någon bad om att byta lösenordet till ditt Linja-konto.',
          `Länken gäller i ${p.validMinutes} minuter och kan användas en gång.`,
        ],
        action: { label: 'Byt lösenord', href: p.link },
        footer: ['Om du inte bad om det, lämna meddelandet obeaktat: ditt lösenord ändras inte.'],
      };
    case 'en':
      return {
        subject: 'Password reset',
        paragraphs: [
          'Someone asked to reset the password of your Linja account.',
          `The link is valid for ${p.validMinutes} minutes and works once.`,
        ],
        action: { label: 'Set a new password', href: p.link },
        footer: ['If you did not ask for this, ignore this message: your password stays the same.'],
      };
  }
}
