import { describe, expect, it } from '@jest/globals';
import { QueryFailedError } from 'typeorm';
import { ApiExceptionFilter } from './api-exception.filter.js';

/** A failed query as TypeORM throws it, around the error node-postgres gives for `sqlState`. */
const queryFailed = (sqlState: string, message: string) =>
  new QueryFailedError(
    'UPDATE meetup SET capacity = $1',
    [2147483648],
    Object.assign(new Error(message), { code: sqlState }),
  );

describe('the API exception filter', () => {
  const filter = new ApiExceptionFilter();

  it('answers values PostgreSQL cannot hold with 400, not 500', () => {
    const refused = [
      ['22003', 'value "2147483648" is out of range for type integer'],
      ['22008', 'date/time field value out of range: "10000-01-01"'],
      ['23502', 'null value in column "title" of relation "meetup" violates not-null constraint'],
      ['22P02', 'invalid input syntax for type uuid: "not-a-uuid"'],
      ['22007', 'invalid input syntax for type timestamp with time zone: "soon"'],
    ];
    for (const [sqlState, message] of refused) {
      expect(filter.toBody(queryFailed(sqlState, message))).toEqual({
        statusCode: 400,
        error: 'VALIDATION_FAILED',
        message: 'A value in the request is out of range, missing or malformed.',
      });
    }
  });

  it('keeps other database failures a 500 with an errorId, and tells nothing of the query', () => {
    const body = filter.toBody(queryFailed('40P01', 'deadlock detected'));
    expect(body).toMatchObject({ statusCode: 500, error: 'INTERNAL_ERROR' });
    expect(body.errorId).toMatch(/^[0-9a-f-]{36}$/);
    expect(JSON.stringify(body)).not.toMatch(/deadlock|capacity/);
  });
});
