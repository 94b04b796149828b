import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  BarrierReport,
  BarrierReportInput,
  BarrierReportStatus,
  UpdateBarrierReportRequest,
} from '@inclusieplein/contract';
import { LIMITS } from '@inclusieplein/contract';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional } from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';
import { PersonSummaryDto } from '../users/users.dto';

export class BarrierReportInputDto implements BarrierReportInput {
  @OptionalText({ ...LIMITS.barrierPage, nullable: true, example: '/netwerken' })
  page?: string | null;

  @RequiredText({ ...LIMITS.barrierDescription, example: 'De knop "Plaats reactie" wordt niet voorgelezen.' })
  description: string;

  @OptionalText({ ...LIMITS.assistiveTechnology, nullable: true, example: 'NVDA met Firefox' })
  assistiveTechnology?: string | null;

  @OptionalText({ ...LIMITS.displayName, nullable: true })
  contactName?: string | null;

  @OptionalText({ ...LIMITS.email, nullable: true })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() || null : value))
  @IsOptional()
  @IsEmail({}, { message: 'must be an e-mail address' })
  contactEmail?: string | null;
}

export class UpdateBarrierReportDto implements UpdateBarrierReportRequest {
  @ApiProperty({ enum: ['open', 'handled'] })
  @IsIn(['open', 'handled'], { message: 'must be open or handled' })
  status: BarrierReportStatus;
}

export class BarrierReportDto implements BarrierReport {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiPropertyOptional({ type: String, nullable: true }) page: string | null;
  @ApiProperty() description: string;
  @ApiPropertyOptional({ type: String, nullable: true }) assistiveTechnology: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) contactName: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) contactEmail: string | null;
  @ApiPropertyOptional({ type: PersonSummaryDto, nullable: true }) reporter: PersonSummaryDto | null;
  @ApiProperty({ enum: ['open', 'handled'] }) status: BarrierReportStatus;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) handledAt: string | null;
}
