import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';

export class ExportRequestedDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  requestedAt: string;

  @ApiProperty({ description: 'A mail with the download links follows once the export is built.' })
  message: string;
}

export class DownloadQuery {
  @ApiProperty({ description: 'The `token` of the mailed link.' })
  @IsString()
  @Matches(/^[A-Za-z0-9_-]{20,100}$/, { message: 'must be the token from the link' })
  token: string;
}
