import { type MailMessage } from '../mail/mail.service';

/** A text in the three languages of the mails, Finnish first. */
export interface Trilingual {
  readonly fi: string;
  readonly sv: string;
  readonly en: string;
}

export type InvitedRole = 'COORDINATOR' | 'ORG_ADMIN' | 'ORG_EDITOR' | 'PROFESSIONAL';

export const ROLE_NAMES: Readonly<Record<InvitedRole, Trilingual>> = {
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
};

/** Invitation to take a role; `scopeName` is the network's or organisation's name. */
export function invitationMail(input: {
  to: string;
  link: string;
  role: InvitedRole;
  scopeName: string;
  validHours: number;
}): MailMessage {
  const role = ROLE_NAMES[input.role];
  const hours = input.validHours;
  return {
    to: input.to,
    subject: 'Kutsu Linjaan – Inbjudan till Linja – Invitation to Linja',
    text: [
      `Sinut on kutsuttu Linjaan: ${role.fi}, ${input.scopeName}. Hyväksy kutsu alla olevasta linkistä. Linkki on voimassa ${hours} tuntia ja toimii kerran.`,
      `Du har bjudits in till Linja: ${role.sv}, ${input.scopeName}. Godkänn inbjudan via länken nedan. Länken gäller i ${hours} timmar och kan användas en gång.`,
      `You have been invited to Linja: ${role.en}, ${input.scopeName}. Accept the invitation with the link below. The link is valid for ${hours} hours and works once.`,
      input.link,
      'Jos et odottanut kutsua, voit jättää viestin huomiotta. / Om du inte väntade dig inbjudan kan du lämna meddelandet obeaktat. / If you did not expect this invitation, you can ignore this message.',
    ].join('\n\n'),
  };
}

/** Password reset link. */
export function passwordResetMail(input: {
  to: string;
  link: string;
  validMinutes: number;
}): MailMessage {
  const minutes = input.validMinutes;
  return {
    to: input.to,
    subject: 'Salasanan vaihto – Byte av lösenord – Password reset',
    text: [
      `Linja-tunnuksesi salasanan vaihtoa pyydettiin. Vaihda salasana alla olevasta linkistä. Linkki on voimassa ${minutes} minuuttia ja toimii kerran.`,
      `Någon bad om att byta lösenordet till ditt Linja-konto. Byt lösenord via länken nedan. Länken gäller i ${minutes} minuter och kan användas en gång.`,
      `Someone asked to reset the password of your Linja account. Set a new password with the link below. The link is valid for ${minutes} minutes and works once.`,
      input.link,
      'Jos et pyytänyt vaihtoa, jätä viesti huomiotta: salasanasi ei muutu. / Om du inte bad om det, lämna meddelandet obeaktat: ditt lösenord ändras inte. / If you did not ask for this, ignore this message: your password stays the same.',
    ].join('\n\n'),
  };
}
