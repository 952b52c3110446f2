import { describe, expect, it } from '@jest/globals';
import { BAND_WIDTH, ROOM_SHOWN_FROM, roomBands } from './room-bands.js';

describe('the room in bands', () => {
  it('shows nothing in a room below the minimum size', () => {
    for (let going = 0; going < ROOM_SHOWN_FROM; going++) {
      for (let knowing = 0; knowing <= going; knowing++)
        expect(roomBands(going, knowing)).toEqual({ shown: false });
    }
  });

  it('puts the true counts inside bands that add up to the room', () => {
    for (let going = ROOM_SHOWN_FROM; going <= 200; going++) {
      for (let knowing = 0; knowing <= going; knowing++) {
        const bands = roomBands(going, knowing);
        if (!bands.shown) throw new Error(`room of ${going} not shown`);
        expect(bands.knowsSomeone.min).toBeLessThanOrEqual(knowing);
        expect(bands.knowsSomeone.max).toBeGreaterThanOrEqual(knowing);
        expect(bands.knowsNobody.min + bands.knowsSomeone.max).toBe(going);
        expect(bands.knowsNobody.max + bands.knowsSomeone.min).toBe(going);
      }
    }
  });

  // An edge X–Y follows from two rooms differing by X only if the first room's answer proves that Y knew nobody
  // there: that is, that nobody at all knew anybody. No shown answer ever says so.
  it('never tells a host for certain that nobody in a shown room knows anybody', () => {
    for (let going = ROOM_SHOWN_FROM; going <= 200; going++) {
      for (let knowing = 0; knowing <= going; knowing++) {
        const bands = roomBands(going, knowing);
        if (bands.shown) expect(bands.knowsSomeone.max).toBeGreaterThanOrEqual(BAND_WIDTH - 1);
      }
    }
  });

  it('gives the same answer for rooms of one more attendee whose acquaintances stay within a band', () => {
    expect(roomBands(12, 0)).toEqual({
      shown: true,
      knowsSomeone: { min: 0, max: 4 },
      knowsNobody: { min: 8, max: 12 },
    });
    expect(roomBands(13, 2)).toMatchObject({ knowsSomeone: { min: 0, max: 4 } });
  });
});
