import { type SurveyRow } from './feedback.documents';

export type QuestionKind = SurveyRow['questions'][number]['kind'];
export type Audience = SurveyRow['audience'];

export interface Texts {
  fi: string;
  sv: string;
  en: string;
}

export interface QuestionDraft {
  /** A key for React only (questions are replaced as a whole when saved). */
  key: string;
  kind: QuestionKind;
  text: Texts;
}

export interface SurveyForm {
  title: Texts;
  /**
   * CLIENT (anonymous, public), REFERRER (signed-in professionals, on a service only) or PARTNER
   * (signed-in staff of the network's partner organisations, in the admin app).
   */
  audience: Audience;
  targetKind: 'service' | 'event';
  targetId: string | null;
  questions: QuestionDraft[];
}

/** As the API: at most 10 questions, texts at most 200 characters, Finnish required. */
export const MAX_QUESTIONS = 10;
export const MAX_TEXT = 200;

let keys = 0;
export const newKey = () => `q${(keys += 1)}`;

const textsOf = (text: { fi?: string | null; sv?: string | null; en?: string | null }): Texts => ({
  fi: text.fi ?? '',
  sv: text.sv ?? '',
  en: text.en ?? '',
});

export function emptyForm(): SurveyForm {
  return {
    title: { fi: '', sv: '', en: '' },
    audience: 'CLIENT',
    targetKind: 'service',
    targetId: null,
    questions: [{ key: newKey(), kind: 'SCALE', text: { fi: '', sv: '', en: '' } }],
  };
}

export function formOf(survey: SurveyRow): SurveyForm {
  return {
    title: textsOf(survey.title),
    audience: survey.audience,
    targetKind: survey.eventId ? 'event' : 'service',
    targetId: survey.eventId ?? survey.serviceId,
    questions: survey.questions.map((question) => ({
      key: newKey(),
      kind: question.kind,
      text: textsOf(question.text),
    })),
  };
}

/** The API's LocalizedTextInput: Finnish as typed, the others null when left empty. */
export function textsInput(texts: Texts) {
  return { fi: texts.fi.trim(), sv: texts.sv.trim() || null, en: texts.en.trim() || null };
}

export function questionsInput(form: SurveyForm) {
  return form.questions.map((question) => ({
    kind: question.kind,
    text: textsInput(question.text),
  }));
}

/**
 * Field errors by the API's field names (`input.title.fi`, `input.questions.0.text.fi`,
 * `input.serviceId`, `input.questions`), as message keys with their values.
 */
export type FormErrors = Record<string, { key: string; values?: Record<string, number> }>;

function checkTexts(texts: Texts, field: string, errors: FormErrors): void {
  if (!texts.fi.trim()) errors[`${field}.fi`] = { key: 'editor.required' };
  for (const language of ['fi', 'sv', 'en'] as const) {
    if (texts[language].trim().length > MAX_TEXT) {
      errors[`${field}.${language}`] = { key: 'editor.tooLong', values: { max: MAX_TEXT } };
    }
  }
}

export function validate(form: SurveyForm, creating: boolean): FormErrors {
  const errors: FormErrors = {};
  checkTexts(form.title, 'input.title', errors);
  if (creating && !form.targetId) errors['input.serviceId'] = { key: 'editor.targetRequired' };
  if (form.questions.length === 0) errors['input.questions'] = { key: 'editor.noQuestions' };
  if (form.questions.length > MAX_QUESTIONS) {
    errors['input.questions'] = { key: 'editor.maxQuestions', values: { max: MAX_QUESTIONS } };
  }
  form.questions.forEach((question, index) => {
    checkTexts(question.text, `input.questions.${index}.text`, errors);
  });
  return errors;
}

/** The form's target field for an API error on either target id. */
export function formField(apiField: string): string {
  return apiField === 'input.eventId' ? 'input.serviceId' : apiField;
}

/** Moves the question at `index` by `by` places. */
export function moveQuestion(questions: QuestionDraft[], index: number, by: -1 | 1) {
  const next = [...questions];
  const [moved] = next.splice(index, 1);
  if (moved) next.splice(index + by, 0, moved);
  return next;
}
