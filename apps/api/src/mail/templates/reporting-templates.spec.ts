import { renderMail } from './mail-templates';

const PARAMS = {
  organizationName: 'Lahden ensi- ja turvakoti ry',
  networkName: 'Ensi- ja turvakotien liitto',
  period: '2026-07-01 – 2026-12-31',
  dueOn: '2027-01-20',
  link: 'https://linja.test/admin/o/x/reporting',
};

describe('reporting mails', () => {
  it.each(['fi', 'sv', 'en'])('writes the reminder and the overdue notice in %s', (language) => {
    for (const template of ['reporting-reminder', 'reporting-overdue']) {
      const mail = renderMail(template, language, PARAMS);
      expect(mail.subject).toContain(PARAMS.networkName);
      expect(mail.text).toContain(PARAMS.dueOn);
      expect(mail.text).toContain(PARAMS.link);
    }
  });
});
