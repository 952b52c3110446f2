import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { MultiLine, OptionalNotNull, trim } from '@neuland/http';
import { IsString, MaxLength } from 'class-validator';

export class SuspendDto {
  @ApiPropertyOptional({
    maxLength: 1000,
    description: 'Why: kept in the audit trail, never shown to the member.',
  })
  @OptionalNotNull()
  @Transform(trim)
  @IsString()
  @MaxLength(1000)
  @MultiLine()
  reason?: string;
}
