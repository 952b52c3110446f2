import { createParamDecorator, type ExecutionContext } from '@nestjs/common';

/** The caller's User-Agent, to name a session in "my sessions". Not an API parameter, so not in the OpenAPI document. */
export const UserAgent = createParamDecorator(
  (_data: unknown, context: ExecutionContext): string | undefined => {
    const header = context.switchToHttp().getRequest<{ headers: Record<string, unknown> }>().headers[
      'user-agent'
    ];
    return typeof header === 'string' ? header : undefined;
  },
);
