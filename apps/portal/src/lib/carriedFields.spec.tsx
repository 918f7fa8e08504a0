import { act, render, screen } from '@testing-library/react';
import { useRef, useState } from 'react';

import { carryTypedValues, forgetCarriedValues, takeCarriedValue } from './carriedFields';
import { useAdoptTypedValue } from './firstRender';

/** The server's HTML of a small form: fields as the contact form has them, empty or at their default. */
function serverForm(root: HTMLElement) {
  root.innerHTML = `
    <form>
      <input type="tel" id="s-phone">
      <input type="checkbox" id="s-consent">
      <select id="s-window"><option value="ANY" selected>Any</option><option value="MORNING">Morning</option></select>
      <textarea id="s-message"></textarea>
    </form>`;
}

function fields(root: HTMLElement) {
  const [phone, consent, window, message] = [
    ...root.querySelectorAll<HTMLInputElement & HTMLSelectElement & HTMLTextAreaElement>(
      'input, select, textarea',
    ),
  ];
  if (!phone || !consent || !window || !message) throw new Error('form fields missing');
  return { phone, consent, window, message };
}

describe('what was typed before a render from scratch (carriedFields)', () => {
  let root: HTMLElement;

  beforeEach(() => {
    root = document.createElement('div');
    root.id = 'root';
    document.body.append(root);
    serverForm(root);
  });

  afterEach(() => {
    forgetCarriedValues();
    root.remove();
  });

  it('puts what was typed or chosen into the new render’s fields at the same places, with the focus, once', () => {
    const typed = fields(root);
    typed.phone.value = '040 123 4567';
    typed.window.value = 'MORNING';
    typed.message.value = 'Soittakaa iltapäivällä';
    typed.message.focus();
    typed.consent.checked = true;

    carryTypedValues(root);
    // The new render: other ids (useId), the same page.
    root.replaceChildren();
    serverForm(root);
    const fresh = fields(root);

    expect(takeCarriedValue(fresh.phone)).toBe('040 123 4567');
    expect(fresh.phone.value).toBe('040 123 4567');
    expect(takeCarriedValue(fresh.window)).toBe('MORNING');
    expect(fresh.window.value).toBe('MORNING');
    expect(takeCarriedValue(fresh.message)).toBe('Soittakaa iltapäivällä');
    expect(document.activeElement).toBe(fresh.message);
    // Taken once: a field mounted later at the same place starts as it is.
    expect(takeCarriedValue(fresh.phone)).toBeUndefined();
  });

  it('carries nothing for fields left as the server rendered them, nor after the person moves on', () => {
    const typed = fields(root);
    typed.phone.value = '040 123 4567';
    carryTypedValues(root);
    root.replaceChildren();
    serverForm(root);

    expect(takeCarriedValue(fields(root).message)).toBeUndefined();
    expect(takeCarriedValue(fields(root).window)).toBeUndefined();
    forgetCarriedValues();
    expect(takeCarriedValue(fields(root).phone)).toBeUndefined();
    expect(fields(root).phone.value).toBe('');
  });

  it('a field’s state takes the carried value when it mounts (useAdoptTypedValue)', () => {
    fields(root).message.value = 'Tarvitsen apua';
    carryTypedValues(root);
    root.replaceChildren();

    function Message() {
      const [message, setMessage] = useState('');
      const field = useRef<HTMLTextAreaElement>(null);
      useAdoptTypedValue(field, message, setMessage);
      return (
        <form>
          <input type="tel" defaultValue="" />
          <input type="checkbox" />
          <select defaultValue="ANY">
            <option value="ANY">Any</option>
          </select>
          <textarea
            ref={field}
            value={message}
            onChange={(event) => {
              setMessage(event.target.value);
            }}
          />
          <output>{message}</output>
        </form>
      );
    }
    act(() => {
      render(<Message />, { container: root });
    });

    expect(screen.getByText('Tarvitsen apua', { selector: 'output' })).toBeTruthy();
    expect(fields(root).message.value).toBe('Tarvitsen apua');
  });
});
