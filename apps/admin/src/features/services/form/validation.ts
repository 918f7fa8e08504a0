import { ZServiceContent } from '@linja/domain';
import { type ServiceFormValues, valuesToInput } from './values';

export type ErrorKey = 'required' | 'tooLong' | 'email' | 'url' | 'phone' | 'ageRange' | 'age';

export interface FieldProblem {
  key: ErrorKey;
  max?: number;
}

/**
 * Checks the form with the same zod schema the API uses (packages/domain), so an editor sees next to
 * the field what the API would refuse. Returns problems by the form's dotted paths, e.g.
 * "name.fi", "contact.email", "path.1.title.fi".
 */
export function validateContent(values: ServiceFormValues): Record<string, FieldProblem> {
  const input = valuesToInput(values);
  const result = ZServiceContent.safeParse(input);
  if (result.success) return {};
  const problems: Record<string, FieldProblem> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    if (problems[path]) continue;
    problems[path] = problemOf(issue, path);
  }
  // zod runs the schema's age-range refinement only when every field parses; say it at once anyway.
  const { ageMin, ageMax } = input;
  if (!problems.ageMin && ageMin != null && ageMax != null && ageMin > ageMax) {
    problems.ageMin = { key: 'ageRange' };
  }
  return problems;
}

function problemOf(
  issue: { code: string; message: string; maximum?: unknown; format?: string },
  path: string,
): FieldProblem {
  if (path === 'ageMin' && issue.code === 'custom') return { key: 'ageRange' };
  if (path === 'ageMin' || path === 'ageMax') return { key: 'age' };
  if (issue.code === 'too_big' && typeof issue.maximum === 'number') {
    return { key: 'tooLong', max: issue.maximum };
  }
  if (path === 'contact.email') return { key: 'email' };
  if (path === 'contact.website') return { key: 'url' };
  if (path === 'contact.phone') return { key: 'phone' };
  return { key: 'required' };
}

/** The API's BAD_USER_INPUT `field` ("content.name.fi") as the form's path ("name.fi"). */
export function formPathOfApiField(field: string): string {
  return field.replace(/^input\./, '').replace(/^content\./, '');
}

/** Which form section a path belongs to (to open it when it has an error). */
export function sectionOf(path: string): SectionId {
  if (/^(name|summary|description|themeIds)/.test(path)) return 'basics';
  if (/^(targetGroupIds|ageMin|ageMax|serviceLanguages)/.test(path)) return 'audience';
  if (/^(accessMode|channels|cost|costNote|contact)/.test(path)) return 'access';
  if (/^professionalInfo/.test(path)) return 'professionals';
  if (/^path/.test(path)) return 'path';
  return 'basics';
}

export const SECTIONS = [
  'basics',
  'audience',
  'access',
  'whereWhen',
  'professionals',
  'path',
] as const;
export type SectionId = (typeof SECTIONS)[number];
