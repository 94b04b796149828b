/**
 * Every route of the single-page app, as plain data.
 *
 * `App.tsx` builds its `<Route>`s from this list, and the browser accessibility
 * suite imports it under Node to check that each route has a test entry. So this
 * file must import no React components and nothing that touches the DOM.
 */

/** Audience that can see the page's main content. Others get a login prompt or a "no access" message. */
export type RouteAccess = 'public' | 'member' | 'admin';

export type RouteId =
  | 'home'
  | 'register'
  | 'login'
  | 'profile'
  | 'notificationSettings'
  | 'notifications'
  | 'verifyEmail'
  | 'forgotPassword'
  | 'resetPassword'
  | 'networks'
  | 'proposeNetwork'
  | 'network'
  | 'thread'
  | 'plans'
  | 'newPlan'
  | 'plan'
  | 'editPlan'
  | 'planHistory'
  | 'comparePlan'
  | 'printPlan'
  | 'documents'
  | 'newDocument'
  | 'document'
  | 'editDocument'
  | 'newDocumentVersion'
  | 'admin'
  | 'codeOfConduct'
  | 'networkModeration'
  | 'networkAuditLog'
  | 'moderationOverview'
  | 'moderationAuditLog'
  | 'accessibility'
  | 'easyReadHome'
  | 'easyReadNetwork'
  | 'easyReadJoin'
  | 'notFound';

export interface AppRoute {
  /** Stable name that `App.tsx` maps to a page component. */
  id: RouteId;
  /** The path as React Router matches it, with `:param` segments and `*` for not found. */
  path: string;
  access: RouteAccess;
  /**
   * Example URL with real demo values for the parameters, for tests that open the page.
   * NOTE: the demo content has no documents, so the document routes name an id that does not
   * exist, and tests that open every route see their "not found" state.
   */
  example?: string;
}

export const APP_ROUTES: readonly AppRoute[] = [
  { id: 'home', path: '/', access: 'public' },
  { id: 'register', path: '/registreren', access: 'public' },
  { id: 'login', path: '/inloggen', access: 'public' },
  { id: 'profile', path: '/profiel', access: 'member' },
  { id: 'notificationSettings', path: '/profiel/meldingen', access: 'member' },
  { id: 'notifications', path: '/meldingen', access: 'member' },
  // The verification and reset mails link to these two paths (MAIL_LINK_PATHS in the contract), with `?token=…`.
  { id: 'verifyEmail', path: '/account/e-mail-bevestigen', access: 'public', example: '/account/e-mail-bevestigen?token=voorbeeld' },
  { id: 'forgotPassword', path: '/wachtwoord-vergeten', access: 'public' },
  { id: 'resetPassword', path: '/account/nieuw-wachtwoord', access: 'public', example: '/account/nieuw-wachtwoord?token=voorbeeld' },
  { id: 'networks', path: '/netwerken', access: 'public' },
  { id: 'proposeNetwork', path: '/netwerken/voorstellen', access: 'member' },
  { id: 'network', path: '/netwerken/:slug', access: 'public' },
  { id: 'thread', path: '/netwerken/:slug/onderwerpen/:threadId', access: 'public' },
  { id: 'plans', path: '/plannen', access: 'public' },
  { id: 'newPlan', path: '/netwerken/:slug/plannen/nieuw', access: 'member' },
  { id: 'plan', path: '/netwerken/:slug/plannen/:planId', access: 'public' },
  { id: 'editPlan', path: '/netwerken/:slug/plannen/:planId/bewerken', access: 'member' },
  { id: 'planHistory', path: '/netwerken/:slug/plannen/:planId/geschiedenis', access: 'public' },
  { id: 'comparePlan', path: '/netwerken/:slug/plannen/:planId/vergelijken', access: 'public' },
  { id: 'printPlan', path: '/netwerken/:slug/plannen/:planId/afdrukken', access: 'public' },
  { id: 'documents', path: '/documenten', access: 'public' },
  { id: 'newDocument', path: '/documenten/toevoegen', access: 'member' },
  { id: 'document', path: '/documenten/:documentId', access: 'public' },
  { id: 'editDocument', path: '/documenten/:documentId/bewerken', access: 'member' },
  { id: 'newDocumentVersion', path: '/documenten/:documentId/nieuwe-versie', access: 'member' },
  { id: 'admin', path: '/beheer', access: 'admin' },
  { id: 'codeOfConduct', path: '/netwerken/:slug/gedragscode', access: 'public' },
  { id: 'networkModeration', path: '/netwerken/:slug/moderatie', access: 'member' },
  { id: 'networkAuditLog', path: '/netwerken/:slug/moderatie/logboek', access: 'member' },
  { id: 'moderationOverview', path: '/moderatie', access: 'admin' },
  { id: 'moderationAuditLog', path: '/moderatie/logboek', access: 'admin' },
  { id: 'accessibility', path: '/toegankelijkheid', access: 'public' },
  { id: 'easyReadHome', path: '/makkelijk-lezen', access: 'public' },
  { id: 'easyReadNetwork', path: '/makkelijk-lezen/themanetwerk', access: 'public' },
  { id: 'easyReadJoin', path: '/makkelijk-lezen/lid-worden', access: 'public' },
  { id: 'notFound', path: '*', access: 'public', example: '/bestaat-niet' },
];

/** Returns the path of a route by its id, for links that should follow the table. */
export function routePath(id: RouteId): string {
  const route = APP_ROUTES.find((candidate) => candidate.id === id);
  if (!route) {
    throw new Error(`No route with id "${id}" in APP_ROUTES.`);
  }
  return route.path;
}
