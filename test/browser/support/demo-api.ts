import type { Page } from 'playwright-core';

/**
 * Calls to the platform's API with the cookies of a logged-in page, for test setup that is
 * not itself under test: creating a proposal, a join request or a reply from another person.
 */
export class DemoApi {
  constructor(
    private readonly baseUrl: string,
    private readonly page: Page,
  ) {}

  async get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path);
  }

  async post<T>(path: string, body: unknown = {}): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  async patch<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PATCH', path, body);
  }

  /** Returns the id of the thread with this title in the network. */
  async threadId(slug: string, title: string): Promise<string> {
    const threads = await this.get<Array<{ id: string; title: string }>>(`/api/networks/${slug}/threads`);
    const thread = threads.find((candidate) => candidate.title === title);
    if (!thread) {
      throw new Error(`No thread "${title}" in ${slug}; found: ${threads.map((candidate) => candidate.title).join(', ')}`);
    }
    return thread.id;
  }

  private async send<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await this.page.request.fetch(`${this.baseUrl}${path}`, {
      method,
      data: body,
      headers: { Accept: 'application/json' },
    });
    if (!response.ok()) {
      throw new Error(`${method} ${path} failed with ${response.status()}: ${await response.text()}`);
    }
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }
}

/** Builds a network proposal with only the required fields, for states that need one waiting. */
export function proposalInput(name: string) {
  return {
    name,
    description: 'Een voorstel dat de toegankelijkheidstest maakt.',
    purpose: '',
    theme: 'Test',
    visibility: 'open',
    crpdArticleNumbers: [],
    municipalityCodes: [],
    partnerOrganisations: '',
    coordinator: '',
  };
}
