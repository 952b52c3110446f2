import { describe, expect, it } from '@jest/globals';
import { csrfTokenFromCookies } from './csrf-token';

describe('csrfTokenFromCookies', () => {
  it('finds the CSRF token among other cookies', () => {
    expect(csrfTokenFromCookies('theme=dark; neuland_csrf=abc-123_x; lang=de')).toBe('abc-123_x');
  });

  it('finds nothing for a guest, and does not mistake a similarly named cookie for it', () => {
    expect(csrfTokenFromCookies('')).toBeUndefined();
    expect(csrfTokenFromCookies('old_neuland_csrf=stale')).toBeUndefined();
  });
});
