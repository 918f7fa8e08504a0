import { parseServiceContent, type TServiceContent } from '@linja/domain';

import { BadUserInputError } from '../../common/errors/domain-error';
import { fromLocalizedTextInput } from '../../common/localization/localized-text.util';
import { type ServiceContentInput } from '../dto/service-content.input';

/** Drops GraphQL nulls so the domain schema applies its defaults. */
function present<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

/** GraphQL content input → validated domain content, or BAD_USER_INPUT naming `content.<path>`. */
export function toValidContent(input: ServiceContentInput): TServiceContent {
  const plain = {
    name: fromLocalizedTextInput(input.name),
    summary: fromLocalizedTextInput(input.summary),
    description: fromLocalizedTextInput(input.description),
    professionalInfo: {
      howToRefer: fromLocalizedTextInput(input.professionalInfo?.howToRefer),
      eligibility: fromLocalizedTextInput(input.professionalInfo?.eligibility),
      whatHappensNext: fromLocalizedTextInput(input.professionalInfo?.whatHappensNext),
    },
    targetGroupIds: present(input.targetGroupIds),
    themeIds: present(input.themeIds),
    ageMin: present(input.ageMin),
    ageMax: present(input.ageMax),
    serviceLanguages: present(input.serviceLanguages),
    channels: present(input.channels),
    cost: present(input.cost),
    costNote: fromLocalizedTextInput(input.costNote),
    accessMode: present(input.accessMode),
    contact: {
      phone: present(input.contact?.phone) || undefined,
      email: present(input.contact?.email) || undefined,
      website: present(input.contact?.website) || undefined,
      note: fromLocalizedTextInput(input.contact?.note),
    },
    path: input.path?.map((step) => ({
      title: fromLocalizedTextInput(step.title),
      description: fromLocalizedTextInput(step.description),
    })),
  };
  const result = parseServiceContent(plain);
  if (!result.ok) {
    const field = result.issue.field ? `content.${result.issue.field}` : 'content';
    throw new BadUserInputError(field, `${field}: ${result.issue.message}`);
  }
  return result.content;
}
