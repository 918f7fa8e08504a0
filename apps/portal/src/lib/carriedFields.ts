/**
 * What a person typed into the server-rendered page before the app ran, kept across a render from
 * scratch. The app normally hydrates the server's HTML and its fields take over what was typed
 * (firstRender.ts, useAdoptTypedValue). When hydrating fails, boot.tsx renders the page again into
 * an emptied #root: without this, a half-written message in the contact form would be gone. Before
 * emptying it, boot.tsx notes every field that differs from how the server rendered it; each field
 * of the new render takes its value (and the focus) when it mounts, once.
 *
 * A field is known by its place among the page's fields and its kind: the new render draws the same
 * page from the same address, and its ids (useId) need not be the server's.
 */
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

const FIELDS = 'input, textarea, select';
/** Inputs whose value is text a person types (not checkboxes, radios, buttons or files). */
const TEXT_INPUTS = new Set(['text', 'search', 'tel', 'email', 'url', 'number', 'date', 'time']);

interface Carried {
  readonly value: string;
  readonly focused: boolean;
}

const carried = new Map<string, Carried>();

function isTextField(element: Element): element is Field {
  if (element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && TEXT_INPUTS.has(element.type);
}

/** The value the server's HTML gave the field. */
function initialValue(field: Field): string {
  if (!(field instanceof HTMLSelectElement)) return field.defaultValue;
  const options = [...field.options];
  return (options.find((option) => option.defaultSelected) ?? options[0])?.value ?? '';
}

function keyOf(field: Field, index: number): string {
  return `${index}:${field.tagName}:${field instanceof HTMLInputElement ? field.type : ''}`;
}

/** Notes the fields of `root` that were typed into or changed (boot.tsx, before emptying it). */
export function carryTypedValues(root: HTMLElement): void {
  carried.clear();
  const document = root.ownerDocument;
  // Places are counted over the whole page, as takeCarriedValue counts them.
  [...document.querySelectorAll(FIELDS)].forEach((element, index) => {
    if (!root.contains(element) || !isTextField(element)) return;
    if (element.value === initialValue(element)) return;
    const focused = element === document.activeElement;
    carried.set(keyOf(element, index), { value: element.value, focused });
  });
}

/**
 * The value noted for the field at this place of the page, if any, put into the field (and the
 * focus with it, when it had the focus); forgotten once taken.
 */
export function takeCarriedValue(field: Field): string | undefined {
  if (carried.size === 0) return undefined;
  const fields = [...field.ownerDocument.querySelectorAll(FIELDS)];
  const key = keyOf(field, fields.indexOf(field));
  const entry = carried.get(key);
  if (!entry) return undefined;
  carried.delete(key);
  field.value = entry.value;
  if (entry.focused) field.focus();
  return entry.value;
}

/** Forgets what is left (App: on the first navigation, so another page's fields never take it). */
export function forgetCarriedValues(): void {
  carried.clear();
}
