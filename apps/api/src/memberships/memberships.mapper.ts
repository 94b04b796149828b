import type { Member, MembershipRequestDetail, MembershipRequestSummary } from '@inclusieplein/contract';
import { toPersonSummary } from '../users/users.service';
import { MembershipRequestEntity } from './membership-request.entity';
import { MembershipEntity } from './membership.entity';

export function toRequestSummary(request: MembershipRequestEntity): MembershipRequestSummary {
  return {
    id: request.id,
    status: request.status,
    motivation: request.motivation,
    createdAt: request.createdAt.toISOString(),
    decidedAt: request.decidedAt?.toISOString() ?? null,
    decisionReason: request.decisionReason,
  };
}

/** Needs `user` and `network` loaded on the request. */
export function toRequestDetail(request: MembershipRequestEntity): MembershipRequestDetail {
  return { ...toRequestSummary(request), person: toPersonSummary(request.user), networkSlug: request.network.slug };
}

/** Needs `user` loaded on the membership. */
export function toMember(membership: MembershipEntity): Member {
  return { person: toPersonSummary(membership.user), role: membership.role, joinedAt: membership.joinedAt.toISOString() };
}
