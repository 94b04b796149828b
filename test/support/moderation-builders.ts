import type { NetworkDetail, NetworkInput } from '@inclusieplein/contract';
import { createNetwork, joinNetwork, signUp, SignedInPerson } from './builders';
import type { TestApp } from './test-app';

/** A network with one person in each role, for moderation tests. */
export interface ModeratedNetwork {
  network: NetworkDetail;
  owner: SignedInPerson;
  moderator: SignedInPerson;
  member: SignedInPerson;
}

/** Creates an active network with an owner, a moderator appointed by that owner, and a member. */
export async function createModeratedNetwork(
  testApp: TestApp,
  admin: SignedInPerson,
  overrides: Partial<NetworkInput> = {},
): Promise<ModeratedNetwork> {
  const owner = await signUp(testApp);
  const network = await createNetwork(admin, owner, overrides);
  const moderator = await signUp(testApp);
  const member = await signUp(testApp);
  for (const person of [moderator, member]) await addMember(owner, person, network);
  await owner.agent.patch(`/api/networks/${network.slug}/members/${moderator.user.id}`).send({ role: 'moderator' }).expect(200);
  return { network, owner, moderator, member };
}

/** Makes the person a member: joins an open network, or requests and lets the owner approve for a closed one. */
export async function addMember(owner: SignedInPerson, person: SignedInPerson, network: NetworkDetail): Promise<void> {
  if (network.visibility === 'open') {
    await joinNetwork(person, network.slug);
    return;
  }
  const response = await person.agent.post(`/api/networks/${network.slug}/join`).send({ motivation: 'Graag' }).expect(201);
  await owner.agent.post(`/api/membership-requests/${response.body.request.id}/approve`).expect(200);
}

/** Reads the audit log actions of a network, newest first, as an administrator or moderator. */
export async function auditActions(person: SignedInPerson, slug: string): Promise<string[]> {
  const response = await person.agent.get(`/api/networks/${slug}/moderation/audit-log`).query({ pageSize: 100 }).expect(200);
  return response.body.entries.map((entry: { action: string }) => entry.action);
}
