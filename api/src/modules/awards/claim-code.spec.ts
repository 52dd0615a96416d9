import {
  CLAIM_CODE_ALPHABET,
  formatClaimCode,
  generateClaimCode,
  isClaimCodeShape,
  normaliseClaimCode,
} from './claim-code.js';

describe('claim codes', () => {
  it('draws 10 characters from the unambiguous alphabet', () => {
    const codes = Array.from({ length: 200 }, generateClaimCode);
    for (const code of codes) expect(isClaimCodeShape(code)).toBe(true);
    expect(CLAIM_CODE_ALPHABET).not.toMatch(/[01OI]/);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('groups codes in fours and reads them back in any form', () => {
    expect(formatClaimCode('ABCDEFGHJK')).toBe('ABCD-EFGH-JK');
    expect(normaliseClaimCode(' abcd-efgh jk ')).toBe('ABCDEFGHJK');
    expect(isClaimCodeShape(normaliseClaimCode('abcd-efgh-j0'))).toBe(false);
  });
});
