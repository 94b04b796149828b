import { Body, Controller, Delete, Get, HttpCode, Param, ParseIntPipe, Post, Put, Query, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { DocumentDetail, DocumentSearchResult, UploadedFile, UploadLimits } from '@inclusieplein/contract';
import { DOCUMENT_FORMATS } from '@inclusieplein/contract';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { CurrentUser, SignedInGuard } from '../common/current-user';
import { NetworkAccessService } from '../memberships/network-access.service';
import { UserEntity } from '../users/user.entity';
import { asciiFileName, DocumentDownloadService, encodeFileName } from './document-download.service';
import { DocumentDetailDto, DocumentSearchResultDto, UploadedFileDto, UploadLimitsDto } from './document-responses.dto';
import { DocumentSearchService } from './document-search.service';
import {
  AddDocumentVersionDto,
  ArchiveDocumentDto,
  CreateDocumentDto,
  DeleteDocumentDto,
  DocumentSearchQueryDto,
  UpdateDocumentDto,
} from './documents.dto';
import { DocumentsService } from './documents.service';
import { UploadsService } from './uploads.service';

@ApiTags('documents')
@Controller()
export class DocumentsController {
  constructor(
    private readonly documents: DocumentsService,
    private readonly search: DocumentSearchService,
    private readonly uploads: UploadsService,
    private readonly downloads: DocumentDownloadService,
    private readonly networkAccess: NetworkAccessService,
  ) {}

  @Get('uploads/limits')
  @ApiOkResponse({ type: UploadLimitsDto })
  limits(): UploadLimits {
    return { maxBytes: this.uploads.maxBytes, formats: [...DOCUMENT_FORMATS] };
  }

  @Post('uploads')
  @UseGuards(SignedInGuard)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] } })
  @ApiCreatedResponse({ type: UploadedFileDto, description: 'The stored file, its detected type and suggested metadata.' })
  upload(@Req() request: Request, @CurrentUser() user: UserEntity): Promise<UploadedFile> {
    return this.uploads.receive(request, user);
  }

  @Get('documents')
  @ApiOkResponse({ type: DocumentSearchResultDto, description: 'Documents the person may read, best match first.' })
  searchAll(@Query() query: DocumentSearchQueryDto, @CurrentUser() user: UserEntity | undefined): Promise<DocumentSearchResult> {
    return this.search.search(query, user);
  }

  @Get('networks/:slug/documents')
  @ApiOkResponse({ type: DocumentSearchResultDto })
  async searchNetwork(
    @Param('slug') slug: string,
    @Query() query: DocumentSearchQueryDto,
    @CurrentUser() user: UserEntity | undefined,
  ): Promise<DocumentSearchResult> {
    const network = await this.networkAccess.getNetworkBySlug(slug);
    await this.networkAccess.assertCanReadContent(network, user);
    return this.search.search(query, user, network.id);
  }

  @Post('networks/:slug/documents')
  @UseGuards(SignedInGuard)
  @ApiCreatedResponse({ type: DocumentDetailDto })
  createInNetwork(@Param('slug') slug: string, @Body() body: CreateDocumentDto, @CurrentUser() user: UserEntity): Promise<DocumentDetail> {
    return this.documents.createInNetwork(slug, user, body);
  }

  @Post('library/documents')
  @UseGuards(SignedInGuard)
  @ApiCreatedResponse({ type: DocumentDetailDto, description: 'For library editors and administrators.' })
  createInLibrary(@Body() body: CreateDocumentDto, @CurrentUser() user: UserEntity): Promise<DocumentDetail> {
    return this.documents.createInLibrary(user, body);
  }

  @Get('documents/:id')
  @ApiOkResponse({ type: DocumentDetailDto })
  get(@Param('id') id: string, @CurrentUser() user: UserEntity | undefined): Promise<DocumentDetail> {
    return this.documents.get(id, user);
  }

  @Put('documents/:id')
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: DocumentDetailDto })
  update(@Param('id') id: string, @Body() body: UpdateDocumentDto, @CurrentUser() user: UserEntity): Promise<DocumentDetail> {
    return this.documents.update(id, user, body);
  }

  @Post('documents/:id/versions')
  @UseGuards(SignedInGuard)
  @ApiCreatedResponse({ type: DocumentDetailDto })
  addVersion(@Param('id') id: string, @Body() body: AddDocumentVersionDto, @CurrentUser() user: UserEntity): Promise<DocumentDetail> {
    return this.documents.addVersion(id, user, body);
  }

  @Post('documents/:id/archive')
  @HttpCode(200)
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: DocumentDetailDto })
  archive(@Param('id') id: string, @Body() body: ArchiveDocumentDto, @CurrentUser() user: UserEntity): Promise<DocumentDetail> {
    return this.documents.archive(id, user, body);
  }

  @Post('documents/:id/restore')
  @HttpCode(200)
  @UseGuards(SignedInGuard)
  @ApiOkResponse({ type: DocumentDetailDto })
  restore(@Param('id') id: string, @CurrentUser() user: UserEntity): Promise<DocumentDetail> {
    return this.documents.restore(id, user);
  }

  @Delete('documents/:id')
  @HttpCode(204)
  @UseGuards(SignedInGuard)
  @ApiNoContentResponse({ description: 'Deleted permanently, with its files; recorded in the deletion log.' })
  async remove(@Param('id') id: string, @Body() body: DeleteDocumentDto, @CurrentUser() user: UserEntity): Promise<void> {
    await this.documents.remove(id, user, body);
  }

  @Get('documents/:id/versions/:number/download')
  @ApiProduces('application/octet-stream')
  @ApiOkResponse({ description: 'The file as an attachment, after its SHA-256 was checked.' })
  async download(
    @Param('id') id: string,
    @Param('number', new ParseIntPipe({ errorHttpStatusCode: 404 })) number: number,
    @CurrentUser() user: UserEntity | undefined,
    @Res() response: Response,
  ): Promise<void> {
    const { version, open } = await this.downloads.prepare(id, number, user);
    const stream = await open();
    response.status(200);
    response.setHeader('Content-Type', version.mediaType);
    response.setHeader('Content-Length', String(version.sizeBytes));
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="${asciiFileName(version.fileName)}"; filename*=UTF-8''${encodeFileName(version.fileName)}`,
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Cache-Control', 'private, no-store');
    response.setHeader('Repr-Digest', `sha-256=:${Buffer.from(version.sha256, 'hex').toString('base64')}:`);
    response.setHeader('ETag', `"${version.sha256}"`);
    await pipeline(stream, response).catch(() => response.destroy());
  }
}
