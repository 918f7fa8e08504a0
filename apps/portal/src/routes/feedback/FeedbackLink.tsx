import { Link } from 'wouter';
import { type FeedbackSurveyLink } from '../../lib/feedbackQueries';
import { useFeedbackTexts } from '../../lib/i18n/feedback';
import { useHref } from '../../lib/language';

/**
 * "Give feedback" on a service's or event's page: a link to the OPEN survey on it (the API gives
 * `openFeedbackSurvey` only while the survey is open), nothing otherwise.
 */
export function FeedbackLink({
  survey,
  networkSlug,
  on,
}: {
  survey: FeedbackSurveyLink | null | undefined;
  networkSlug: string;
  on: 'service' | 'event';
}) {
  const { texts } = useFeedbackTexts();
  const href = useHref();
  if (!survey) return null;
  return (
    <section aria-labelledby="feedback-link-heading" className="service__section feedback-link">
      <h2 id="feedback-link-heading">{texts.linkHeading}</h2>
      <p>{texts.linkIntro}</p>
      <p>
        <Link
          className="button button--secondary"
          href={href(`/${networkSlug}/feedback/${encodeURIComponent(survey.id)}`)}
        >
          {on === 'service' ? texts.linkService : texts.linkEvent}
        </Link>
      </p>
    </section>
  );
}

/**
 * "Give feedback as a referrer" on a service's page: the API gives `openReferrerFeedbackSurvey` only
 * to a signed-in professional of the network, so nothing shows for anyone else.
 */
export function ReferrerFeedbackLink({
  survey,
  networkSlug,
}: {
  survey: FeedbackSurveyLink | null | undefined;
  networkSlug: string;
}) {
  const { texts } = useFeedbackTexts();
  const href = useHref();
  if (!survey) return null;
  return (
    <section aria-labelledby="referrer-feedback-heading" className="service__section feedback-link">
      <h2 id="referrer-feedback-heading">{texts.referrerHeading}</h2>
      <p>{texts.referrerLinkIntro}</p>
      <p>
        <Link
          className="button button--secondary"
          href={href(`/${networkSlug}/feedback/${encodeURIComponent(survey.id)}/referrer`)}
        >
          {texts.linkReferrer}
        </Link>
      </p>
    </section>
  );
}
