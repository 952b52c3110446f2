import { describe, expect, it } from '@jest/globals';
import { HANDLE_PATTERN, handleCandidates, handleFromDisplayName } from './handle-slug.js';

describe('handleFromDisplayName', () => {
  it.each([
    ['Silke Schröder', 'silke-schroeder'],
    ['  Jürgen  Groß ', 'juergen-gross'],
    ['Zoë Çelik', 'zoe-celik'],
    ['Łukasz Żółć', 'lukasz-zolc'],
    ['Søren Ødegård', 'soren-odegard'],
    ['Ελένη Παπαδοπούλου', 'eleni-papadopoulou'],
    ['Дмитрий Щукин', 'dmitriy-shchukin'],
    ['李', 'member'],
    ['A', 'member-a'],
    ['x'.repeat(80), 'x'.repeat(30)],
  ])('turns %s into %s', (name, handle) => {
    expect(handleFromDisplayName(name)).toBe(handle);
    expect(handleFromDisplayName(name)).toMatch(HANDLE_PATTERN);
  });
});

describe('handleCandidates', () => {
  it('tries the handle itself first, then numbered ones', () => {
    expect(handleCandidates('silke')).toEqual([
      'silke',
      ...[2, 3, 4, 5, 6, 7, 8, 9].map((n) => `silke-${n}`),
    ]);
  });

  it('never offers a reserved handle', () => {
    expect(handleCandidates('admin')[0]).toBe('admin-2');
    expect(handleCandidates('docs-json')).not.toContain('docs-json');
  });
});
