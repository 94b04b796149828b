import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ChangeRoleRequest,
  JoinRequest,
  JoinResponse,
  Member,
  MembershipRequestDetail,
  MembershipRequestStatus,
  MembershipRequestSummary,
  NetworkRole,
} from '@inclusieplein/contract';
import { LIMITS } from '@inclusieplein/contract';
import { IsIn, IsInt, IsOptional, Min } from 'class-validator';
import { OptionalText } from '../common/validation';
import { PersonSummaryDto } from '../users/users.dto';

export class JoinDto implements JoinRequest {
  @OptionalText({ ...LIMITS.motivation, nullable: true, description: 'Why the person wants to join a closed network' })
  motivation?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, description: 'Version of the code of conduct the person accepted; required when the network has one' })
  @IsOptional()
  @IsInt({ message: 'must be a whole number' })
  @Min(1, { message: 'must be at least 1' })
  acceptedCodeOfConductVersion?: number | null;
}

export class DecideRequestDto {
  @OptionalText({ ...LIMITS.decisionReason, nullable: true })
  reason?: string | null;
}

export class ChangeRoleDto implements ChangeRoleRequest {
  @ApiProperty({ enum: ['member', 'moderator', 'owner'] })
  @IsIn(['member', 'moderator', 'owner'], { message: 'must be member, moderator or owner' })
  role: NetworkRole;
}

export class MembershipRequestSummaryDto implements MembershipRequestSummary {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['pending', 'approved', 'declined'] }) status: MembershipRequestStatus;
  @ApiProperty() motivation: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', nullable: true }) decidedAt: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) decisionReason: string | null;
}

export class MembershipRequestDetailDto extends MembershipRequestSummaryDto implements MembershipRequestDetail {
  @ApiProperty({ type: PersonSummaryDto }) person: PersonSummaryDto;
  @ApiProperty() networkSlug: string;
}

export class JoinResponseDto implements JoinResponse {
  @ApiProperty({ enum: ['member', 'requested'] }) result: 'member' | 'requested';
  @ApiPropertyOptional({ enum: ['member', 'moderator', 'owner'], nullable: true }) role: NetworkRole | null;
  @ApiPropertyOptional({ type: MembershipRequestSummaryDto, nullable: true }) request: MembershipRequestSummaryDto | null;
}

export class MemberDto implements Member {
  @ApiProperty({ type: PersonSummaryDto }) person: PersonSummaryDto;
  @ApiProperty({ enum: ['member', 'moderator', 'owner'] }) role: NetworkRole;
  @ApiProperty({ format: 'date-time' }) joinedAt: string;
}
