import { Global, Module } from '@nestjs/common';
import { RateLimits } from './rate-limits.js';

/** Needs QueueModule's shared Redis client. */
@Global()
@Module({ providers: [RateLimits], exports: [RateLimits] })
export class RateLimitsModule {}
