import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
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

  async put<T>(path: string, body: unknown): Promise<T> {
    return this.send<T>('PUT', path, body);
  }

  /** Sends a file to `POST /api/uploads` as multipart/form-data and returns the parsed JSON response. */
  async upload<T>(filePath: string, fileName = basename(filePath)): Promise<T> {
    const response = await this.page.request.post(`${this.baseUrl}/api/uploads`, {
      multipart: { file: { name: fileName, mimeType: 'application/octet-stream', buffer: await readFile(filePath) } },
      headers: { Accept: 'application/json' },
    });
    if (!response.ok()) {
      throw new Error(`POST /api/uploads (${fileName}) failed with ${response.status()}: ${await response.text()}`);
    }
    return (await response.json()) as T;
  }

  /** Returns the id of the plan with this title in the network, creating it from `planInput` when it is missing. */
  /** Id of a demo document, found by its exact title among the documents the page's person may read. */
  async documentId(title: string): Promise<string> {
    const result = await this.get<{ items: Array<{ id: string; title: string }> }>(
      `/api/documents?q=${encodeURIComponent(title)}&archived=include`,
    );
    const found = result.items.find((candidate) => candidate.title === title);
    if (!found) throw new Error(`No demo document titled "${title}".`);
    return found.id;
  }

  async planId(slug: string, title: string): Promise<string> {
    const plans = await this.get<Array<{ id: string; title: string }>>(`/api/networks/${slug}/plans`);
    const existing = plans.find((candidate) => candidate.title === title);
    if (existing) {
      return existing.id;
    }
    const created = await this.post<{ id: string }>(`/api/networks/${slug}/plans`, planInput(title));
    return created.id;
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

/** Builds a plan with a body, a municipality, an article and one overdue action, for states that show a plan. */
export function planInput(title: string) {
  return {
    title,
    summary: 'Een markt waar iedereen kan komen, ook met een rolstoel of een blindenstok.',
    body: 'Iedereen kan naar de markt.\n\nDe paden worden breder.\nEr komt een kaart in braille.',
    municipalityCodes: ['GM0344'],
    crpdArticleNumbers: [9],
    actions: [
      { description: 'Paden tussen de kramen breder maken', deadline: '2024-01-01', status: 'open' },
      { description: 'Kaart in braille laten maken', responsibleOrganisation: 'Gemeente Utrecht', deadline: null, status: 'in_progress' },
    ],
  };
}
