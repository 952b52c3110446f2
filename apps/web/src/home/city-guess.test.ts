import { describe, expect, it } from '@jest/globals';
import { cityNamesFor, matchCity } from './city-guess';

describe('cityNamesFor', () => {
  it('names the city of the time zone', () => {
    expect(cityNamesFor('Europe/Berlin', ['en-GB'])).toEqual(['Berlin']);
    expect(cityNamesFor('America/New_York', ['en-US'])).toEqual(['New York']);
    expect(cityNamesFor('America/Argentina/Buenos_Aires', ['es'])).toEqual(['Buenos Aires']);
  });

  it('puts the German name first for a browser that speaks German first', () => {
    expect(cityNamesFor('Europe/Vienna', ['de-AT', 'en'])).toEqual(['Wien', 'Vienna']);
    expect(cityNamesFor('Europe/Vienna', ['en-GB', 'de'])).toEqual(['Vienna', 'Wien']);
  });

  it('guesses nothing from a zone that names no city', () => {
    expect(cityNamesFor('UTC', ['en'])).toEqual([]);
    expect(cityNamesFor('Etc/GMT+1', ['en'])).toEqual([]);
  });
});

describe('matchCity', () => {
  it('finds the city whatever the case, as the listing spells it', () => {
    expect(matchCity(['Wien', 'Vienna'], ['Hamburg', 'vienna'])).toBe('vienna');
    expect(matchCity(['Berlin'], ['Hamburg'])).toBeNull();
  });
});
