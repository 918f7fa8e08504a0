import { graphql, type ResultOf } from '../../gql';

export const ReportingSetupQuery = graphql(`
  query ReportingSetup($slug: String!, $organizationId: ID) {
    networkGoals(networkSlug: $slug, organizationId: $organizationId, first: 100) {
      totalCount
      edges {
        node {
          id
          position
          title {
            fi
            sv
            en
          }
        }
      }
    }
    indicators(networkSlug: $slug, organizationId: $organizationId, first: 100) {
      totalCount
      edges {
        node {
          id
          organizationId
          goalId
          aggregation
          source
          computedKind
          name {
            fi
            sv
            en
          }
          unit {
            fi
            sv
            en
          }
        }
      }
    }
  }
`);
export type ReportingSetup = ResultOf<typeof ReportingSetupQuery>;
export type IndicatorRow = ReportingSetup['indicators']['edges'][number]['node'];
export type GoalRow = ReportingSetup['networkGoals']['edges'][number]['node'];

export const IndicatorResultsQuery = graphql(`
  query IndicatorResults(
    $slug: String!
    $organizationId: ID
    $period: ReportingPeriodInput!
    $filter: IndicatorResultsFilterInput
  ) {
    indicatorResults(
      networkSlug: $slug
      organizationId: $organizationId
      period: $period
      filter: $filter
      first: 100
    ) {
      totalCount
      edges {
        node {
          value
          target
          filterApplies
          periodStart
          periodEnd
          indicator {
            id
            goalId
            source
            aggregation
            name {
              fi
              sv
              en
            }
            unit {
              fi
              sv
              en
            }
          }
        }
      }
    }
  }
`);
export type ResultRow = ResultOf<
  typeof IndicatorResultsQuery
>['indicatorResults']['edges'][number]['node'];

export const CreateNetworkGoalMutation = graphql(`
  mutation CreateNetworkGoal($input: CreateNetworkGoalInput!) {
    createNetworkGoal(input: $input) {
      id
    }
  }
`);

export const CreateIndicatorMutation = graphql(`
  mutation CreateIndicator($input: CreateIndicatorInput!) {
    createIndicator(input: $input) {
      id
    }
  }
`);

export const SetIndicatorTargetMutation = graphql(`
  mutation SetIndicatorTarget($input: SetIndicatorTargetInput!) {
    setIndicatorTarget(input: $input) {
      id
      value
    }
  }
`);

const RoundFields = graphql(`
  fragment RoundFields on ReportingRound {
    id
    periodKind
    periodStart
    periodEnd
    dueOn
    status
    lockedAt
  }
`);

export const ReportingRoundsQuery = graphql(
  `
    query ReportingRounds($slug: String!, $first: Int, $after: String) {
      reportingRounds(networkSlug: $slug, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...RoundFields
          }
        }
      }
    }
  `,
  [RoundFields],
);
export type RoundRow = ResultOf<
  typeof ReportingRoundsQuery
>['reportingRounds']['edges'][number]['node'];

export const OpenReportingRoundMutation = graphql(`
  mutation OpenReportingRound($input: OpenReportingRoundInput!) {
    openReportingRound(input: $input) {
      id
    }
  }
`);

export const LockReportingRoundMutation = graphql(`
  mutation LockReportingRound($roundId: ID!) {
    lockReportingRound(roundId: $roundId) {
      id
      status
      lockedAt
    }
  }
`);

const ReportFields = graphql(
  `
    fragment ReportFields on OrganizationReport {
      id
      roundId
      organizationId
      organizationName
      status
      submittedAt
      correctionReason
      indicatorIds
      networkSlug
      round {
        ...RoundFields
      }
    }
  `,
  [RoundFields],
);

export const OrganizationReportsQuery = graphql(
  `
    query OrganizationReports($roundId: ID, $organizationId: ID, $first: Int, $after: String) {
      organizationReports(
        roundId: $roundId
        organizationId: $organizationId
        first: $first
        after: $after
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...ReportFields
          }
        }
      }
    }
  `,
  [ReportFields],
);
export type ReportRow = ResultOf<
  typeof OrganizationReportsQuery
>['organizationReports']['edges'][number]['node'];

export const ReportedFiguresQuery = graphql(`
  query ReportedFigures($reportId: ID!) {
    reportedFigures(reportId: $reportId, first: 100) {
      totalCount
      edges {
        node {
          id
          indicatorId
          serviceId
          value
          note
        }
      }
    }
  }
`);
export type FigureRow = ResultOf<
  typeof ReportedFiguresQuery
>['reportedFigures']['edges'][number]['node'];

export const RequestReportCorrectionMutation = graphql(
  `
    mutation RequestReportCorrection($reportId: ID!, $reason: String!) {
      requestReportCorrection(reportId: $reportId, reason: $reason) {
        ...ReportFields
      }
    }
  `,
  [ReportFields],
);

export const SaveReportedFiguresMutation = graphql(
  `
    mutation SaveReportedFigures($input: SaveReportedFiguresInput!) {
      saveReportedFigures(input: $input) {
        ...ReportFields
      }
    }
  `,
  [ReportFields],
);

export const SubmitOrganizationReportMutation = graphql(
  `
    mutation SubmitOrganizationReport($reportId: ID!) {
      submitOrganizationReport(reportId: $reportId) {
        ...ReportFields
      }
    }
  `,
  [ReportFields],
);

export const CorrectLockedFigureMutation = graphql(`
  mutation CorrectLockedFigure($input: CorrectLockedFigureInput!) {
    correctLockedFigure(input: $input) {
      id
      value
      note
    }
  }
`);

export const ReportServicesQuery = graphql(`
  query ReportServices($filter: ServiceFilterInput) {
    services(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
          name {
            fi
            sv
            en
          }
        }
      }
    }
  }
`);

export const IndicatorTrendQuery = graphql(`
  query IndicatorTrend(
    $slug: String!
    $organizationId: ID
    $until: ReportingPeriodInput!
    $periods: Int!
    $filter: IndicatorResultsFilterInput
  ) {
    indicatorTrend(
      networkSlug: $slug
      organizationId: $organizationId
      until: $until
      periods: $periods
      filter: $filter
      first: 100
    ) {
      totalCount
      edges {
        node {
          filterApplies
          indicator {
            id
            name {
              fi
              sv
              en
            }
            unit {
              fi
              sv
              en
            }
          }
          points {
            periodStart
            periodEnd
            value
            target
          }
        }
      }
    }
  }
`);
export type TrendRow = ResultOf<
  typeof IndicatorTrendQuery
>['indicatorTrend']['edges'][number]['node'];
