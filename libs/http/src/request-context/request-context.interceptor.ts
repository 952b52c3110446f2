import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { Observable } from 'rxjs';
import { clientAddressOf } from '../rate-limits/client-address.js';
import { runInRequestContext } from './request-context.js';

/** Runs each route's handler inside its request context (see request-context.ts). */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ id: string; ip: string }>();
    const requestContext = { requestId: String(request.id), clientAddress: clientAddressOf(request) };
    return new Observable((subscriber) =>
      runInRequestContext(requestContext, () => next.handle().subscribe(subscriber)),
    );
  }
}
