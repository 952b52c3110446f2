import { ApiPropertyOptional } from '@nestjs/swagger';
import { MultiLine, OptionalNotNull, SingleLine, trim } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, Length, MaxLength } from 'class-validator';

/** Whom to invite: exactly one of `handle`, `email`, `contactsInCity`, `knownOnlineInterestedIn`. */
export class CreateInvitationsDto {
  @ApiPropertyOptional({ example: 'silke-hamburg', description: 'A member, by profile handle.' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 50)
  @SingleLine()
  @Transform(trim)
  handle?: string;

  @ApiPropertyOptional({
    example: 'jana@example.org',
    description:
      'Someone not on Neuland yet: the mail carries a sign-up link that lands on the meetup. Hosts only.',
  })
  @OptionalNotNull()
  @Transform(trim)
  @IsEmail()
  @MaxLength(320)
  email?: string;

  @ApiPropertyOptional({ example: 'Hamburg', description: 'Bulk: my contacts who live in this city.' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 100)
  @SingleLine()
  @Transform(trim)
  contactsInCity?: string;

  @ApiPropertyOptional({
    example: 'ux',
    description: 'Bulk: people I know online who list this topic. Hosts only.',
  })
  @OptionalNotNull()
  @IsString()
  @Length(1, 50)
  @SingleLine()
  @Transform(trim)
  knownOnlineInterestedIn?: string;

  @ApiPropertyOptional({ maxLength: 1000, description: 'A personal line for the invitation mail.' })
  @OptionalNotNull()
  @IsString()
  @MaxLength(1000)
  @MultiLine()
  personalMessage?: string;
}

export type InvitationTarget =
  | { kind: 'handle'; handle: string }
  | { kind: 'email'; email: string }
  | { kind: 'contactsInCity'; city: string }
  | { kind: 'knownOnlineInterestedIn'; topic: string };

const TARGET_FIELDS = ['handle', 'email', 'contactsInCity', 'knownOnlineInterestedIn'] as const;

/** The one target of the request, or null when none or several were given. */
export function targetOf(dto: CreateInvitationsDto): InvitationTarget | null {
  const given = TARGET_FIELDS.filter((field) => dto[field] !== undefined);
  if (given.length !== 1) return null;
  if (dto.handle !== undefined) return { kind: 'handle', handle: dto.handle };
  if (dto.email !== undefined) return { kind: 'email', email: dto.email.toLowerCase() };
  if (dto.contactsInCity !== undefined) return { kind: 'contactsInCity', city: dto.contactsInCity };
  return { kind: 'knownOnlineInterestedIn', topic: dto.knownOnlineInterestedIn!.toLowerCase() };
}
