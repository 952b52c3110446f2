import { describe, expect, it } from '@jest/globals';
import { newCheckInCode, normaliseCheckInCode } from './check-in-code.js';

describe('check-in codes', () => {
  it('are ten symbols of an alphabet without look-alikes, and do not repeat', () => {
    const codes = Array.from({ length: 2000 }, () => newCheckInCode());
    expect(codes.every((code) => /^[0-9ABCDEFGHJKMNPQRSTVWXYZ]{10}$/.test(code))).toBe(true);
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('forgive case, spaces, dashes and letters typed for digits', () => {
    expect(normaliseCheckInCode(' ab-cd o1 il ')).toBe('ABCD0111');
  });
});
