// Naming a co-host (by account id or by profile handle) and the co-host list hosts see.
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OptionalNotNull, SingleLine, trim } from '@neuland/http';
import { Transform } from 'class-transformer';
import { IsString, IsUUID, Length, ValidateIf } from 'class-validator';

/** Exactly one of `userId` and `handle`. */
export class AddCoHostDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @ValidateIf((dto: AddCoHostDto) => dto.handle === undefined || dto.userId !== undefined)
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ example: 'silke-hamburg', description: 'A member, by profile handle.' })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  @SingleLine()
  handle?: string;
}

export class CoHostDto {
  @ApiProperty({ format: 'uuid' }) userId: string;
  @ApiProperty({ nullable: true, type: String }) handle: string | null;
  @ApiProperty() displayName: string;
  @ApiProperty() addedAt: string;
}

export class CoHostListDto {
  @ApiProperty({ type: [CoHostDto] }) items: CoHostDto[];
}
