import type { Cache, KeyingConfig, UpdateResolver } from '@urql/exchange-graphcache';

/** Value objects without an id of their own: stored inside their parent, never normalised. */
const EMBEDDED = [
  'LocalizedText',
  'EventOccurrence',
  'PageInfo',
  'ServiceContent',
  'ServiceContact',
  'ServicePathStep',
  'ProfessionalInfo',
  'FieldChange',
  'EventChangeReview',
  'EventProposal',
  'TranslationRef',
  'NetworkBrand',
  'NetworkContact',
  'FreshnessPolicyModel',
  'EventSettingsModel',
  'OpeningHours',
  'OpeningPeriod',
  'DeliveryContact',
  'SignInResult',
  'TotpSetup',
  'ApiTokenResult',
  'ServiceSearchFacets',
  'BooleanFacetCount',
  'ChannelFacetCount',
  'LanguageFacetCount',
  'TermFacetCount',
  'NetworkStats',
  'ReadinessChecklist',
  'WellbeingAreaCoverage',
  'MunicipalityCoverage',
  'MonthlyReviewActivity',
  // The coverage matrix (issue 18): read whole for each filter, never normalised.
  'CoverageMatrix',
  'CoverageColumn',
  'CoverageCell',
  // The job queue's counts per queue (platform admins): read whole each time, never normalised.
  'JobQueue',
  // An event's sign-up counts: a value of the event, read with it.
  'EventSignupCounts',
  'EventConnection',
  'EventEdge',
  'EventSignupConnection',
  'EventSignupEdge',
  // Connections and edges are per field and arguments; they have no identity of their own.
  'ServiceConnection',
  'ServiceEdge',
  'ServiceSearchConnection',
  'ServiceSearchEdge',
  'FailedJobConnection',
  'FailedJobEdge',
  'ServiceRevisionConnection',
  'ServiceRevisionEdge',
  'ServiceDeliveryConnection',
  'ServiceDeliveryEdge',
  'AuditEventConnection',
  'AuditEventEdge',
  'NetworkConnection',
  'NetworkEdge',
  'NetworkMembershipConnection',
  'NetworkMembershipEdge',
  'OrganizationFreshnessConnection',
  'OrganizationFreshnessEdge',
  'TaxonomyTermConnection',
  'TaxonomyTermEdge',
  'MunicipalityConnection',
  'MunicipalityEdge',
  'RegionConnection',
  'RegionEdge',
  'WellbeingAreaConnection',
  'WellbeingAreaEdge',
  'InvitationConnection',
  'InvitationEdge',
  'SessionConnection',
  'SessionEdge',
  'ReviewQueueItemConnection',
  'ReviewQueueItemEdge',
  'SearchSynonymConnection',
  'SearchSynonymEdge',
  'OtherProviderConnection',
  'OtherProviderEdge',
  'WellbeingAreaCoverageConnection',
  'WellbeingAreaCoverageEdge',
  'InfoSeriesConnection',
  'InfoSeriesEdge',
  'InfoSessionConnection',
  'InfoSessionEdge',
  'InfoPresentationConnection',
  'InfoPresentationEdge',
  // Referrals (issue 17): the details are read afresh each time (every read is logged).
  'ReferralReason',
  'ReferralDetails',
  'NetworkReferralCounts',
  'ReferralCountRow',
  'ReferralConnection',
  'ReferralEdge',
  'MyReferralConnection',
  'MyReferralEdge',
  'ReferralNoteConnection',
  'ReferralNoteEdge',
  'ReferralReadLogConnection',
  'ReferralReadLogEntryEdge',
  // Support contacts (issue 16): the trend is read whole for each range, never normalised.
  'SupportContactTrend',
  'SupportTopicTrend',
  'SupportContactConnection',
  'SupportContactEdge',
  'SupportTopicConnection',
  'SupportTopicEdge',
  // Showing results (issue 16): a result is a figure of an indicator for one period and scope.
  'IndicatorResult',
  'IndicatorResultConnection',
  'IndicatorResultEdge',
  'IndicatorTrend',
  'IndicatorTrendPoint',
  'IndicatorTrendConnection',
  'IndicatorTrendEdge',
  'ResultFunder',
  'ResultFunderConnection',
  'ResultFunderEdge',
  'IndicatorConnection',
  'IndicatorEdge',
  'NetworkGoalConnection',
  'NetworkGoalEdge',
  'FundingSourceConnection',
  'FundingSourceEdge',
  'ReportingRoundConnection',
  'ReportingRoundEdge',
  'OrganizationReportConnection',
  'OrganizationReportEdge',
  'ReportedFigureConnection',
  'ReportedFigureEdge',
  // Feedback surveys (issue 16): results and answers are figures of one survey, never shared.
  'FeedbackAnswerCount',
  'FeedbackQuestionResult',
  'FeedbackReceipt',
  'FeedbackResults',
  'FeedbackSurveyConnection',
  'FeedbackSurveyEdge',
  'FeedbackTextAnswer',
  'FeedbackTextAnswerConnection',
  'FeedbackTextAnswerEdge',
  // The partner surveys a person may answer: a per-person list, read again after answering.
  'PartnerFeedbackSurveyConnection',
  'PartnerFeedbackSurveyEdge',
  // A person's own calendar feed address (one per account; the address is shown once).
  'CalendarFeed',
  'CalendarFeedAddress',
  // A service import's report (issue 19): a value computed per request, never cached by id.
  'ServiceImportReport',
  'ServiceImportRow',
  'ServiceImportIssue',
  'ServiceImportRunErrorRow',
];

