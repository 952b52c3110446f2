// `npm run seed`: demo data for a local Neuland — the Hamburg career-experts circle, the people around it,
// who follows whom, and their next meetup. Safe to run twice: what exists is kept.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { actingFor, type Role, UsersService } from '@neuland/auth';
import { loadConfig } from '@neuland/config';
import { ensureDatabaseExists } from '@neuland/database';
import { MeetupsService, RsvpService } from '@neuland/meetups';
import { ProfilesService } from '@neuland/profiles';
import { SocialAccountsService } from '@neuland/profiles';
import { ContactImportsService, SocialGraphService } from '@neuland/social-graph';
import { DataSource } from 'typeorm';
import { ApiModule } from '../apps/api/src/api.module.js';

export const DEMO_PASSWORD = 'neuland-demo-2026';

interface DemoPerson {
  key: string;
  displayName: string;
  role: Role;
  headline: string;
  topics: string[];
}

const PEOPLE: DemoPerson[] = [
  {
    key: 'admin',
    displayName: 'Neuland Admin',
    role: 'admin',
    headline: 'Keeps Neuland running',
    topics: [],
  },
  {
    key: 'silke',
    displayName: 'Silke Schröder',
    role: 'organiser',
    headline: 'Karriereberaterin, Hamburg',
    topics: ['karriere', 'coaching'],
  },
  {
    key: 'sabine',
    displayName: 'Sabine Krüger',
    role: 'member',
    headline: 'HR Business Partner',
    topics: ['karriere', 'hr'],
  },
  {
    key: 'natalie',
    displayName: 'Natalie Weber',
    role: 'member',
    headline: 'Recruiterin im Tech-Umfeld',
    topics: ['recruiting', 'karriere'],
  },
  {
    key: 'inga',
    displayName: 'Inga Hansen',
    role: 'member',
    headline: 'Bewerbungscoach',
    topics: ['bewerbung', 'coaching'],
  },
  {
    key: 'jens',
    displayName: 'Jens Petersen',
    role: 'member',
    headline: 'Personalentwickler',
    topics: ['hr', 'weiterbildung'],
  },
  {
    key: 'maren',
    displayName: 'Maren Jakobs',
    role: 'member',
    headline: 'Outplacement-Beraterin',
    topics: ['karriere'],
  },
  {
    key: 'tobias',
    displayName: 'Tobias Brandt',
    role: 'member',
    headline: 'LinkedIn-Trainer',
    topics: ['linkedin', 'personal-branding'],
  },
  {
    key: 'aylin',
    displayName: 'Aylin Demir',
    role: 'member',
    headline: 'Employer Branding',
    topics: ['employer-branding'],
  },
  {
    key: 'frauke',
    displayName: 'Frauke Lüders',
    role: 'member',
    headline: 'Karrierecoach für Frauen',
    topics: ['karriere', 'coaching'],
  },
  {
    key: 'ole',
    displayName: 'Ole Carstensen',
    role: 'member',
    headline: 'Headhunter',
    topics: ['recruiting'],
  },
  {
    key: 'miriam',
    displayName: 'Miriam Stein',
    role: 'member',
    headline: 'Arbeitsrechtlerin',
    topics: ['arbeitsrecht'],
  },
  {
    key: 'kai',
    displayName: 'Kai Ahrens',
    role: 'member',
    headline: 'New-Work-Berater',
    topics: ['new-work'],
  },
  {
    key: 'lena',
    displayName: 'Lena Vogt',
    role: 'member',
    headline: 'Talent Acquisition Lead',
    topics: ['recruiting', 'hr'],
  },
];

// Who follows whom in Neuland: Sabine and Natalie follow each other; the rest is a loose circle around Silke.
const FOLLOWS: Array<[string, string]> = [
  ['sabine', 'natalie'],
  ['natalie', 'sabine'],
  ['sabine', 'silke'],
  ['silke', 'sabine'],
  ['jens', 'silke'],
  ['maren', 'silke'],
  ['silke', 'maren'],
  ['tobias', 'aylin'],
  ['aylin', 'tobias'],
  ['frauke', 'inga'],
  ['ole', 'lena'],
  ['lena', 'ole'],
  ['kai', 'miriam'],
  ['miriam', 'kai'],
  ['jens', 'sabine'],
];

const demoEmail = (key: string) => `${key}@neuland.example`;
const mastodonHandle = (key: string) => `@${key}@hamburg.social`;

async function seed(): Promise<void> {
  const config = loadConfig();
  await ensureDatabaseExists(config.database.url);
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(config), { logger: ['error'] });
  const users = app.get(UsersService);
  const ids = new Map<string, string>();
  for (const person of PEOPLE) {
    const existing = await users.findByEmailWithPassword(demoEmail(person.key));
    const user =
      existing ??
      (await users.create({
        email: demoEmail(person.key),
        password: DEMO_PASSWORD,
        displayName: person.displayName,
        role: person.role,
      }));
    ids.set(person.key, user.id);
    if (existing) continue;
    // Demo addresses receive no mail: the demo people count as verified, so they may RSVP, invite and import.
    await app.get(DataSource).query(`UPDATE "user" SET email_verified_at = now() WHERE id = $1`, [user.id]);
    await app
      .get(ProfilesService)
      .updateOwn(user.id, { headline: person.headline, homeCity: 'Hamburg', topics: person.topics });
    await app.get(SocialAccountsService).add(user.id, 'mastodon', mastodonHandle(person.key));
  }
  const id = (key: string) => ids.get(key)!;
  for (const [follower, followee] of FOLLOWS)
    await app.get(SocialGraphService).follow(id(follower), id(followee));
  // Natalie knows Inga from Mastodon without following her here: an imported follow list says so.
  await app.get(ContactImportsService).import(id('natalie'), Buffer.from(`${mastodonHandle('inga')}\n`));

  const silke = actingFor(id('silke'), 'organiser');
  const title = 'Karriere-Experten Hamburg: Stammtisch im Dezember';
  const [already] = await app
    .get(DataSource)
    .query(`SELECT id FROM meetup WHERE organiser_id = $1 AND title = $2`, [silke.id, title]);
  if (!already) {
    const startsAt = new Date(Date.now() + 14 * 24 * 3600 * 1000);
    startsAt.setUTCHours(17, 30, 0, 0);
    const meetup = await app.get(MeetupsService).create(silke, {
      title,
      description:
        'Wir treffen uns zum **Austausch über Karrierethemen** — endlich mal offline. Ich kenn Dich aus dem Internet!',
      topics: ['karriere', 'hr', 'recruiting'],
      city: 'Hamburg',
      venueName: 'Betahaus Schanze',
      address: 'Lerchenstraße 28a, 22767 Hamburg',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3600 * 1000).toISOString(),
      timeZone: 'Europe/Berlin',
      capacity: 30,
      visibility: 'public',
    });
    await app.get(MeetupsService).publish(meetup.id, silke);
    for (const key of [
      'silke',
      'sabine',
      'natalie',
      'inga',
      'jens',
      'maren',
      'tobias',
      'aylin',
      'frauke',
      'ole',
      'lena',
    ]) {
      await app.get(RsvpService).rsvpGoing(meetup.id, id(key));
    }
  }
  await app.close();
  process.stdout.write(
    `Seeded ${PEOPLE.length} people and Silke's meetup. Log in as silke@neuland.example (organiser), ` +
      `sabine@neuland.example or admin@neuland.example; password ${DEMO_PASSWORD}\n`,
  );
}

await seed();
