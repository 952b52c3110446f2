// What every part of connected accounts reads from the configuration, in one provider.
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { AppConfig } from '@neuland/config';
import { originFor, parseOriginOverrides, type OriginOverrides } from '@neuland/profiles';
import { TokenSeal } from './token-seal.js';

@Injectable()
export class ConnectionSettings {
  readonly seal: TokenSeal;
  readonly appUrl: string;
  readonly blueskyAppViewUrl: string;
  readonly readEveryMs: number;
  readonly retryBaseMs: number;
  private readonly origins: OriginOverrides;

  constructor(config: ConfigService<AppConfig, true>) {
    const connections = config.get('connections', { infer: true });
    this.seal = new TokenSeal(connections.tokenKeys);
    this.readEveryMs = connections.readEveryHours * 3600 * 1000;
    this.retryBaseMs = connections.retryBaseMs;
    this.appUrl = config.get('app.url', { infer: true });
    const verification = config.get('verification', { infer: true });
    this.blueskyAppViewUrl = verification.blueskyAppViewUrl;
    this.origins = parseOriginOverrides(verification.originOverrides);
  }

  /** Where the server's authorisation page returns the member to: a page of the web app. */
  get redirectUri(): string {
    return `${this.appUrl}/settings/connections/callback`;
  }

  serverAt(host: string): { host: string; origin: string } {
    return { host, origin: originFor(host, this.origins) };
  }

  /** Around the configured interval, ±20 %: a million connections made at once do not all come due at once. */
  nextReadAt(now = Date.now()): Date {
    return new Date(now + this.readEveryMs * (0.8 + Math.random() * 0.4));
  }
}
