import { HELPLINES, type HelplineNumber } from './helplines';

/** The printed Finnish number in international form: its leading 0 becomes +358 (short numbers stay). */
function internationalOf(printed: string): string {
  const digits = printed.replace(/\s/g, '');
  return digits.startsWith('0') ? `+358${digits.slice(1)}` : digits;
}

describe('national helplines', () => {
  const numbers: [string, HelplineNumber][] = HELPLINES.flatMap((line) => [
    [line.key, line] as [string, HelplineNumber],
    ...Object.entries(line.inLanguage ?? {}).map(
      ([language, other]) => [`${line.key} (${language})`, other] as [string, HelplineNumber],
    ),
  ]);

  it.each(numbers)('%s dials the number it shows', (_key, line) => {
    expect(line.tel).toBe(internationalOf(line.number));
  });

  it('Nollalinja 080 005 005 is +358 80 005 005', () => {
    expect(HELPLINES.find((line) => line.key === 'nollalinja')?.tel).toBe('+35880005005');
  });
});
