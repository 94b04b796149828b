import { loadAppRoutes } from '../support/app-routes';
import { ROUTE_STATES } from './route-states';

// The guard needs no browser: it compares the SPA's route table with the state table.
describe('accessibility table coverage', () => {
  const appPaths = loadAppRoutes().map((route) => route.path);
  const tablePaths = new Set(ROUTE_STATES.map((row) => row.route));

  it('has rows for every app route', () => {
    const missing = appPaths.filter((path) => !tablePaths.has(path));
    expect({ routesWithoutRows: missing }).toEqual({ routesWithoutRows: [] });
  });

  it('names only existing routes', () => {
    const unknown = [...tablePaths].filter((path) => !appPaths.includes(path));
    expect({ rowsForUnknownRoutes: unknown }).toEqual({ rowsForUnknownRoutes: [] });
  });

  it('has unique state names per route and role', () => {
    const keys = ROUTE_STATES.map((row) => `${row.route} | ${row.role} | ${row.state}`);
    const duplicates = keys.filter((key, index) => keys.indexOf(key) !== index);
    expect({ duplicateRows: duplicates }).toEqual({ duplicateRows: [] });
  });
});
