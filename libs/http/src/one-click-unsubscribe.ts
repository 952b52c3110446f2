// RFC 8058 one-click unsubscribe: a mail client POSTs `List-Unsubscribe=One-Click` to the URL in a mail's
// `List-Unsubscribe` header, urlencoded or (§ 3.1) as multipart/form-data. Every route behind such a header reads
// its body with `assertOneClickUnsubscribe` and documents it with `@OneClickUnsubscribeBody()`.
// The multipart plugin's request typings (request.isMultipart(), request.parts()); it is registered in create-api-app.
import type {} from '@fastify/multipart';
import { applyDecorators, BadRequestException } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiProperty } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { HttpError } from './http-errors.js';

export class OneClickUnsubscribeDto {
  @ApiProperty({ name: 'List-Unsubscribe', enum: ['One-Click'] })
  'List-Unsubscribe': 'One-Click';
}

/** The body the route takes, in the OpenAPI document (where the one-click routes are found by it). */
export const OneClickUnsubscribeBody = () =>
  applyDecorators(
    ApiConsumes('application/x-www-form-urlencoded', 'multipart/form-data'),
    ApiBody({ type: OneClickUnsubscribeDto }),
  );

// A one-click body is one short field. These limits end the read of anything else early: a file part, more parts
// than a form of a few fields has, or an oversized value (truncated, so it is not `One-Click`).
const ONE_CLICK_MULTIPART_LIMITS = {
  files: 0,
  fields: 4,
  parts: 4,
  fieldNameSize: 64,
  fieldSize: 64,
  headerPairs: 8,
};

/** Throws 400 ONE_CLICK_BODY_MISSING unless the request carries `List-Unsubscribe=One-Click`. */
export async function assertOneClickUnsubscribe(request: FastifyRequest): Promise<void> {
  const value = request.isMultipart()
    ? await multipartOneClickValue(request)
    : (request.body as Record<string, unknown> | undefined)?.['List-Unsubscribe'];
  if (value !== 'One-Click') {
    throw new BadRequestException({
      error: HttpError.ONE_CLICK_BODY_MISSING,
      message:
        'Post List-Unsubscribe=One-Click (RFC 8058), urlencoded or as multipart/form-data, to unsubscribe.',
    });
  }
}

async function multipartOneClickValue(request: FastifyRequest): Promise<unknown> {
  let value: unknown;
  try {
    for await (const part of request.parts({ limits: ONE_CLICK_MULTIPART_LIMITS })) {
      if (part.type === 'field' && part.fieldname === 'List-Unsubscribe' && !part.valueTruncated) {
        value = part.value;
      }
    }
  } catch {
    // Past a limit, or not well-formed multipart: not a one-click body.
    return undefined;
  }
  return value;
}
