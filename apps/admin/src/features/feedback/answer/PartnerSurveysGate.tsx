import { useQuery } from 'urql';
import type { NavGateProps } from '../../../app/feature';
import { PartnerFeedbackSurveyCountQuery } from './answer.documents';

/**
 * Shows the organisation's "Surveys to answer" link only when there is a partner survey for it
 * (its organisation is an ACTIVE PARTNER of a network with an OPEN PARTNER survey).
 */
export function PartnerSurveysGate({ workspace, children }: NavGateProps) {
  const [result] = useQuery({
    query: PartnerFeedbackSurveyCountQuery,
    variables: { organizationId: workspace.id },
    pause: workspace.kind !== 'organization',
  });
  const count = result.data?.partnerFeedbackSurveys.totalCount ?? 0;
  return count > 0 ? <>{children}</> : null;
}
