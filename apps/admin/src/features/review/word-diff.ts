export interface DiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

const MAX_TOKENS = 1500;

/**
 * Word-level differences between two texts (longest common subsequence over words and the spaces
 * between them), for showing what a reviewer should look at. Very long texts fall back to "all
 * removed, all added".
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = before.split(/(\s+)/).filter((token) => token !== '');
  const b = after.split(/(\s+)/).filter((token) => token !== '');
  if (a.length > MAX_TOKENS || b.length > MAX_TOKENS) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  // table[i * width + j] = length of the longest common subsequence of a[i:] and b[j:]
  const width = b.length + 1;
  const table = new Uint16Array((a.length + 1) * width);
  const at = (i: number, j: number) => table[i * width + j] ?? 0;
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      table[i * width + j] =
        a[i] === b[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? '';
    const y = b[j] ?? '';
    if (x === y) {
      push('same', x);
      i += 1;
      j += 1;
    } else if (at(i + 1, j) >= at(i, j + 1)) {
      push('removed', x);
      i += 1;
    } else {
      push('added', y);
      j += 1;
    }
  }
  for (; i < a.length; i += 1) push('removed', a[i] ?? '');
  for (; j < b.length; j += 1) push('added', b[j] ?? '');
  return parts;
}
