// Counts sign-in attempts (log in, sign up, password reset) per client address, in Redis so every API process sees
// the same count. The address is the socket's unless a configured proxy forwarded it (TRUSTED_PROXIES).
import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { clientAddressOf, type RateLimit, RateLimits, HttpError } from '@neuland/http';

/** Attempts per client address and minute, shared by every sign-in route. */
export const signInAttemptsByAddress = (perMinute: number): RateLimit => ({
  name: 'sign-in-by-address',
  points: perMinute,
  durationSeconds: 60,
  code: HttpError.TOO_MANY_REQUESTS,
  refusal: 'Too many attempts',
});

@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  private readonly limit: RateLimit;

  constructor(
    private readonly rateLimits: RateLimits,
    config: ConfigService<AppConfig, true>,
  ) {
    this.limit = signInAttemptsByAddress(config.get('auth.loginAttemptsPerMinute', { infer: true }));
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<{ ip: string }>();
    await this.rateLimits.consume(this.limit, clientAddressOf(request));
    return true;
  }
}
