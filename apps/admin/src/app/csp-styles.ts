/**
 * The API's Content-Security-Policy has `style-src 'self'`: no inline <style> elements. Mantine writes
 * its theme variables, breakpoint classes and responsive styles (e.g. AppShell's) into
 * <style data-mantine-styles> elements, which the browser then ignores. CSSOM stylesheets are not
 * inline styles, so this mirrors every such element into a constructed stylesheet adopted by the
 * document (and keeps it in sync): the policy stays strict and Mantine renders as designed.
 */
export function mirrorMantineStyles(doc: Document = document): () => void {
  if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in doc))
    return () => undefined;
  const mirrored = new Map<HTMLStyleElement, { sheet: CSSStyleSheet; text: string }>();
  const others = doc.adoptedStyleSheets.slice();

  const sync = () => {
    let changed = false;
    const current = new Set(doc.querySelectorAll<HTMLStyleElement>('style[data-mantine-styles]'));
    for (const element of mirrored.keys()) {
      if (!current.has(element)) {
        mirrored.delete(element);
        changed = true;
      }
    }
    for (const element of current) {
      const text = element.textContent;
      const entry = mirrored.get(element);
      if (entry?.text === text) continue;
      const sheet = entry?.sheet ?? new CSSStyleSheet();
      sheet.replaceSync(text);
      mirrored.set(element, { sheet, text });
      changed = true;
    }
    if (changed) {
      doc.adoptedStyleSheets = [...others, ...[...mirrored.values()].map((entry) => entry.sheet)];
    }
  };

  const touchesStyle = (node: Node | null) =>
    !!node &&
    (node.nodeName === 'STYLE' ||
      node.parentNode?.nodeName === 'STYLE' ||
      (node instanceof Element && node.querySelector('style') !== null));

  const observer = new MutationObserver((mutations) => {
    if (
      mutations.some(
        (mutation) =>
          touchesStyle(mutation.target) ||
          [...mutation.addedNodes].some(touchesStyle) ||
          [...mutation.removedNodes].some(touchesStyle),
      )
    ) {
      sync();
    }
  });
  observer.observe(doc, { subtree: true, childList: true, characterData: true });
  sync();
  return () => {
    observer.disconnect();
  };
}
