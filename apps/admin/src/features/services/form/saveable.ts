import { ZServiceContent } from '@linja/domain';
import type { ServiceContentInput } from '../services.documents';

type Json = Record<string, unknown>;

/** Content is plain JSON (and jsdom has no structuredClone). */
const copy = <T>(value: T): T =>
  value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);

function getAt(node: unknown, path: readonly PropertyKey[]): unknown {
  let current = node;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Json)[key as string];
  }
  return current;
}

/** Sets (or, for `undefined`, deletes) the value at `path`, creating objects on the way. */
function setAt(node: Json, path: readonly PropertyKey[], value: unknown): void {
  let current: Json = node;
  for (const key of path.slice(0, -1)) {
    const next = current[key as string];
    if (next === null || typeof next !== 'object') current[key as string] = {};
    current = current[key as string] as Json;
  }
  const last = path[path.length - 1] as string;
  if (value === undefined) Reflect.deleteProperty(current, last);
  else current[last] = copy(value);
}

export interface Saveable {
  /** What autosave sends: everything valid on screen, the last saved value for what is not. */
  content: ServiceContentInput;
  /** The form paths whose value on screen is not saved (invalid), e.g. `contact.email`, `name.fi`. */
  held: string[];
}

/**
 * A draft may be incomplete, but a field whose value the schema refuses (a malformed email, a name
 * emptied, a text too long, a path step without a Finnish title) must not stop the rest from saving.
 * Each invalid field keeps its last saved value (or is left out if it never had one); a path step
 * that is not valid is left out until it is; an impossible age range keeps both saved limits.
 */
export function saveableContent(
  onScreen: ServiceContentInput,
  lastSaved: ServiceContentInput,
): Saveable {
  const content = copy(onScreen) as Json;
  const held = new Set<string>();
  const droppedSteps = new Set<number>();
  for (let round = 0; round < 5; round += 1) {
    const result = ZServiceContent.safeParse(content);
    if (result.success) break;
    for (const issue of result.error.issues) {
      const path = issue.path;
      if (path[0] === 'path' && typeof path[1] === 'number') {
        const index = path[1];
        if (droppedSteps.has(index)) continue;
        // Found on the original list: drop later, all at once, so indices stay meaningful.
        droppedSteps.add(index);
        held.add(path.join('.'));
        (content.path as unknown[])[index] = {
          title: { fi: '–' },
          description: {},
        };
        continue;
      }
      if (path[0] === 'ageMin' && issue.code === 'custom') {
        setAt(content, ['ageMin'], getAt(lastSaved, ['ageMin']) ?? null);
        setAt(content, ['ageMax'], getAt(lastSaved, ['ageMax']) ?? null);
        held.add('ageMin');
        continue;
      }
      held.add(path.join('.'));
      setAt(content, path, getAt(lastSaved, path));
    }
  }
  if (droppedSteps.size > 0) {
    content.path = (content.path as unknown[]).filter((_, index) => !droppedSteps.has(index));
  }
  return { content: content as ServiceContentInput, held: [...held] };
}
