export type {
  AccessMode,
  Channel,
  Cost,
  OpeningPeriod,
  ServiceView,
  ServiceViewDelivery,
} from './types';
export { pick, pickText } from './localized';
export type { LocalizedText, Picked } from './localized';
export { WEEKDAYS, formatDays, formatTime } from './openingHours';
export type { Weekday } from './openingHours';
export { helsinkiWeekday, summarizeContact } from './contactSummary';
export type { ContactSummary, ContactSummarySource } from './contactSummary';
export { ageText, languageName, telHref } from './format';
export { servicePageMessages } from './messages';
export type { ServicePageMessages } from './messages';
export { ServicePageProvider, servicePageT, useServicePage } from './context';
export type { ServicePageKey, ServicePageT } from './context';
export { LocalizedView } from './LocalizedView';
export { ContactFirst, ServiceContactActions, focusSection, serviceContact } from './ContactFirst';
export { ContactLines, DeliveryList, DeliveryView, OpeningHoursView } from './DeliveryView';
export { AboutSections, PathSection, ProfessionalSection, ServiceHeader } from './ServiceSections';
