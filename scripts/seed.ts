// `npm run seed`: demo data for a local Neuland — the Hamburg career-experts circle and the people around it.
// Safe to run twice: existing accounts are kept.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { type Role, UsersService } from '@neuland/auth';
import { loadConfig } from '@neuland/config';
import { ensureDatabaseExists } from '@neuland/database';
import { ApiModule } from '../apps/api/src/api.module.js';

export const DEMO_PASSWORD = 'neuland-demo-2026';

export const DEMO_PEOPLE: Array<{ key: string; displayName: string; role: Role }> = [
  { key: 'admin', displayName: 'Neuland Admin', role: 'admin' },
  { key: 'silke', displayName: 'Silke Schröder', role: 'organiser' },
  { key: 'sabine', displayName: 'Sabine Krüger', role: 'member' },
  { key: 'natalie', displayName: 'Natalie Weber', role: 'member' },
  { key: 'inga', displayName: 'Inga Hansen', role: 'member' },
  { key: 'jens', displayName: 'Jens Petersen', role: 'member' },
  { key: 'maren', displayName: 'Maren Jakobs', role: 'member' },
  { key: 'tobias', displayName: 'Tobias Brandt', role: 'member' },
  { key: 'aylin', displayName: 'Aylin Demir', role: 'member' },
  { key: 'frauke', displayName: 'Frauke Lüders', role: 'member' },
  { key: 'ole', displayName: 'Ole Carstensen', role: 'member' },
  { key: 'miriam', displayName: 'Miriam Stein', role: 'member' },
  { key: 'kai', displayName: 'Kai Ahrens', role: 'member' },
  { key: 'lena', displayName: 'Lena Vogt', role: 'member' },
];

const demoEmail = (key: string) => `${key}@neuland.example`;

async function seed(): Promise<void> {
  const config = loadConfig();
  await ensureDatabaseExists(config.database.url);
  const app = await NestFactory.createApplicationContext(ApiModule.forRoot(config), { logger: ['error'] });
  const users = app.get(UsersService);
  for (const person of DEMO_PEOPLE) {
    const existing = await users.findByEmailWithPassword(demoEmail(person.key));
    if (existing) continue;
    await users.create({
      email: demoEmail(person.key),
      password: DEMO_PASSWORD,
      displayName: person.displayName,
      role: person.role,
    });
  }
  await app.close();
  process.stdout.write(
    `Seeded ${DEMO_PEOPLE.length} people. Log in as silke@neuland.example (organiser) or admin@neuland.example, password ${DEMO_PASSWORD}\n`,
  );
}

await seed();
