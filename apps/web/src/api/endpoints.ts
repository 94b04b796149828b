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
  ChangeRoleRequest,
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
  Post,
  PostRevision,
  RegisterRequest,
  SessionResponse,
  ThreadDetail,
  ThreadSummary,
  UpdateBarrierReportRequest,
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
