import { ApiProperty } from '@nestjs/swagger';

export class SessionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ nullable: true, type: String })
  userAgent: string | null;

  @ApiProperty()
  createdAt: string;

  @ApiProperty()
  expiresAt: string;

  @ApiProperty({ description: 'The session this request was made with.' })
  current: boolean;
}

export class SessionListDto {
  @ApiProperty({ type: [SessionDto] })
  items: SessionDto[];

  @ApiProperty({ nullable: true, type: String, description: 'Always null: the live sessions fit one page.' })
  nextCursor: null;
}
