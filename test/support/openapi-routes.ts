// The API's routes and request schemas as its OpenAPI document lists them, for tests that walk every route of a
// kind (every list with a cursor, every JSON body), so that a route added later is walked too.
import type {
  OpenAPIObject,
  OperationObject,
  ParameterObject,
  ReferenceObject,
  SchemaObject,
} from '@nestjs/swagger';
import { buildOpenApiDocument } from '../../apps/api/src/openapi-document.js';
import type { ApiHarness } from './api-harness.js';

export type { SchemaObject };

export interface DocumentedRoute {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  /** As documented: `/api/v1/meetups/{id}/attendees`. */
  path: string;
  /** `GET /api/v1/meetups/{id}/attendees`, for test output. */
  label: string;
  operation: OperationObject;
}

/** A route that takes a JSON body, with the body's schema. */
export interface BodyRoute extends DocumentedRoute {
  schema: SchemaObject;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

export function openApiDocument(api: ApiHarness): OpenAPIObject {
  return buildOpenApiDocument(api.app);
}

export function documentedRoutes(document: OpenAPIObject): DocumentedRoute[] {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({
      method,
      path,
      label: `${method.toUpperCase()} ${path}`,
      operation: item[method]!,
    })),
  );
}

export function bodyRoutes(document: OpenAPIObject): BodyRoute[] {
  return documentedRoutes(document).flatMap((route) => {
    const schema = jsonBodySchema(document, route);
    return schema ? [{ ...route, schema }] : [];
  });
}

export const queryParameters = (route: DocumentedRoute): ParameterObject[] =>
  ((route.operation.parameters ?? []) as ParameterObject[]).filter((parameter) => parameter.in === 'query');

/** The schema behind a `$ref` (or the schema itself). */
export function resolved(document: OpenAPIObject, schema: SchemaObject | ReferenceObject): SchemaObject {
  if (!('$ref' in schema)) return schema;
  const name = schema.$ref.split('/').pop()!;
  const target = document.components?.schemas?.[name];
  if (!target) throw new Error(`The OpenAPI document has no schema ${schema.$ref}`);
  return resolved(document, target);
}

/** The schema of a route's JSON body, if it takes one. */
export function jsonBodySchema(document: OpenAPIObject, route: DocumentedRoute): SchemaObject | undefined {
  const body = route.operation.requestBody;
  if (!body || '$ref' in body) return undefined;
  const schema = body.content['application/json']?.schema;
  return schema ? resolved(document, schema) : undefined;
}

/** The route's path with each `{parameter}` replaced; a parameter the test did not name fails loudly. */
export function pathOf(route: DocumentedRoute, values: Record<string, string>): string {
  return route.path.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`${route.label}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

/** Every route whose documented path matches `pathPattern`, in the document's order. */
export const apiRoutes = (api: ApiHarness, pathPattern: RegExp): DocumentedRoute[] =>
  documentedRoutes(openApiDocument(api)).filter((route) => pathPattern.test(route.path));
