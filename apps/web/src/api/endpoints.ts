/**
 * Typed calls for every API endpoint that the web app uses.
 * NOTE: the contract names no response body for role changes, owner appointments and
 * membership decisions, so those calls return `unknown` and callers refetch what they show.
 */
import type {
  AppointOwnerRequest,
  BarrierReport,
  BarrierReportInput,
  BarrierReportStatus,
  ChangePlanStatusRequest,
  ChangeRoleRequest,
  CreatePlanRequest,
  CreateNetworkRequest,
  CreatePostRequest,
  CreateThreadRequest,
  CrpdArticle,
  CurrentUser,
  DecideProposalRequest,
  ExternalNetwork,
  ExternalNetworkInput,
  JoinRequest,
  JoinResponse,
  LoginRequest,
  Member,
  MembershipRequestDetail,
  Municipality,
  NetworkDetail,
  NetworkInput,
  NetworkListResponse,
  NetworkRole,
  PlanDetail,
  PlanListQuery,
  PlanRevisionDetail,
  PlanRevisionSummary,
  PlanSummary,
  Post,
  PostRevision,
  RegisterRequest,
  SessionResponse,
  ThreadDetail,
  ThreadSummary,
  ReusePlanRequest,
  UpdateBarrierReportRequest,
  UpdatePlanRequest,
  UpdatePostRequest,
  UpdateProfileRequest,
} from '@inclusieplein/contract';
import { api } from './client';

const segment = encodeURIComponent;

export const authApi = {
  me: () => api.get<SessionResponse>('/api/auth/me'),
  login: (body: LoginRequest) => api.post<CurrentUser>('/api/auth/login', body),
  register: (body: RegisterRequest) => api.post<CurrentUser>('/api/auth/register', body),
  logout: () => api.post<void>('/api/auth/logout'),
  updateProfile: (body: UpdateProfileRequest) => api.patch<CurrentUser>('/api/profile', body),
};

export const referenceApi = {
  municipalities: () => api.get<Municipality[]>('/api/municipalities'),
  crpdArticles: () => api.get<CrpdArticle[]>('/api/crpd-articles?instrument=convention'),
};

export const networkApi = {
  list: () => api.get<NetworkListResponse>('/api/networks'),
  get: (slug: string) => api.get<NetworkDetail>(`/api/networks/${segment(slug)}`),
  propose: (body: NetworkInput) => api.post<NetworkDetail>('/api/network-proposals', body),
  join: (slug: string, body: JoinRequest) => api.post<JoinResponse>(`/api/networks/${segment(slug)}/join`, body),
  leave: (slug: string) => api.delete(`/api/networks/${segment(slug)}/membership`),
  threads: (slug: string) => api.get<ThreadSummary[]>(`/api/networks/${segment(slug)}/threads`),
  createThread: (slug: string, body: CreateThreadRequest) =>
    api.post<ThreadDetail>(`/api/networks/${segment(slug)}/threads`, body),
  members: (slug: string) => api.get<Member[]>(`/api/networks/${segment(slug)}/members`),
  changeRole: (slug: string, userId: string, role: NetworkRole) =>
    api.patch<unknown>(`/api/networks/${segment(slug)}/members/${segment(userId)}`, { role } satisfies ChangeRoleRequest),
  membershipRequests: (slug: string) =>
    api.get<MembershipRequestDetail[]>(`/api/networks/${segment(slug)}/membership-requests`),
  approveRequest: (id: string) => api.post<unknown>(`/api/membership-requests/${segment(id)}/approve`),
  declineRequest: (id: string, reason: string | null) =>
    api.post<unknown>(`/api/membership-requests/${segment(id)}/decline`, { reason }),
};

export const threadApi = {
  get: (threadId: string) => api.get<ThreadDetail>(`/api/threads/${segment(threadId)}`),
  reply: (threadId: string, body: CreatePostRequest) => api.post<Post>(`/api/threads/${segment(threadId)}/posts`, body),
  editPost: (postId: string, body: UpdatePostRequest) => api.patch<Post>(`/api/posts/${segment(postId)}`, body),
  deletePost: (postId: string) => api.delete(`/api/posts/${segment(postId)}`),
  revisions: (postId: string) => api.get<PostRevision[]>(`/api/posts/${segment(postId)}/revisions`),
};

