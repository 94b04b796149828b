/** Addresses of the moderation pages, built from the route table's paths. */
const network = (slug: string) => `/netwerken/${encodeURIComponent(slug)}`;

export const moderationPaths = {
  codeOfConduct: (slug: string) => `${network(slug)}/gedragscode`,
  queue: (slug: string) => `${network(slug)}/moderatie`,
  auditLog: (slug: string) => `${network(slug)}/moderatie/logboek`,
  overview: () => '/moderatie',
  overviewAuditLog: () => '/moderatie/logboek',
  thread: (slug: string, threadId: string) => `${network(slug)}/onderwerpen/${encodeURIComponent(threadId)}`,
  post: (slug: string, threadId: string, postId: string) =>
    `${network(slug)}/onderwerpen/${encodeURIComponent(threadId)}#bericht-${encodeURIComponent(postId)}`,
};
