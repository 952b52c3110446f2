// Every string field the API takes is a single line unless the OpenAPI document marks it `x-multiline`: a line
// break in a title, name, city or handle is refused before it can reach a calendar, a mail header or a CSV file.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { type ApiHarness, startApi } from './support/api-harness.js';
import {
  type BodyRoute,
  bodyRoutes,
  documentedRoutes,
  queryParameters,
  type SchemaObject,
} from './support/openapi-routes.js';
import { fieldsNamedIn, refusesField, type RouteCaller, routeCaller } from './support/route-caller.js';

interface StringField {
  route: BodyRoute;
  field: string;
  multiLine: boolean;
  /** The field's value in a request, holding `text`. */
  valueOf: (text: string) => unknown;
}

const isMultiLine = (schema: SchemaObject) => (schema as Record<string, unknown>)['x-multiline'] === true;

describe('single-line and multi-line text', () => {
  let api: ApiHarness;
  let caller: RouteCaller;

  beforeAll(async () => {
    api = await startApi({ LOGIN_ATTEMPTS_PER_MINUTE: '100000' });
    caller = await routeCaller(api);
  });
  afterAll(() => api.close());

  /** The string properties of every JSON body (arrays of strings included), as the document describes them. */
  const bodyFields = (): StringField[] =>
    bodyRoutes(caller.document).flatMap((route) =>
      Object.entries(route.schema.properties ?? {}).flatMap(([field, property]): StringField[] => {
        const schema = property as SchemaObject;
        const items = schema.items as SchemaObject | undefined;
        if (schema.type === 'string' && !schema.enum && schema.format !== 'uuid') {
          return [{ route, field, multiLine: isMultiLine(schema), valueOf: (text: string) => text }];
        }
        if (schema.type === 'array' && items?.type === 'string') {
          return [{ route, field, multiLine: isMultiLine(items), valueOf: (text: string) => [text] }];
        }
        return [];
      }),
    );

  const send = async (field: StringField, text: string) =>
    caller.send(field.route, { [field.field]: field.valueOf(text) });

  it('refuses a line break in every single-line field of every JSON body, naming the field', async () => {
    const fields = bodyFields().filter((field) => !field.multiLine);
    expect(fields.map((field) => `${field.route.label} ${field.field}`)).toEqual(
      expect.arrayContaining([
        'POST /api/v1/meetups title',
        'POST /api/v1/meetups venueName',
        'POST /api/v1/meetups topics',
        'PATCH /api/v1/me/profile displayName',
        'POST /api/v1/me/trips city',
        'POST /api/v1/auth/register displayName',
      ]),
    );
    const accepted: string[] = [];
    for (const field of fields) {
      const response = await send(field, 'first line\r\nsecond line');
      if (!refusesField(response, field.field))
        accepted.push(
          `${field.route.label} ${field.field}: ${response.status} ${JSON.stringify(response.body)}`,
        );
    }
    expect(accepted).toEqual([]);
  });

  it('takes line breaks in the multi-line fields, but no other control characters', async () => {
    const fields = bodyFields().filter((field) => field.multiLine);
    expect(fields.map((field) => `${field.route.label} ${field.field}`).sort()).toEqual([
      'PATCH /api/v1/circles/{slug} description',
      'PATCH /api/v1/circles/{slug}/series/{seriesId}/occurrences/{meetupId}/following description',
      'PATCH /api/v1/me/profile bio',
      'PATCH /api/v1/meetups/{id} description',
      'POST /api/v1/circles description',
      'POST /api/v1/circles/{slug}/meetups description',
      'POST /api/v1/circles/{slug}/series description',
      'POST /api/v1/circles/{slug}/series/{seriesId}/occurrences/{meetupId}/cancel-following message',
      'POST /api/v1/me/organiser-request message',
      'POST /api/v1/me/trips note',
      'POST /api/v1/meetups description',
      'POST /api/v1/meetups/{id}/cancel message',
      'POST /api/v1/meetups/{meetupId}/invitations personalMessage',
      'POST /api/v1/reports reason',
      'PUT /api/v1/admin/users/{id}/suspension reason',
      'PUT /api/v1/circles/{slug}/membership answer',
    ]);
    const wrong: string[] = [];
    for (const field of fields) {
      const lines = await send(field, 'first line\r\nsecond line\n\tindented');
      if (fieldsNamedIn(lines).includes(field.field))
        wrong.push(`${field.route.label} ${field.field} refused line breaks`);
      const bell = await send(field, 'ring the bell \u0007 now');
      if (!refusesField(bell, field.field))
        wrong.push(`${field.route.label} ${field.field} took a control character`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a line break in every string query parameter, naming the parameter', async () => {
    const parameters = documentedRoutes(caller.document).flatMap((route) =>
      queryParameters(route)
        // A cursor is not text but a key this API handed out: the cursor tests walk it.
        .filter((parameter) => parameter.name !== 'cursor')
        .filter((parameter) => {
          const schema = parameter.schema as SchemaObject | undefined;
          return schema?.type === 'string' && !isMultiLine(schema);
        })
        .map((parameter) => ({ route, name: parameter.name })),
    );
    expect(parameters.map(({ route, name }) => `${route.label} ${name}`)).toEqual(
      expect.arrayContaining(['GET /api/v1/meetups city', 'GET /api/v1/meetups q', 'GET /api/v1/profiles q']),
    );
    const accepted: string[] = [];
    for (const { route, name } of parameters) {
      const response = await caller.get(route, { [name]: 'first line\r\nsecond line' });
      if (!refusesField(response, name))
        accepted.push(`${route.label} ?${name}: ${response.status} ${JSON.stringify(response.body)}`);
    }
    expect(accepted).toEqual([]);
  });
});
