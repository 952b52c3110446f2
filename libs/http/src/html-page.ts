// A route that answers a whole HTML page (legal pages, one-click unsubscribe) rather than JSON. The OpenAPI
// document says so, which lets clients and tests find every such page.
import { applyDecorators, Header } from '@nestjs/common';
import { ApiOkResponse } from '@nestjs/swagger';

export const HtmlPage = (description: string) =>
  applyDecorators(
    Header('Content-Type', 'text/html; charset=utf-8'),
    ApiOkResponse({ description, content: { 'text/html': { schema: { type: 'string' } } } }),
  );