export const adminApi = {
  proposals: () => api.get<NetworkDetail[]>('/api/network-proposals'),
  approveProposal: (id: string, body: DecideProposalRequest) =>
    api.post<NetworkDetail>(`/api/network-proposals/${segment(id)}/approve`, body),
  declineProposal: (id: string, body: DecideProposalRequest) =>
    api.post<NetworkDetail>(`/api/network-proposals/${segment(id)}/decline`, body),
  createNetwork: (body: CreateNetworkRequest) => api.post<NetworkDetail>('/api/networks', body),
  appointOwner: (slug: string, body: AppointOwnerRequest) =>
    api.post<unknown>(`/api/networks/${segment(slug)}/owners`, body),
  externalNetworks: () => api.get<NetworkListResponse>('/api/networks').then((list) => list.externalNetworks),
  addExternalNetwork: (body: ExternalNetworkInput) => api.post<ExternalNetwork>('/api/external-networks', body),
  removeExternalNetwork: (id: string) => api.delete(`/api/external-networks/${segment(id)}`),
};

export const barrierReportApi = {
  create: (body: BarrierReportInput) => api.post<BarrierReport>('/api/barrier-reports', body),
  list: () => api.get<BarrierReport[]>('/api/barrier-reports'),
  setStatus: (id: string, status: BarrierReportStatus) =>
    api.patch<BarrierReport>(`/api/barrier-reports/${segment(id)}`, { status } satisfies UpdateBarrierReportRequest),
};

/** Builds the query string of the plan overview, leaving out empty filters. */
function planListQuery(query: PlanListQuery): string {
  const parameters = new URLSearchParams();
  if (query.status) parameters.set('status', query.status);
  if (query.municipality) parameters.set('municipality', query.municipality);
  if (query.article !== undefined) parameters.set('article', String(query.article));
  const text = parameters.toString();
  return text ? `?${text}` : '';
}

export const planApi = {
  list: (query: PlanListQuery) => api.get<PlanSummary[]>(`/api/plans${planListQuery(query)}`),
  ofNetwork: (slug: string) => api.get<PlanSummary[]>(`/api/networks/${segment(slug)}/plans`),
  create: (slug: string, body: CreatePlanRequest) => api.post<PlanDetail>(`/api/networks/${segment(slug)}/plans`, body),
  get: (planId: string) => api.get<PlanDetail>(`/api/plans/${segment(planId)}`),
  update: (planId: string, body: UpdatePlanRequest) => api.put<PlanDetail>(`/api/plans/${segment(planId)}`, body),
  changeStatus: (planId: string, body: ChangePlanStatusRequest) =>
    api.post<PlanDetail>(`/api/plans/${segment(planId)}/status`, body),
  lock: (planId: string, reason: string) => api.post<PlanDetail>(`/api/plans/${segment(planId)}/lock`, { reason }),
  unlock: (planId: string) => api.delete<PlanDetail | undefined>(`/api/plans/${segment(planId)}/lock`),
  reuse: (planId: string, body: ReusePlanRequest) => api.post<PlanDetail>(`/api/plans/${segment(planId)}/reuse`, body),
  revisions: (planId: string) => api.get<PlanRevisionSummary[]>(`/api/plans/${segment(planId)}/revisions`),
  revision: (planId: string, revision: number) =>
    api.get<PlanRevisionDetail>(`/api/plans/${segment(planId)}/revisions/${revision}`),
  restore: (planId: string, revision: number, baseRevision: number) =>
    api.post<PlanDetail>(`/api/plans/${segment(planId)}/revisions/${revision}/restore`, { baseRevision }),
  /** Address of the Word export, used as a plain link so the browser downloads it. */
  exportUrl: (planId: string) => `/api/plans/${segment(planId)}/export.docx`,
};
