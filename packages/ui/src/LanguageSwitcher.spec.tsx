import { fireEvent, render, screen } from '@testing-library/react';
import { LanguageSwitcher } from './LanguageSwitcher';

describe('LanguageSwitcher', () => {
  it('offers each language in its own name, marks the current one and reports a change', () => {
    const onChange = jest.fn();
    render(<LanguageSwitcher label="Kieli" current="fi" onChange={onChange} />);

    const group = screen.getByRole('group', { name: 'Kieli' });
    expect(group).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Suomi' })).toHaveAttribute('aria-pressed', 'true');
    const svenska = screen.getByRole('button', { name: 'Svenska' });
    expect(svenska).toHaveAttribute('aria-pressed', 'false');
    expect(svenska).toHaveAttribute('lang', 'sv');

    fireEvent.click(svenska);
    expect(onChange).toHaveBeenCalledWith('sv');

    fireEvent.click(screen.getByRole('button', { name: 'Suomi' }));
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
