import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AppointOwnerRequest,
  CreateNetworkRequest,
  DecideProposalRequest,
  ExternalNetwork,
  ExternalNetworkInput,
  NetworkDetail,
  NetworkInput,
  NetworkListResponse,
  NetworkRole,
  NetworkStatus,
  NetworkSummary,
  NetworkVisibility,
} from '@inclusieplein/contract';
import { LIMITS } from '@inclusieplein/contract';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsInt, IsNotEmpty, IsString, IsUrl, MaxLength } from 'class-validator';
import { OptionalText, RequiredText } from '../common/validation';
import { MembershipRequestSummaryDto } from '../memberships/memberships.dto';
import { CrpdArticleDto, MunicipalityDto } from '../reference-data/reference-data.dto';
import { PersonSummaryDto } from '../users/users.dto';

export class NetworkInputDto implements NetworkInput {
  @RequiredText({ ...LIMITS.networkName, example: 'Toegankelijke openbare ruimte' })
  name: string;

  @RequiredText({ ...LIMITS.networkDescription, example: 'Samen werken aan stoepen, oversteekplaatsen en pleinen waar iedereen zich kan bewegen.' })
  description: string;

  @OptionalText({ ...LIMITS.networkPurpose })
  purpose: string = '';

  @RequiredText({ ...LIMITS.networkTheme, example: 'Openbare ruimte' })
  theme: string;

  @ApiProperty({ enum: ['open', 'closed'] })
  @IsIn(['open', 'closed'], { message: 'must be open or closed' })
  visibility: NetworkVisibility;

  @ApiProperty({ type: [Number], example: [9, 20], description: 'Convention article numbers, 1 to 50' })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(50)
  @IsInt({ each: true, message: 'must contain article numbers' })
  crpdArticleNumbers: number[] = [];

  @ApiProperty({ type: [String], example: ['GM0344'] })
  @IsArray({ message: 'must be a list' })
  @ArrayMaxSize(342)
  @IsString({ each: true, message: 'must contain CBS codes' })
  municipalityCodes: string[] = [];

  @OptionalText({ ...LIMITS.partnerOrganisations })
  partnerOrganisations: string = '';

  @OptionalText({ ...LIMITS.coordinator })
  coordinator: string = '';
}

export class CreateNetworkDto extends NetworkInputDto implements CreateNetworkRequest {
  @OptionalText({ max: LIMITS.email.max, nullable: true, description: 'E-mail address of the first owner' })
  ownerEmail?: string | null;
}

export class DecideProposalDto implements DecideProposalRequest {
  @OptionalText({ ...LIMITS.decisionReason, nullable: true })
  reason?: string | null;
}

export class AppointOwnerDto implements AppointOwnerRequest {
  @ApiProperty()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  @IsEmail({}, { message: 'must be an e-mail address' })
  email: string;
}

export class ExternalNetworkInputDto implements ExternalNetworkInput {
  @RequiredText({ ...LIMITS.externalNetworkName })
  name: string;

  @ApiProperty({ example: 'https://www.example.org/netwerk' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString({ message: 'must be text' })
  @IsNotEmpty({ message: 'is required' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'must be a web address starting with https://' })
  @MaxLength(LIMITS.url.max, { context: { max: LIMITS.url.max } })
  url: string;

  @OptionalText({ ...LIMITS.networkDescription })
  description: string = '';

  @OptionalText({ max: 150 })
  organisation: string = '';
}

export class ExternalNetworkDto implements ExternalNetwork {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty() url: string;
  @ApiProperty() description: string;
  @ApiProperty() organisation: string;
}

export class NetworkSummaryDto implements NetworkSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() slug: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty() theme: string;
  @ApiProperty({ enum: ['open', 'closed'] }) visibility: NetworkVisibility;
  @ApiProperty({ enum: ['proposed', 'active', 'declined'] }) status: NetworkStatus;
  @ApiProperty({ type: [Number] }) crpdArticleNumbers: number[];
  @ApiProperty({ type: [String] }) municipalityCodes: string[];
  @ApiProperty() memberCount: number;
  @ApiProperty() threadCount: number;
  @ApiProperty() isDemo: boolean;
  @ApiPropertyOptional({ enum: ['member', 'moderator', 'owner'], nullable: true }) myRole: NetworkRole | null;
}

export class NetworkDetailDto extends NetworkSummaryDto implements NetworkDetail {
  @ApiProperty() purpose: string;
  @ApiProperty() partnerOrganisations: string;
  @ApiProperty() coordinator: string;
  @ApiProperty({ type: [CrpdArticleDto] }) crpdArticles: CrpdArticleDto[];
  @ApiProperty({ type: [MunicipalityDto] }) municipalities: MunicipalityDto[];
  @ApiProperty() canRead: boolean;
  @ApiPropertyOptional({ type: MembershipRequestSummaryDto, nullable: true }) myRequest: MembershipRequestSummaryDto | null;
  @ApiPropertyOptional({ type: PersonSummaryDto, nullable: true }) proposedBy: PersonSummaryDto | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decisionReason: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class NetworkListResponseDto implements NetworkListResponse {
  @ApiProperty({ type: [NetworkSummaryDto] }) networks: NetworkSummaryDto[];
  @ApiProperty({ type: [ExternalNetworkDto] }) externalNetworks: ExternalNetworkDto[];
}
