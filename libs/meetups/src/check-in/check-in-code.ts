// Check-in codes: short enough to read aloud at the door, random enough not to be guessed.
import { randomInt } from 'node:crypto';

// Crockford's base32 without the look-alikes I, L, O, U: 32 symbols, 5 bits each.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 10 symbols = 50 random bits: guessing one of 5,000 codes at a meetup takes ~2^37 tries. */
export function newCheckInCode(length = 10): string {
  let code = '';
  for (let index = 0; index < length; index += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** What people type: lower case, spaces, dashes, O for 0 and I/L for 1 are forgiven. */
export function normaliseCheckInCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}
