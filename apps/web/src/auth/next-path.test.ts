import { describe, expect, it } from '@jest/globals';
import { nextPath } from './next-path';

describe('nextPath', () => {
  it('returns to the meetup the person came from', () => {
    expect(nextPath('?next=%2Fm%2Fabc')).toBe('/m/abc');
  });

  it('never sends anyone to another site', () => {
    expect(nextPath('?next=https://evil.example')).toBe('/');
    expect(nextPath('?next=//evil.example')).toBe('/');
    expect(nextPath('?next=/\\evil.example')).toBe('/');
    expect(nextPath('')).toBe('/');
  });
});
