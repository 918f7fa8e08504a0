/** One cell of the figure form: the count as typed and an optional note. */
export interface Cell {
  value: string;
  note: string;
}

export type Cells = Record<string, Cell>;

export const cellKey = (indicatorId: string, serviceId: string) => `${indicatorId}|${serviceId}`;

export const NOTE_MAX = 500;

/** Client-side checks before saving: a count ≥ 0 (or empty) and a note of at most 500 characters. */
export function checkCells(cells: Cells): Record<string, 'notANumber' | 'noteTooLong'> {
  const errors: Record<string, 'notANumber' | 'noteTooLong'> = {};
  for (const [key, cell] of Object.entries(cells)) {
    const text = cell.value.trim().replace(',', '.');
    if (text !== '' && !(Number.isFinite(Number(text)) && Number(text) >= 0)) {
      errors[key] = 'notANumber';
    } else if (cell.note.length > NOTE_MAX) {
      errors[key] = 'noteTooLong';
    }
  }
  return errors;
}

/** The filled cells as the API's figures, in a fixed order (an API error names its index). */
export function figuresOf(cells: Cells) {
  return Object.entries(cells)
    .filter(([, cell]) => cell.value.trim() !== '')
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, cell]) => {
      const [indicatorId = '', serviceId = ''] = key.split('|');
      return {
        key,
        figure: {
          indicatorId,
          serviceId,
          value: Number(cell.value.trim().replace(',', '.')),
          note: cell.note.trim() || null,
        },
      };
    });
}
