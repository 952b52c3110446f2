// The OpenAPI document of the API: served at /docs-json and turned into the web app's typed client.
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Neuland API')
      .setDescription('From online contacts to in-person meetups.')
      .setVersion('1')
      .addBearerAuth()
      .addCookieAuth('neuland_session')
      .build(),
  );
}
