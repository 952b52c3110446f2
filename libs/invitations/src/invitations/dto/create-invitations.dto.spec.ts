import { describe, expect, it } from '@jest/globals';
import { targetOf } from './create-invitations.dto.js';

describe('the target of an invitation request', () => {
  it('is the one field given, with addresses and topics lower-cased', () => {
    expect(targetOf({ handle: 'silke' })).toEqual({ kind: 'handle', handle: 'silke' });
    expect(targetOf({ email: 'Jana@Example.org' })).toEqual({ kind: 'email', email: 'jana@example.org' });
    expect(targetOf({ contactsInCity: 'Hamburg' })).toEqual({ kind: 'contactsInCity', city: 'Hamburg' });
    expect(targetOf({ knownOnlineInterestedIn: 'UX' })).toEqual({
      kind: 'knownOnlineInterestedIn',
      topic: 'ux',
    });
  });

  it('is missing when no field or several are given', () => {
    expect(targetOf({ personalMessage: 'Hallo' })).toBeNull();
    expect(targetOf({ handle: 'silke', contactsInCity: 'Hamburg' })).toBeNull();
  });
});
