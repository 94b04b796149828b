import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AddDocumentVersionRequest,
  AppointLibraryEditorRequest,
  ArchiveDocumentRequest,
  ArchivedFilter,
  CreateDocumentRequest,
  DeleteDocumentRequest,
  DocumentKind,
  DocumentLanguage,
  DocumentLicence,
  DocumentMetadataInput,
  DocumentSearchQuery,
} from '@inclusieplein/contract';
import { DOCUMENT_KINDS, DOCUMENT_LANGUAGES, DOCUMENT_LICENCES, LIMITS } from '@inclusieplein/contract';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';

const MAX_ARTICLES = 50;
const ARCHIVED_FILTERS: readonly ArchivedFilter[] = ['exclude', 'include', 'only'];
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = (values: readonly string[]) => ({ message: `must be one of ${values.join(', ')}` });

export class DocumentMetadataDto implements DocumentMetadataInput {
  @RequiredText({ ...LIMITS.documentTitle, example: 'Inclusieagenda Utrecht 2026' })
  title: string;

  @RequiredText({ ...LIMITS.documentSummary, description: 'Short summary in plain language' })
  summary: string;

  @ApiProperty({ enum: DOCUMENT_KINDS })
  @IsIn(DOCUMENT_KINDS, oneOf(DOCUMENT_KINDS))
  kind: DocumentKind;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'GM0344' })
  @IsOptional()
  @IsString({ message: 'must be a CBS code' })
  municipalityCode: string | null = null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '2025-06-30', description: 'Calendar date, YYYY-MM-DD' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'must be a date in the form YYYY-MM-DD' })
  documentDate: string | null = null;

  @ApiProperty({ type: [Number], example: [9], description: 'Convention article numbers, 1 to 50' })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(MAX_ARTICLES, { context: { max: MAX_ARTICLES }, message: `must contain at most ${MAX_ARTICLES} articles` })
  @IsInt({ each: true, message: 'must contain article numbers' })
  crpdArticleNumbers: number[] = [];

  @OptionalText({ ...LIMITS.sourceOrganisation, nullable: true, example: 'Gemeente Utrecht' })
  sourceOrganisation: string | null = null;

  @ApiProperty({ enum: DOCUMENT_LANGUAGES })
  @IsIn(DOCUMENT_LANGUAGES, oneOf(DOCUMENT_LANGUAGES))
  language: DocumentLanguage;

  @ApiProperty({ enum: DOCUMENT_LICENCES })
  @IsIn(DOCUMENT_LICENCES, oneOf(DOCUMENT_LICENCES))
  licence: DocumentLicence;
}

export class CreateDocumentDto extends DocumentMetadataDto implements CreateDocumentRequest {
  @ApiProperty({ format: 'uuid', description: 'Id from POST /api/uploads' })
  @IsUUID('all', { message: 'must be the id of an upload' })
  uploadId: string;
}

export class UpdateDocumentDto extends DocumentMetadataDto {}

export class AddDocumentVersionDto implements AddDocumentVersionRequest {
  @ApiProperty({ format: 'uuid', description: 'Id from POST /api/uploads' })
  @IsUUID('all', { message: 'must be the id of an upload' })
  uploadId: string;

  @OptionalText({ ...LIMITS.versionNote, nullable: true, example: 'Cijfers van 2025 toegevoegd' })
  note?: string | null;
}

export class ArchiveDocumentDto implements ArchiveDocumentRequest {
  @OptionalText({ ...LIMITS.archiveReason, nullable: true })
  reason?: string | null;
}

export class DeleteDocumentDto implements DeleteDocumentRequest {
  @RequiredText({ ...LIMITS.deletionReason, example: 'Bevat persoonsgegevens' })
  reason: string;
}

export class AppointLibraryEditorDto implements AppointLibraryEditorRequest {
  @ApiProperty({ example: 'redacteur@example.org' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  @MaxLength(LIMITS.email.max, { context: { max: LIMITS.email.max }, message: `must be at most ${LIMITS.email.max} characters` })
  email: string;
}

export class DocumentSearchQueryDto implements DocumentSearchQuery {
  @OptionalText({ ...LIMITS.searchQuery, description: 'Words to find, searched in Dutch' })
  q?: string;

  @ApiPropertyOptional({ enum: DOCUMENT_KINDS })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS, oneOf(DOCUMENT_KINDS))
  kind?: DocumentKind;

  @ApiPropertyOptional({ example: 'GM0344' })
  @IsOptional()
  @IsString({ message: 'must be a CBS code' })
  municipality?: string;

  @ApiPropertyOptional({ example: 9 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be an article number' })
  article?: number;

  @ApiPropertyOptional({ description: '`library`, or the slug of a network' })
  @IsOptional()
  @IsString({ message: 'must be text' })
  @MaxLength(120, { context: { max: 120 }, message: 'must be at most 120 characters' })
  place?: string;

  @ApiPropertyOptional({ enum: ARCHIVED_FILTERS, default: 'exclude' })
  @IsOptional()
  @IsIn(ARCHIVED_FILTERS, oneOf(ARCHIVED_FILTERS))
  archived?: ArchivedFilter;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'must be a page number' })
  @Min(1, { message: 'must be a page number' })
  @Max(10000, { message: 'must be a page number' })
  page?: number;
}
