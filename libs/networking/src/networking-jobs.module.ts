import { Module } from '@nestjs/common';
import { NetworkingCoreModule } from './networking-core.module.js';

/**
 * The worker's part of networking: its personal data for exports and erasures run as jobs. Buddy pairing and the
 * "we met" mornings run on the notifications sweeper's tick, which asks BuddyPairing and MetInPersonMornings.
 */
@Module({ imports: [NetworkingCoreModule] })
export class NetworkingJobsModule {}
