import { ApiProperty } from '@nestjs/swagger';
import { SingleLine } from '@neuland/http';
import { IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'silke@example.org' })
  @IsString()
  @MaxLength(254)
  @SingleLine()
  email: string;

  @ApiProperty()
  @IsString()
  @MaxLength(200)
  @SingleLine()
  password: string;
}
