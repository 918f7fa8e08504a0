import { defineFeature } from '../../app/feature';
import { lazyPage } from '../../app/lazy-page';
import { invalidateField } from '../../lib/urql/cache';
import { referralsMessages } from './i18n';

const ReferralsPage = lazyPage(() => import('./ReferralsPage'), 'ReferralsPage');
const ReferralPage = lazyPage(() => import('./ReferralPage'), 'ReferralPage');

/**
 * The producing organisation's referral inbox (issue 17): referrals and contact requests to its
 * services, their handling and notes, and (for its admins) who read the personal data. The
 * notification mails link to /admin/o/<organisation>/referrals/<id>.
 */
export const referralsFeature = defineFeature({
  id: 'referrals',
  messages: referralsMessages,
  organizationRoutes: [
    { path: 'referrals', Component: ReferralsPage },
    { path: 'referrals/:referralId', Component: ReferralPage },
  ],
  organizationNav: [{ to: 'referrals', labelKey: 'nav', order: 25 }],
  // A status change moves the referral between the inbox's status filters: list again when shown.
  mutationUpdates: Object.fromEntries(
    ['openReferral', 'acceptReferral', 'declineReferral', 'closeReferral'].map((field) => [
      field,
      (_result: unknown, _args: unknown, cache: Parameters<typeof invalidateField>[0]) => {
        invalidateField(cache, 'Query', 'organizationReferrals');
      },
    ]),
  ),
});
