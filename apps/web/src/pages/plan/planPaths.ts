/** Paths of the plan pages, so links and navigation follow the routes in `routes.ts`. */
export const planPaths = {
  list: () => '/plannen',
  create: (slug: string) => `/netwerken/${slug}/plannen/nieuw`,
  view: (slug: string, planId: string) => `/netwerken/${slug}/plannen/${planId}`,
  edit: (slug: string, planId: string) => `/netwerken/${slug}/plannen/${planId}/bewerken`,
  history: (slug: string, planId: string) => `/netwerken/${slug}/plannen/${planId}/geschiedenis`,
  compare: (slug: string, planId: string, from: number, to: number) =>
    `/netwerken/${slug}/plannen/${planId}/vergelijken?van=${from}&tot=${to}`,
  print: (slug: string, planId: string) => `/netwerken/${slug}/plannen/${planId}/afdrukken`,
};
