import { SDGS } from '@test/reference-data';
import { renderWithApp } from '@test/render';
import { screen } from '@testing-library/react';

import { SdgChips } from './SdgChips';

function numberChip(number: number): HTMLElement {
  return screen.getByText(String(number), { selector: '.sdg-number' });
}

describe('SdgChips', () => {
  test('text colour follows the background', () => {
    renderWithApp(<SdgChips sdgs={SDGS} />);

    expect(numberChip(2)).toHaveStyle({ color: '#000000' });
    expect(numberChip(7)).toHaveStyle({ color: '#000000' });
    expect(numberChip(11)).toHaveStyle({ color: '#000000' });
    expect(numberChip(17)).toHaveStyle({ color: '#ffffff' });
  });
});
