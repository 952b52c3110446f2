import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';

// The example file is where an operator learns what can be set: a variable the schema reads but the example leaves
// out is a setting nobody finds.
const read = (path: string) => readFileSync(join(process.cwd(), path), 'utf8');

describe('config/neuland.env.example', () => {
  it('lists every variable the environment schema reads', () => {
    const schema = read('libs/config/src/environment.schema.ts');
    const example = read('config/neuland.env.example');
    const variables = [...schema.matchAll(/^ {2}([A-Z][A-Z0-9_]+)[?!]?:/gm)].map((match) => match[1]);
    const listed = new Set([...example.matchAll(/^#? ?([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]));

    expect(variables.length).toBeGreaterThan(40);
    expect(variables.filter((variable) => !listed.has(variable))).toEqual([]);
  });
});
