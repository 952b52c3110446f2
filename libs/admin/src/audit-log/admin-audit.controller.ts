// The audit trail for admins: who did what to whom, filtered by actor, target and time.
import { Controller, Get, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { type AuditRecord, AuditTrail } from '@neuland/audit';
import { Roles } from '@neuland/auth';
import { IsInstant, OptionalNotNull, type Page, PageDtoOf, PageQuery, SingleLine } from '@neuland/http';
import { IsString, IsUUID, Length } from 'class-validator';

class AuditQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Who acted.' })
  @OptionalNotNull()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Whom or what it was done to.' })
  @OptionalNotNull()
  @IsUUID()
  targetId?: string;

  @ApiPropertyOptional({ example: 'meetup' })
  @OptionalNotNull()
  @IsString()
  @Length(1, 50)
  @SingleLine()
  targetKind?: string;

  @ApiPropertyOptional({ description: 'From this instant (inclusive), ISO 8601 with offset.' })
  @OptionalNotNull()
  @IsInstant()
  from?: string;

  @ApiPropertyOptional({ description: 'Before this instant, ISO 8601 with offset.' })
  @OptionalNotNull()
  @IsInstant()
  to?: string;
}

class AuditChangesDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) before?: Record<string, unknown>;
  @ApiPropertyOptional({ type: 'object', additionalProperties: true }) after?: Record<string, unknown>;
}

class AuditRecordDto {
  @ApiProperty() id: string;
  @ApiProperty() at: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) actorId: string | null;
  @ApiProperty({ example: 'user.role_changed' }) action: string;
  @ApiProperty() targetKind: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) targetId: string | null;
  @ApiProperty({ type: AuditChangesDto }) changes: AuditChangesDto;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty({ nullable: true, type: String }) clientAddress: string | null;
}

class AuditPageDto extends PageDtoOf(AuditRecordDto) {}

@ApiTags('admin')
@ApiBearerAuth()
@ApiForbiddenResponse({ description: 'FORBIDDEN: admins only' })
@Roles('admin')
@Controller({ path: 'api/v1/admin/audit' })
export class AdminAuditController {
  constructor(private readonly trail: AuditTrail) {}

  @Get()
  @ApiOkResponse({ type: AuditPageDto, description: 'Newest first.' })
  async list(@Query() query: AuditQuery): Promise<Page<AuditRecordDto>> {
    const page = await this.trail.list({
      ...query,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
    });
    return { ...page, items: page.items.map(toDto) };
  }
}

const toDto = (record: AuditRecord): AuditRecordDto => ({ ...record, at: record.at.toISOString() });
