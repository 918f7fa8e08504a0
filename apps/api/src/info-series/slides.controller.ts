import {
  type CanActivate,
  Controller,
  Delete,
  type ExecutionContext,
  Get,
  Injectable,
  Param,
  Post,
  Query,
  Req,
  Res,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { type Request, type Response } from 'express';

import { ANONYMOUS } from '../auth/actor';
import { DomainError } from '../common/errors/domain-error';
import { SLIDES_PATH, toSlidesModel } from './info-series.mapper';
import { SlidesService } from './slides.service';
import { MAX_SLIDES_BYTES } from './utils/sniff-slides.util';

/**
 * A header a browser only sends from our own pages' scripts (it makes a cross-site request need a
 * CORS preflight, which this API never grants): the upload's CSRF protection, as Apollo's
 * `csrfPrevention` is for /graphql.
 */
export const UPLOAD_CSRF_HEADER = 'x-linja-upload';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

interface UploadedSlides {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/**
 * Refuses before the body is read: an anonymous caller (401) or a request without the CSRF header
 * (403) never gets to stream 10 MB into memory.
 */
@Injectable()
export class UploadGate implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    if ((request.actor ?? ANONYMOUS).kind !== 'user') {
      response
        .status(401)
        .json({ error: { code: 'UNAUTHENTICATED', message: 'Sign in to do this.' } });
      return false;
    }
    if (request.header(UPLOAD_CSRF_HEADER) !== '1') {
      response.status(403).json({
        error: { code: 'FORBIDDEN', message: `Send the ${UPLOAD_CSRF_HEADER}: 1 header.` },
      });
      return false;
    }
    return true;
  }
}

function sendError(response: Response, error: unknown): void {
  if (!(error instanceof DomainError)) throw error;
  response.status(STATUS[error.code] ?? 400).json({
    error: { code: error.code, message: error.message, ...error.details },
  });
}

/**
 * A session's slides over plain HTTP (a file does not fit GraphQL's JSON):
 * - POST /files/info-session-slides?eventId=… multipart, one part `file`, ≤ 10 MB (multer in memory),
 *   header `X-Linja-Upload: 1`; the network's coordinators. Answers the slides as JSON (201).
 * - GET /files/info-session-slides/:id: the file as a download (Content-Disposition: attachment,
 *   private, no-store), for whoever sees the session; anyone else 404.
 * - DELETE /files/info-session-slides/:id (same header): the coordinators.
 */
@Controller(SLIDES_PATH.slice(1))
export class SlidesController {
  constructor(private readonly slides: SlidesService) {}

  @Post()
  @UseGuards(UploadGate)
  @UseInterceptors(
    // No `storage`/`dest`: multer keeps the file in memory (the size limit bounds it).
    FileInterceptor('file', {
      limits: { fileSize: MAX_SLIDES_BYTES + 1, files: 1, fields: 2, parts: 3 },
    }),
  )
  async upload(
    @Req() request: Request,
    @Res() response: Response,
    @Query('eventId') eventId: string | undefined,
    @UploadedFile() file: UploadedSlides | undefined,
  ): Promise<void> {
    try {
      const row = await this.slides.upload(request.actor ?? ANONYMOUS, eventId ?? '', file);
      response.status(201).json(toSlidesModel(row));
    } catch (error) {
      sendError(response, error);
    }
  }

  @Get(':id')
  async download(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    try {
      const file = await this.slides.download(request.actor ?? ANONYMOUS, id);
      response.setHeader('Cache-Control', 'private, no-store');
      response.setHeader('Content-Type', file.contentType);
      response.setHeader('Content-Length', String(file.size));
      response.attachment(file.fileName);
      // Never rendered in our origin, whatever a browser would make of it.
      response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      response.end(Buffer.from(file.data));
    } catch (error) {
      sendError(response, error);
    }
  }

  @Delete(':id')
  @UseGuards(UploadGate)
  async remove(
    @Req() request: Request,
    @Res() response: Response,
    @Param('id') id: string,
  ): Promise<void> {
    try {
      const row = await this.slides.remove(request.actor ?? ANONYMOUS, id);
      response.status(200).json(toSlidesModel(row));
    } catch (error) {
      sendError(response, error);
    }
  }
}
