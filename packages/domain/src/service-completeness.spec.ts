import { parseServiceContent, type TServiceContent } from './service-content';
import { missingForPublication, serviceCompleteness } from './service-completeness';

function draft(input: Record<string, unknown>): TServiceContent {
  const result = parseServiceContent({ name: { fi: 'Perhetyö' }, ...input });
  if (!result.ok) throw new Error(result.issue.message);
  return result.content;
}

describe('service completeness', () => {
  it('lists everything a bare draft (name and summary) still needs, with the field to fix', () => {
    const items = serviceCompleteness(draft({ summary: { fi: 'Tukea' } }), []);

    expect(missingForPublication(items).map((item) => [item.id, item.field])).toEqual([
      ['audience', 'targetGroupIds'],
      ['access', 'channels'],
      ['contact', 'contact.phone'],
      ['reach', 'deliveries'],
    ]);
    expect(items[0]).toMatchObject({ id: 'summary', ok: true });
    expect(items[1]?.label.sv).toContain('målgrupp');
  });

  it('is complete with an audience, a way in, a contact and a live or planned delivery', () => {
    const content = draft({
      summary: { fi: 'Tukea' },
      ageMin: 0,
      channels: ['PHONE'],
      contact: { email: 'info@example.fi' },
    });

    expect(missingForPublication(serviceCompleteness(content, [{ status: 'PLANNING' }]))).toEqual(
      [],
    );
    expect(
      missingForPublication(serviceCompleteness(content, [{ status: 'ENDED' }])).map(
        (item) => item.id,
      ),
    ).toEqual(['reach']);
  });
});
