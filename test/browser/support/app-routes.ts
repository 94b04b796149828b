import { loadWebModule } from '../../support/load-web-module';

export interface AppRoute {
  id: string;
  path: string;
  access: 'public' | 'member' | 'admin';
  example?: string;
}

/** Loads the SPA's route table from apps/web/src/routes.ts, the file that App.tsx builds its routes from. */
export function loadAppRoutes(): readonly AppRoute[] {
  return loadWebModule<{ APP_ROUTES: readonly AppRoute[] }>('apps/web/src/routes.ts').APP_ROUTES;
}

/**
 * Returns a URL that opens `route`: its `example`, or its path with each `:param` replaced by
 * the value in `parameters`. Fails for a parameter without a value, so a new route with a new
 * parameter cannot slip past the checks that open every route.
 */
export function exampleUrl(route: AppRoute, parameters: Record<string, string>): string {
  if (route.example) {
    return route.example;
  }
  return route.path.replace(/:(\w+)/g, (_segment, name: string) => {
    if (!(name in parameters)) {
      throw new Error(`No example value for :${name} in ${route.path}; pass one in the parameters.`);
    }
    return parameters[name];
  });
}
