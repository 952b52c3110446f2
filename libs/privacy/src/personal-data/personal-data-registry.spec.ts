import { describe, expect, it } from '@jest/globals';
import { type PersonalDataHolder, PersonalDataRegistry } from './personal-data-registry.js';

const holder = (): PersonalDataHolder => ({ exportFor: async () => ({}), eraseFor: async () => undefined });

describe('PersonalDataRegistry', () => {
  it('refuses a second holder under a feature name, so that none silently drops out of exports and erasures', () => {
    const registry = new PersonalDataRegistry();
    registry.register('admin', holder());
    expect(() => registry.register('admin', holder())).toThrow('one holder per feature');
  });

  it('takes the same holder again, as a module initialised twice would', () => {
    const registry = new PersonalDataRegistry();
    const one = holder();
    registry.register('admin', one);
    registry.register('admin', one);
    expect(registry.features()).toEqual(['admin']);
  });
});
