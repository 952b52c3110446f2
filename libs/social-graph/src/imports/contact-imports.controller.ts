// The multipart plugin's request typings (request.file(), request.isMultipart()); the plugin is registered in create-api-app.
import type {} from '@fastify/multipart';
import {
  BadRequestException,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, RequireVerifiedEmail } from '@neuland/auth';
import { type RateLimit, RateLimits, HttpError } from '@neuland/http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ContactImportDto, ContactImportFileDto } from '../dto/contact-import.dto.js';
import { ACCEPTED_FORMATS_MESSAGE } from './contact-file-formats.js';
import { ContactImportsService } from './contact-imports.service.js';
import { SocialGraphError } from '../social-graph-errors.js';

/** Every upload is matched against all members' accounts: a member's uploads are few, so that imports cannot probe. */
const IMPORTS_PER_HOUR: RateLimit = {
  name: 'contact-imports',
  points: 10,
  durationSeconds: 60 * 60,
  code: HttpError.RATE_LIMITED,
  refusal: 'Too many imports',
};

@ApiTags('imports')
@ApiBearerAuth()
@Controller({ path: 'api/v1/me/imports' })
export class ContactImportsController {
  constructor(
    private readonly imports: ContactImportsService,
    private readonly rateLimits: RateLimits,
  ) {}

  @Post()
  @RequireVerifiedEmail()
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ContactImportFileDto })
  @ApiCreatedResponse({ type: ContactImportDto, description: 'A new import.' })
  @ApiOkResponse({
    type: ContactImportDto,
    description: 'This file was imported before: the earlier import.',
  })
  @ApiBadRequestResponse({
    description: 'UPLOAD_REQUIRED, UNRECOGNISED_IMPORT_FILE, MALFORMED_IMPORT_FILE, IMPORT_TOO_MANY_ROWS',
  })
  @ApiPayloadTooLargeResponse({ description: 'IMPORT_TOO_LARGE' })
  @ApiTooManyRequestsResponse({ description: 'RATE_LIMITED (10 uploads an hour), with Retry-After' })
  async upload(
    @CurrentUser() user: AuthenticatedUser,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ContactImportDto> {
    // Every upload counts, refused and repeated ones too: each is read and matched before its fate is known.
    await this.rateLimits.consume(IMPORTS_PER_HOUR, user.id);
    const content = await readUploadedFile(request);
    const { created, summary } = await this.imports.import(user.id, content);
    reply.status(created ? HttpStatus.CREATED : HttpStatus.OK);
    return summary;
  }

  @Get()
  @ApiOkResponse({ type: [ContactImportDto] })
  list(@CurrentUser() user: AuthenticatedUser): Promise<ContactImportDto[]> {
    return this.imports.list(user.id);
  }

  @Get(':id')
  @ApiOkResponse({ type: ContactImportDto })
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<ContactImportDto> {
    return this.imports.get(user.id, id);
  }

  @Delete(':id')
  @HttpCode(204)
  async delete(
    @CurrentUser() user: AuthenticatedUser,
    @Param('id', new ParseUUIDPipe()) id: string,
  ): Promise<void> {
    await this.imports.delete(user.id, id);
  }
}

async function readUploadedFile(request: FastifyRequest): Promise<Buffer> {
  const uploadRequired = new BadRequestException({
    error: SocialGraphError.UPLOAD_REQUIRED,
    message: `Send the file as multipart/form-data in a field named "file". ${ACCEPTED_FORMATS_MESSAGE}`,
  });
  if (!request.isMultipart()) throw uploadRequired;
  try {
    const file = await request.file();
    if (!file) throw uploadRequired;
    return await file.toBuffer();
  } catch (error) {
    if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
      throw new HttpException(
        { error: SocialGraphError.IMPORT_TOO_LARGE, message: 'A file may be at most 10 MB.' },
        HttpStatus.PAYLOAD_TOO_LARGE,
      );
    }
    if (error instanceof HttpException) throw error;
    throw uploadRequired;
  }
}
