// Every number the API takes has a documented maximum it enforces, and no field that cannot be null takes null:
// neither reaches the database as a value its column cannot hold (a 500 before).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  bodyRoutes,
  documentedRoutes,
  queryParameters,
  type SchemaObject,
} from './support/openapi-routes.js';
import { refusesField, type RouteCaller, routeCaller } from './support/route-caller.js';

const POSTGRES_INT_OVERFLOW = 2 ** 31;

const isNumber = (schema: SchemaObject | undefined) =>
  schema?.type === 'integer' || schema?.type === 'number';

/** Values beyond the documented range, and beyond what a PostgreSQL integer holds. */
function outOfRange(schema: SchemaObject): number[] {
  const values = [schema.maximum! + 1, POSTGRES_INT_OVERFLOW, Infinity];
  if (schema.minimum !== undefined) values.push(schema.minimum - 1, -POSTGRES_INT_OVERFLOW - 1);
  return values;
}

describe('numbers and nulls', () => {
  let api: ApiHarness;
  let caller: RouteCaller;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    caller = await routeCaller(api);
  });
  afterAll(() => api.close());

  const numberFields = () =>
    bodyRoutes(caller.document).flatMap((route) =>
      Object.entries(route.schema.properties ?? {})
        .filter(([, property]) => isNumber(property as SchemaObject))
        .map(([field, property]) => ({ route, field, schema: property as SchemaObject })),
    );

  const numberParameters = () =>
    documentedRoutes(caller.document).flatMap((route) =>
      queryParameters(route)
        .filter((parameter) => isNumber(parameter.schema as SchemaObject))
        .map((parameter) => ({ route, field: parameter.name, schema: parameter.schema as SchemaObject })),
    );

  it('documents a maximum for every number in a body or query string', () => {
    const fields = [...numberFields(), ...numberParameters()];
    expect(fields.map(({ route, field }) => `${route.label} ${field}`)).toEqual(
      expect.arrayContaining(['POST /api/v1/meetups capacity', 'GET /api/v1/meetups limit']),
    );
    const unbounded = fields.filter(({ schema }) => typeof schema.maximum !== 'number');
    expect(unbounded.map(({ route, field }) => `${route.label} ${field}`)).toEqual([]);
  });

  it('refuses numbers beyond their range in every JSON body, naming the field', async () => {
    const accepted: string[] = [];
    for (const { route, field, schema } of numberFields()) {
      for (const value of outOfRange(schema)) {
        // 1e400 is Infinity to JavaScript, so it travels as raw JSON text.
        const body = `{"${field}":${value === Infinity ? '1e400' : value}}`;
        const response = await caller.send(route, body);
        if (!refusesField(response, field))
          accepted.push(`${route.label} ${field}=${value}: ${response.status}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('refuses numbers beyond their range in every query string, naming the parameter', async () => {
    const accepted: string[] = [];
    for (const { route, field, schema } of numberParameters()) {
      for (const value of [...outOfRange(schema).filter(Number.isFinite), '1e400', '99999999999999999999']) {
        const response = await caller.get(route, { [field]: value });
        if (!refusesField(response, field))
          accepted.push(`${route.label} ?${field}=${value}: ${response.status}`);
      }
    }
    expect(accepted).toEqual([]);
  });

  it('refuses null for every field of every JSON body that cannot be null, naming the field', async () => {
    const fields = bodyRoutes(caller.document).flatMap((route) =>
      Object.entries(route.schema.properties ?? {})
        .filter(([, property]) => (property as SchemaObject).nullable !== true)
        .map(([field]) => ({ route, field })),
    );
    expect(fields.map(({ route, field }) => `${route.label} ${field}`)).toEqual(
      expect.arrayContaining([
        'PATCH /api/v1/me/notifications reminders',
        'PATCH /api/v1/meetups/{id} title',
        'POST /api/v1/meetups description',
      ]),
    );
    const accepted: string[] = [];
    for (const { route, field } of fields) {
      const response = await caller.send(route, { [field]: null });
      if (!refusesField(response, field))
        accepted.push(`${route.label} ${field}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    expect(accepted).toEqual([]);
  });

  it('takes null where the document says a field may be null', async () => {
    const meetup = bodyRoutes(caller.document).find((route) => route.label === 'PATCH /api/v1/meetups/{id}')!;
    const nullable = Object.entries(meetup.schema.properties ?? {})
      .filter(([, property]) => (property as SchemaObject).nullable === true)
      .map(([field]) => field);
    expect(nullable).toEqual(
      expect.arrayContaining(['venueName', 'address', 'onlineUrl', 'capacity', 'rsvpDeadline']),
    );
    const response = await caller.send(meetup, Object.fromEntries(nullable.map((field) => [field, null])));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject(Object.fromEntries(nullable.map((field) => [field, null])));
  });
});
