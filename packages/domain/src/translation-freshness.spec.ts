import { parseServiceContent, type TServiceContent } from './service-content';
import { outdatedTranslations, withoutHiddenTranslations } from './translation-freshness';

function content(input: Record<string, unknown>): TServiceContent {
  const result = parseServiceContent({ name: { fi: 'Perhetyö', sv: 'Familjearbete' }, ...input });
  if (!result.ok) throw new Error(result.issue.message);
  return result.content;
}

const published = content({
  summary: { fi: 'Lapsille 0–6 v.', sv: 'För barn 0–6 år.', en: 'For children 0–6.' },
  path: [{ title: { fi: 'Soita', sv: 'Ring' } }],
});

describe('outdated translations', () => {
  it('marks the translations of a field whose Finnish changed while they did not', () => {
    const edited = content({
      summary: { fi: 'Lapsille 0–7 v.', sv: 'För barn 0–6 år.', en: 'For children 0–7.' },
      path: [{ title: { fi: 'Soita meille', sv: 'Ring' } }],
    });

    expect(outdatedTranslations(edited, published)).toEqual(['summary.sv', 'path.0.title.sv']);
  });

  it('has nothing out of date before the first publication or when only a translation changed', () => {
    expect(outdatedTranslations(published, null)).toEqual([]);
    const svOnly = content({
      summary: { fi: 'Lapsille 0–6 v.', sv: 'För barn 0–6 år!', en: 'For children 0–6.' },
      path: [{ title: { fi: 'Soita', sv: 'Ring' } }],
    });
    expect(outdatedTranslations(svOnly, published)).toEqual([]);
  });

  it('keeps a translation hidden at the last approval out of date until its own text changes', () => {
    const same = content({
      summary: { fi: 'Lapsille 0–6 v.', sv: 'För barn 0–6 år.', en: 'For children 0–6.' },
      path: [{ title: { fi: 'Soita', sv: 'Ring' } }],
    });
    expect(outdatedTranslations(same, published, ['summary.en'])).toEqual(['summary.en']);
    const updated = content({
      summary: { fi: 'Lapsille 0–6 v.', sv: 'För barn 0–6 år.', en: 'For children aged 0–6.' },
      path: [{ title: { fi: 'Soita', sv: 'Ring' } }],
    });
    expect(outdatedTranslations(updated, published, ['summary.en'])).toEqual([]);
  });
});

describe('hidden translations', () => {
  it('removes exactly the hidden translations and keeps Finnish', () => {
    const shown = withoutHiddenTranslations(published, ['summary.sv', 'path.0.title.sv']);

    expect(shown.summary).toEqual({ fi: 'Lapsille 0–6 v.', en: 'For children 0–6.' });
    expect(shown.path[0]?.title).toEqual({ fi: 'Soita' });
    expect(shown.name).toEqual({ fi: 'Perhetyö', sv: 'Familjearbete' });
    expect(published.summary.sv).toBe('För barn 0–6 år.');
  });
});
