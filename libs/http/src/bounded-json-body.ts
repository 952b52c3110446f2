// JSON bodies are parsed only when nested at most MAX_JSON_DEPTH levels deep: every later step that walks a body
// (the NUL check, class-transformer, class-validator) recurses, and 2,000 levels overflow the stack (a 500).
import { BadRequestException } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { RawServerDefault } from 'fastify';
import { HttpError } from './http-errors.js';

/** Far beyond any request of this API: its deepest body is an object holding an array of strings. */
export const MAX_JSON_DEPTH = 32;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** Whether `json` nests objects and arrays deeper than `maxDepth`, in one pass without recursion. */
export function nestsDeeperThan(json: Buffer, maxDepth: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < json.length; index += 1) {
    const byte = json[index];
    if (inString) {
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
  return false;
}

export const bodyTooDeep = () =>
  new BadRequestException({
    error: HttpError.BODY_TOO_DEEP,
    message: `The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep.`,
  });

/** Puts the depth check in front of Fastify's own JSON parser (same size limit, same prototype-poisoning rules). */
export function useDepthBoundedJsonParser(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  const { bodyLimit } = fastify.initialConfig;
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (request, body, done) => {
    if (nestsDeeperThan(body, MAX_JSON_DEPTH)) {
      done(bodyTooDeep(), undefined);
      return;
    }
    void parseJson(request, body.toString('utf8'), done);
  });
}