/** How Graphcache identifies each type that has no `id`. */
export const keys: KeyingConfig = {
  ...Object.fromEntries(EMBEDDED.map((type) => [type, () => null])),
  // Reference data is keyed by its statistical code.
  Municipality: (data) => (data.code as string | undefined) ?? null,
  Region: (data) => (data.code as string | undefined) ?? null,
  WellbeingArea: (data) => (data.code as string | undefined) ?? null,
  OrganizationFreshnessModel: (data) => (data.organizationId as string | undefined) ?? null,
  ServiceReferralSettings: (data) => (data.serviceId as string | undefined) ?? null,
};

/**
 * Drops every cached value of `fieldName` on `typename` (all argument combinations), so lists and
 * counts that a mutation may have changed are fetched again when next shown.
 */
export function invalidateField(cache: Cache, typename: string, fieldName: string): void {
  const entityKey = typename === 'Query' ? 'Query' : typename;
  for (const field of cache.inspectFields(entityKey)) {
    if (field.fieldName === fieldName)
      cache.invalidate(entityKey, field.fieldName, field.arguments);
  }
}

/** Service lists on Query, Network and Organization: a service changed state or appeared. */
export function invalidateServiceLists(cache: Cache, serviceNetworkId?: string | null): void {
  invalidateField(cache, 'Query', 'services');
  invalidateField(cache, 'Query', 'searchServices');
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'network' && field.fieldName !== 'organization') continue;
    const key = cache.resolve('Query', field.fieldName, field.arguments);
    if (typeof key !== 'string') continue;
    if (serviceNetworkId && field.fieldName === 'network' && key !== `Network:${serviceNetworkId}`)
      continue;
    for (const sub of cache.inspectFields(key)) {
      if (
        sub.fieldName === 'services' ||
        sub.fieldName === 'allServices' ||
        sub.fieldName === 'reviewActivity' ||
        sub.fieldName === 'reviewQueue' ||
        sub.fieldName === 'freshnessReport' ||
        sub.fieldName === 'servicesDueForCheck' ||
        sub.fieldName === 'stats' ||
        sub.fieldName === 'recentChanges'
      ) {
        cache.invalidate(key, sub.fieldName, sub.arguments);
      }
    }
  }
}

/** After sign-in or sign-out: nothing cached for the previous person may be shown. */
export function invalidateEverything(cache: Cache): void {
  for (const field of cache.inspectFields('Query')) {
    cache.invalidate('Query', field.fieldName, field.arguments);
  }
}

const serviceListsChanged: UpdateResolver = (_result, _args, cache) => {
  invalidateServiceLists(cache);
};

/** Cache updates for the app-wide mutations; features add theirs in their FeatureModule. */
export const coreMutationUpdates: Record<string, UpdateResolver> = {
  signIn: (_result, _args, cache) => {
    invalidateEverything(cache);
  },
  signOut: (_result, _args, cache) => {
    invalidateEverything(cache);
  },
  acceptInvitation: (_result, _args, cache) => {
    invalidateEverything(cache);
  },
  createService: serviceListsChanged,
  submitServiceForReview: serviceListsChanged,
  approveServiceRevision: serviceListsChanged,
  returnServiceRevision: serviceListsChanged,
  archiveService: serviceListsChanged,
  restoreService: serviceListsChanged,
  confirmServiceStillValid: serviceListsChanged,
};
