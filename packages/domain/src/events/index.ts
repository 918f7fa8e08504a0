export * from './recurrence';
export * from './extra-dates';
