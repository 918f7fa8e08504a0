import { asFirstRender, clockNow, setRenderedAt } from './firstRender';

describe('the first render’s clock (clockNow)', () => {
  afterEach(() => {
    setRenderedAt(null);
  });

  it('is the moment the server rendered the page while a first render runs, the real clock after', () => {
    const rendered = Date.UTC(2026, 11, 5, 23, 59, 0);
    setRenderedAt(rendered);

    // The server's render and the browser's hydration, however much later, see the same moment.
    expect(asFirstRender(() => clockNow())).toBe(rendered);
    const after = clockNow();
    expect(after).not.toBe(rendered);
    expect(Math.abs(after - Date.now())).toBeLessThan(60_000);
  });

  it('is the real clock without a rendered moment (a page the browser renders itself)', () => {
    const inFirstRender = asFirstRender(() => clockNow());
    expect(Math.abs(inFirstRender - Date.now())).toBeLessThan(60_000);
  });
});
