export * from './business-id';
export * from './freshness';
export * from './localized-text';
export * from './service-content';
export * from './service-vocabulary';
export * from './service-completeness';
export * from './translation-freshness';
export * from './events';
