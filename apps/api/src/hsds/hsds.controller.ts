import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import { type Request, type Response } from 'express';

import { ANONYMOUS } from '../auth/actor';
import { AppConfig } from '../config/app-config';
import { streamDataPackage } from './hsds-datapackage';
import { HsdsExportAccess } from './hsds-export-access';
import { sendCached, sendError } from './hsds-http';
import {
  HSDS_OPENAPI_URL,
  HSDS_PATH,
  HSDS_VERSION,
  linjaProfile,
  PROFILE_PATH,
} from './hsds-profile';
import { DATAPACKAGE_QUERY, ONE_QUERY, parseQuery } from './hsds-query.schema';
import { HsdsCatalogueService } from './hsds-catalogue.service';
import { type ExportAccess, exportLines, streamNdjson } from './hsds-export';
import { type HsdsAnswer, HsdsReadService, type ServicesRequest } from './hsds-read.service';

/**
 * The Open Referral HSDS 3.1 read API (schema/openapi.json of the standard), plain HTTP GETs beside
 * GraphQL: the public catalogue of every network, read as the anonymous public whoever asks (a session
 * cookie changes nothing but who may download the bulk exports: HsdsExportAccess), so every answer
 * is publicly cacheable (ETag, Cache-Control; 304 on a
 * matching If-None-Match / If-Modified-Since). Bad parameters: 400 with
 * `{ error: { code: 'BAD_USER_INPUT', field, message } }`; an id the public may not see: 404. The
 * per-address request limit applies (identity.module.ts); answers are compressed like all others.
 */
@Controller(HSDS_PATH.slice(1))
export class HsdsController {
  constructor(
    private readonly reads: HsdsReadService,
    private readonly catalogue: HsdsCatalogueService,
    private readonly exportAccess: HsdsExportAccess,
    private readonly config: AppConfig,
  ) {}

  @Get()
  root(@Req() request: Request, @Res() response: Response): void {
    const base = this.config.env.PUBLIC_BASE_URL;
    sendCached(request, response, {
      version: HSDS_VERSION,
      profile: `${base}${PROFILE_PATH}`,
      openapi_url: HSDS_OPENAPI_URL,
    });
  }

  @Get('profile')
  profile(@Req() request: Request, @Res() response: Response): void {
    sendCached(request, response, linjaProfile(this.config.env.PUBLIC_BASE_URL));
  }

  @Get('services')
  async services(@Query() query: unknown, @Req() request: Request, @Res() response: Response) {
    let parsed: ServicesRequest;
    let access: ExportAccess | undefined;
    try {
      parsed = await this.reads.servicesRequest(query);
      if (parsed.ndjson) {
        access = (await this.exportAccess.check(request.actor ?? ANONYMOUS, parsed.network)).access;
      }
    } catch (error) {
      sendError(response, error);
      return;
    }
    if (access) {
      const { filter, paging } = parsed;
      await streamNdjson(
        response,
        exportLines(this.catalogue, filter, paging.language),
        paging.language,
        access,
      );
      return;
    }
    await this.answer(request, response, () => this.reads.services(parsed));
  }

  /**
   * The network's whole public catalogue as HSDS's tabular Data Package (datapackage.json + one CSV
   * per table, zipped): hsds-datapackage.ts. The same gate as the NDJSON export.
   */
  @Get('datapackage.zip')
  async dataPackage(@Query() query: unknown, @Req() request: Request, @Res() response: Response) {
    try {
      const q = parseQuery(DATAPACKAGE_QUERY, query);
      const { network, access } = await this.exportAccess.check(
        request.actor ?? ANONYMOUS,
        q.network,
      );
      await streamDataPackage(response, {
        catalogue: this.catalogue,
        network,
        language: q.lang ?? 'fi',
        baseUrl: this.config.env.PUBLIC_BASE_URL,
        access,
      });
    } catch (error) {
      if (response.headersSent) {
        response.destroy(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      sendError(response, error);
    }
  }

  @Get('services/:id')
  service(
    @Param('id') id: string,
    @Query() query: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.answer(request, response, () => this.reads.service(id, languageOf(query)));
  }

  @Get('organizations')
  organizations(@Query() query: unknown, @Req() request: Request, @Res() response: Response) {
    return this.answer(request, response, () => this.reads.organizations(query));
  }

  @Get('organizations/:id')
  organization(
    @Param('id') id: string,
    @Query() query: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.answer(request, response, () => this.reads.organization(id, languageOf(query)));
  }

  @Get('service_at_locations')
  serviceAtLocations(@Query() query: unknown, @Req() request: Request, @Res() response: Response) {
    return this.answer(request, response, () => this.reads.serviceAtLocations(query));
  }

  @Get('taxonomies')
  taxonomies(@Query() query: unknown, @Req() request: Request, @Res() response: Response) {
    return this.answer(request, response, () => this.reads.taxonomies(query));
  }

  @Get('taxonomies/:id')
  taxonomy(
    @Param('id') id: string,
    @Query() query: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.answer(request, response, () => this.reads.taxonomy(id, languageOf(query)));
  }

  @Get('taxonomy_terms')
  taxonomyTerms(@Query() query: unknown, @Req() request: Request, @Res() response: Response) {
    return this.answer(request, response, () => this.reads.taxonomyTerms(query));
  }

  @Get('taxonomy_terms/:id')
  taxonomyTerm(
    @Param('id') id: string,
    @Query() query: unknown,
    @Req() request: Request,
    @Res() response: Response,
  ) {
    return this.answer(request, response, () => this.reads.taxonomyTerm(id, languageOf(query)));
  }

  private async answer(
    request: Request,
    response: Response,
    read: () => Promise<HsdsAnswer>,
  ): Promise<void> {
    try {
      const { body, language, lastModified } = await read();
      sendCached(request, response, body, { language, lastModified });
    } catch (error) {
      sendError(response, error);
    }
  }
}

/** A single object takes only `lang` (and HSDS's `format=json`). */
function languageOf(query: unknown) {
  return parseQuery(ONE_QUERY, query).lang ?? 'fi';
}
