// The API's routes as its OpenAPI document lists them, for tests that walk every route of a kind: a route added
// later is walked without anyone touching the test.
import type { OpenAPIObject } from '@nestjs/swagger';
import { buildOpenApiDocument } from '../../apps/api/src/openapi-document.js';
import type { ApiHarness } from './api-harness.js';

const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
type OperationObject = NonNullable<OpenAPIObject['paths'][string]['get']>;

export interface ApiRoute {
  method: (typeof HTTP_METHODS)[number];
  /** As the document writes it, with `{name}` for each parameter. */
  path: string;
  /** `METHOD /path`, e.g. `PUT /api/v1/profiles/{handle}/block`. */
  key: string;
  operation: OperationObject;
}

/** Every route whose path matches `pathPattern`, in the document's order. */
export function apiRoutes(api: ApiHarness, pathPattern: RegExp): ApiRoute[] {
  return Object.entries(buildOpenApiDocument(api.app).paths)
    .filter(([path]) => pathPattern.test(path))
    .flatMap(([path, operations]) =>
      HTTP_METHODS.flatMap((method) => {
        const operation = operations[method];
        return operation ? [{ method, path, key: `${method.toUpperCase()} ${path}`, operation }] : [];
      }),
    );
}
