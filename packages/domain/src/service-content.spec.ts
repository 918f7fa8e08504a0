import { parseServiceContent } from './service-content';

describe('service content', () => {
  it('fills defaults around a Finnish name', () => {
    const result = parseServiceContent({ name: { fi: 'Turvakoti' } });

    expect(result).toEqual({
      ok: true,
      content: expect.objectContaining({
        name: { fi: 'Turvakoti' },
        serviceLanguages: ['fi'],
        cost: 'FREE',
        accessMode: 'SELF_REFERRAL',
        path: [],
        ageMin: null,
      }),
    });
  });

  it('drops empty translations', () => {
    const result = parseServiceContent({ name: { fi: 'Turvakoti', sv: '  ', en: 'Shelter' } });

    expect(result.ok && result.content.name).toEqual({ fi: 'Turvakoti', en: 'Shelter' });
  });

  it.each([
    [{ name: { sv: 'Skyddshem' } }, 'name.fi'],
    [{ name: { fi: 'x'.repeat(121) } }, 'name.fi'],
    [{ name: { fi: 'A' }, ageMin: 12, ageMax: 7 }, 'ageMin'],
    [{ name: { fi: 'A' }, channels: ['CHAT', 'CHAT'] }, 'channels'],
    [{ name: { fi: 'A' }, channels: ['TELEPATHY'] }, 'channels.0'],
    [{ name: { fi: 'A' }, serviceLanguages: ['finnish'] }, 'serviceLanguages.0'],
    [{ name: { fi: 'A' }, contact: { email: 'not-mail' } }, 'contact.email'],
    [{ name: { fi: 'A' }, path: [{ title: { en: 'Call' } }] }, 'path.0.title.fi'],
    [{ name: { fi: 'A' }, unknownField: 1 }, ''],
  ])('reports the failing field of %j as %s', (input, field) => {
    const result = parseServiceContent(input);

    expect(result.ok).toBe(false);
    expect(!result.ok && result.issue.field).toBe(field);
  });
});
