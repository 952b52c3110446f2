// Name badges for the hosts to print: everyone going, eight to an A4 page, with the fonts embedded so that every
// name prints as typed, read back from the PDF.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import jsQRModule from 'jsqr';
import { type ApiHarness, startApi } from './support/api-harness.js';
import { checkIn, seatFor } from './support/door.js';
import { photo, uploadPhoto } from './support/images.js';
import { makeMeetup } from './support/meetups.js';
import { makeMember, type TestMember } from './support/members.js';
import { binaryBody, readPdf, renderPdfPage } from './support/pdf.js';

const jsQR = jsQRModule.default;

const NAMES = [
  'Jürgen Größe',
  'Zoë Ødegård',
  'Łukasz Żółć',
  'Çağla Şahin',
  'Ιωάννα Παππά',
  'Ärzte ohne Grenzen',
  'Anna Berg',
  'Bruno Öztürk',
  'Chloé Dubois',
  'Dörte Maaß',
];
/** German order: Ä with A, Ö with O, Ł after L, Greek after Latin. */
const ALPHABETICAL = [
  'Anna Berg',
  'Ärzte ohne Grenzen',
  'Bruno Öztürk',
  'Çağla Şahin',
  'Chloé Dubois',
  'Dörte Maaß',
  'Jürgen Größe',
  'Łukasz Żółć',
  'Zoë Ødegård',
  'Ιωάννα Παππά',
];

describe('name badges', () => {
  let api: ApiHarness;
  let organiser: TestMember;
  let meetupId: string;
  const people = new Map<string, TestMember>();
  const codes = new Map<string, string>();

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    organiser = await makeMember(api, { role: 'organiser' });
    meetupId = (await makeMeetup(api, organiser, { title: 'Köln: Über Grenzen' })).id;
    for (const name of NAMES) {
      const person = await makeMember(api, { displayName: name });
      people.set(name, person);
      codes.set(name, await seatFor(api, person, meetupId));
    }
    await uploadPhoto(api, people.get('Jürgen Größe')!, await photo('#2a9d8f')).expect(200);
  });
  afterAll(() => api.close());

  const badges = (caller: TestMember, query = '') =>
    api
      .http()
      .get(`/api/v1/meetups/${meetupId}/badges.pdf${query}`)
      .set('Authorization', caller.bearer)
      .buffer(true)
      .parse(binaryBody);

  /**
   * The badge names in print order. A badge's text runs: the meetup's title, the initial where there is no photo,
   * the name (on one or two lines), the @handle, the product's name.
   */
  const namesIn = (texts: string[]) =>
    texts
      .join('\n')
      .split('Köln: Über Grenzen\n')
      .slice(1)
      .map((badge) => {
        const runs = badge.split('\n');
        const name = runs.slice(
          0,
          runs.findIndex((run) => run.startsWith('@')),
        );
        return (name[0].length === 1 ? name.slice(1) : name).join(' ');
      });

  it('prints everyone going on A4 pages of eight, alphabetically, names with umlauts and other letters as typed', async () => {
    const response = await badges(organiser).expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="badges-[0-9a-f]{8}\.pdf"$/,
    );
    const pages = await readPdf(response.body);
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(Math.round(page.width)).toBe(595);
      expect(Math.round(page.height)).toBe(842);
    }
    expect(namesIn(pages[0].texts)).toEqual(ALPHABETICAL.slice(0, 8));
    expect(namesIn(pages[1].texts)).toEqual(ALPHABETICAL.slice(8));
    const jurgen = people.get('Jürgen Größe')!;
    expect(pages[0].texts).toContain(`@${jurgen.handle}`);
    expect(pages[0].texts).toContain('Köln: Über Grenzen');
    // The fonts travel inside the file (TrueType, subset): no printer has to guess at ß or Ł.
    const raw = response.body.toString('latin1');
    expect(raw).toContain('/FontFile2');
    expect(raw).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
  });

  it('puts a QR code of the profile on each badge', async () => {
    const pdf = (await badges(organiser).expect(200)).body;
    const page = await renderPdfPage(pdf, 2, 3);
    // The second page holds two badges, the first in the top left quarter: read its code there.
    const quarterWidth = Math.floor(page.width / 2);
    const quarterHeight = Math.floor(page.height / 4);
    const quarter = new Uint8ClampedArray(quarterWidth * quarterHeight * 4);
    for (let row = 0; row < quarterHeight; row++) {
      const start = row * page.width * 4;
      quarter.set(page.rgba.subarray(start, start + quarterWidth * 4), row * quarterWidth * 4);
    }
    const code = jsQR(quarter, quarterWidth, quarterHeight);
    expect(code?.data).toBe(`${api.config.app.url}/p/${people.get(ALPHABETICAL[8])!.handle}`);
  });

  it('orders by arrival: those checked in first come first, then everyone still to come alphabetically', async () => {
    for (const name of ['Zoë Ødegård', 'Dörte Maaß', 'Jürgen Größe']) {
      await checkIn(api, organiser, meetupId, codes.get(name)!);
    }
    const pages = await readPdf((await badges(organiser, '?order=arrival').expect(200)).body);
    const printed = pages.flatMap((page) => namesIn(page.texts));
    expect(printed).toEqual([
      'Zoë Ødegård',
      'Dörte Maaß',
      'Jürgen Größe',
      ...ALPHABETICAL.filter((name) => !['Zoë Ødegård', 'Dörte Maaß', 'Jürgen Größe'].includes(name)),
    ]);
  });

  it('is for the organiser and co-hosts only, and names the orders it knows', async () => {
    const [attendee, otherOrganiser] = [
      people.get('Anna Berg')!,
      await makeMember(api, { role: 'organiser' }),
    ];
    for (const refused of [attendee, otherOrganiser]) {
      expect(JSON.parse((await badges(refused).expect(403)).body.toString()).error).toBe('NOT_MEETUP_HOST');
    }
    const wrongOrder = await badges(organiser, '?order=random').expect(400);
    expect(JSON.parse(wrongOrder.body.toString()).error).toBe('VALIDATION_FAILED');
  });
});
