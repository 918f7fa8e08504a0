import {
  eventCancelledContent,
  type EventCancelledParams,
  eventChangedContent,
  type EventNoticeParams,
} from './event-templates';
import {
  freshnessDigestContent,
  type FreshnessDigestParams,
  hiddenNoticeContent,
  type HiddenNoticeParams,
} from './freshness-templates';
import {
  invitationContent,
  type InvitationParams,
  passwordResetContent,
  type PasswordResetParams,
} from './identity-templates';
import {
  infoSessionAnnouncementContent,
  type InfoSessionAnnouncementParams,
  presentationInvitationContent,
  type PresentationInvitationParams,
  presentationReminderContent,
  type PresentationReminderParams,
} from './info-series-templates';
import {
  otherProviderChecksContent,
  type OtherProviderChecksParams,
} from './other-provider-templates';
import {
  referralDecidedContent,
  type ReferralDecidedParams,
  referralNewContent,
  type ReferralNoticeParams,
  referralReminderContent,
} from './referral-templates';
import {
  reportingOverdueContent,
  reportingReminderContent,
  type ReportingRoundMailParams,
} from './reporting-templates';
import {
  eventSignupConfirmContent,
  eventSignupConfirmedContent,
  type EventSignupMailParams,
  eventSignupPromotedContent,
  eventSignupReminderContent,
  eventSignupWaitlistedContent,
} from './signup-templates';
import {
  MAIL_LANGUAGES,
  type MailContent,
  type MailLanguage,
  renderContent,
  type RenderedMail,
} from './mail-layout';

/** Every mail Linja sends: the template's name and the parameters it is written with. */
export interface MailTemplates {
  invitation: InvitationParams;
  'password-reset': PasswordResetParams;
  'freshness-digest': FreshnessDigestParams;
  'hidden-notice': HiddenNoticeParams;
  'event-changed': EventNoticeParams;
  'event-cancelled': EventCancelledParams;
  'presentation-invitation': PresentationInvitationParams;
  'presentation-reminder': PresentationReminderParams;
  'info-session-announcement': InfoSessionAnnouncementParams;
  'event-signup-confirm': EventSignupMailParams;
  'event-signup-confirmed': EventSignupMailParams;
  'event-signup-waitlisted': EventSignupMailParams;
  'event-signup-promoted': EventSignupMailParams;
  'event-signup-reminder': EventSignupMailParams;
  'referral-new': ReferralNoticeParams;
  'referral-reminder': ReferralNoticeParams;
  'referral-decided': ReferralDecidedParams;
  'reporting-reminder': ReportingRoundMailParams;
  'reporting-overdue': ReportingRoundMailParams;
  'other-provider-checks': OtherProviderChecksParams;
}

export type MailTemplateName = keyof MailTemplates;

const CONTENT: {
  readonly [Name in MailTemplateName]: (
    params: MailTemplates[Name],
    language: MailLanguage,
  ) => MailContent;
} = {
  invitation: invitationContent,
  'password-reset': passwordResetContent,
  'freshness-digest': freshnessDigestContent,
  'hidden-notice': hiddenNoticeContent,
  'event-changed': eventChangedContent,
  'event-cancelled': eventCancelledContent,
  'presentation-invitation': presentationInvitationContent,
  'presentation-reminder': presentationReminderContent,
  'info-session-announcement': infoSessionAnnouncementContent,
  'event-signup-confirm': eventSignupConfirmContent,
  'event-signup-confirmed': eventSignupConfirmedContent,
  'event-signup-waitlisted': eventSignupWaitlistedContent,
  'event-signup-promoted': eventSignupPromotedContent,
  'event-signup-reminder': eventSignupReminderContent,
  'referral-new': referralNewContent,
  'referral-reminder': referralReminderContent,
  'referral-decided': referralDecidedContent,
  'reporting-reminder': reportingReminderContent,
  'reporting-overdue': reportingOverdueContent,
  'other-provider-checks': otherProviderChecksContent,
};

export function mailLanguage(value: string | null | undefined): MailLanguage {
  return MAIL_LANGUAGES.find((language) => language === value) ?? 'fi';
}

export function isMailTemplate(name: string): name is MailTemplateName {
  return Object.hasOwn(CONTENT, name);
}

/** Renders an outbox row's mail (template and parameters as they were written). */
export function renderMail(template: string, language: string, params: unknown): RenderedMail {
  if (!isMailTemplate(template)) throw new Error(`Unknown mail template ${template}.`);
  const content = CONTENT[template] as (params: unknown, language: MailLanguage) => MailContent;
  return renderContent(content(params, mailLanguage(language)), mailLanguage(language));
}
