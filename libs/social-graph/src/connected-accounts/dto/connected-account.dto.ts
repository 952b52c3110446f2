// Connected accounts as the API answers them, and what a member sends to connect one.
import { ApiProperty } from '@nestjs/swagger';
import { SingleLine, trim } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CONNECTION_REASONS, type ConnectionReason } from '../connection-failure.js';

export const CONNECTION_STATUSES = ['reading', 'connected', 'access_withdrawn', 'failed'] as const;
export type ConnectionStatus = (typeof CONNECTION_STATUSES)[number];

export class ConnectedAccountDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['mastodon', 'bluesky'] }) network: 'mastodon' | 'bluesky';
  @ApiProperty({ example: 'sabine@mastodon.social', description: 'The connected account, normalised.' })
  handle: string;
  @ApiProperty({ example: 'mastodon.social', description: 'The server the follows are read from.' })
  server: string;
  @ApiProperty({
    enum: CONNECTION_STATUSES,
    description:
      '`reading` until the first complete read; `failed` keeps the contacts of the last complete one.',
  })
  status: ConnectionStatus;
  @ApiProperty({
    enum: CONNECTION_REASONS,
    nullable: true,
    description: 'Why the last read did not complete.',
  })
  reason: ConnectionReason | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Accounts followed, at the last complete read.' })
  accountsFound: number | null;
  @ApiProperty({
    description: 'Members of Neuland among the accounts followed ("2 people you follow are on Neuland").',
  })
  matchedMembers: number;
  @ApiProperty({ nullable: true, type: String, description: 'When the follows were last read completely.' })
  lastReadAt: string | null;
  @ApiProperty() connectedAt: string;
}

export class ConnectedAccountListDto {
  @ApiProperty({ type: [ConnectedAccountDto] }) items: ConnectedAccountDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Always null: one page holds them all.' })
  nextCursor: null;
}

export class ConnectAccountDto {
  @ApiProperty({ example: '@sabine@mastodon.social', description: 'The account as people write it.' })
  @Transform(trim)
  @IsString()
  @MinLength(3)
  @MaxLength(300)
  @SingleLine()
  handle: string;
}

export class MastodonAuthorisationDto {
  @ApiProperty({
    description: "Send the member here: the server's own authorisation page, which returns to the web app.",
  })
  authoriseUrl: string;
}

export class FinishMastodonConnectionDto {
  @ApiProperty({ description: 'The `state` the server handed back: it must be the one this member started.' })
  @IsString()
  @MinLength(20)
  @MaxLength(200)
  @Matches(/^[A-Za-z0-9_-]+$/, { message: 'must be the state the server handed back' })
  state: string;

  @ApiProperty({ description: 'The authorisation code the server handed back.' })
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  @Matches(/^[\x21-\x7e]+$/, { message: 'must be the code the server handed back' })
  code: string;
}
