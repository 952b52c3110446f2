import { describe, expect, it } from '@jest/globals';
import { HANDLE_PATTERN, handleFromDisplayName } from './handle-slug.js';

describe('handleFromDisplayName', () => {
  it.each([
    ['Silke Schröder', 'silke-schroeder'],
    ['  Jürgen  Groß ', 'juergen-gross'],
    ['Zoë Çelik', 'zoe-celik'],
    ['李', 'member'],
    ['A', 'member-a'],
    ['x'.repeat(80), 'x'.repeat(30)],
  ])('turns %s into %s', (name, handle) => {
    expect(handleFromDisplayName(name)).toBe(handle);
    expect(handleFromDisplayName(name)).toMatch(HANDLE_PATTERN);
  });
});
