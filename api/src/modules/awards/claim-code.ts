import { randomInt } from 'node:crypto';

/** Letters and digits without 0, O, 1 and I, which people confuse. */
export const CLAIM_CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
export const CLAIM_CODE_LENGTH = 10;

/** Draws a new code from a cryptographic random source, without dashes. */
export function generateClaimCode(): string {
  let code = '';
  for (let index = 0; index < CLAIM_CODE_LENGTH; index += 1) {
    code += CLAIM_CODE_ALPHABET[randomInt(CLAIM_CODE_ALPHABET.length)];
  }

  return code;
}

/** Reads a code as typed: any case, with or without dashes and spaces. */
export function normaliseClaimCode(typed: string): string {
  return typed.replace(/[\s-]+/g, '').toUpperCase();
}

export function isClaimCodeShape(code: string): boolean {
  return (
    code.length === CLAIM_CODE_LENGTH &&
    [...code].every((char) => CLAIM_CODE_ALPHABET.includes(char))
  );
}

/** Groups a stored code as ABCD-EFGH-JK for reading out and typing. */
export function formatClaimCode(code: string): string {
  return code.match(/.{1,4}/g)!.join('-');
}
