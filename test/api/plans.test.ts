import type {
  NetworkDetail,
  PlanConflictBody,
  PlanDetail,
  PlanRevisionDetail,
  PlanRevisionSummary,
  PlanSummary,
  ThreadDetail,
} from '@inclusieplein/contract';
import { LIMITS } from '@inclusieplein/contract';
import request from 'supertest';
import { fieldCodes } from '../support/api-errors';
import { createNetwork, joinNetwork, signUp, signUpAdmin, SignedInPerson } from '../support/builders';
import { createPlan, planInput, updateOf } from '../support/plan-builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;
let admin: SignedInPerson;
let owner: SignedInPerson;
let member: SignedInPerson;
let outsider: SignedInPerson;
let network: NetworkDetail;

beforeAll(async () => {
  testApp = await startTestApp();
  admin = await signUpAdmin(testApp);
  owner = await signUp(testApp);
  member = await signUp(testApp);
  outsider = await signUp(testApp);
  network = await createNetwork(admin, owner);
  await joinNetwork(member, network.slug);
});

afterAll(async () => {
  await testApp.close();
});

async function countRows(table: 'plans' | 'threads' | 'posts' | 'plan_revisions' | 'plan_actions'): Promise<number> {
  const [{ count }] = await testApp.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`);
  return count;
}

async function getPlan(id: string, agent = request(testApp.baseUrl)): Promise<PlanDetail> {
  return (await agent.get(`/api/plans/${id}`).expect(200)).body;
}

describe('creating a plan', () => {
  it('stores plan, actions, revision 1 and status record', async () => {
    const plan = await createPlan(member, network.slug);
    expect(plan.title).toBe('Toegankelijke stembureaus');
    expect(plan.revision).toBe(1);
    expect(plan.status).toBe('idea');
    expect(plan.network.slug).toBe(network.slug);
    expect(plan.municipalities).toEqual([{ code: 'GM0344', name: 'Utrecht', province: 'Utrecht' }]);
    expect(plan.crpdArticles.map((article) => article.number)).toEqual([9, 29]);
    expect(plan.actions).toHaveLength(1);
    expect(plan.actions[0]).toMatchObject({ description: 'Alle stembureaus bezoeken', deadline: '2099-12-31', overdue: false });
    expect(plan.bodyHtml).toContain('<strong>drempelvrije</strong>');
    expect(plan.statusHistory).toEqual([expect.objectContaining({ from: null, to: 'idea', note: null })]);
    expect(plan.statusHistory[0].changedBy.id).toBe(member.user.id);
    expect(plan.createdBy.id).toBe(member.user.id);
    expect(plan.canEdit).toBe(true);
    expect(plan.canLock).toBe(false);
    expect(plan.source).toBeNull();
    expect(plan.reusedBy).toEqual([]);
  });

  it('links plan and discussion thread both ways', async () => {
    const plan = await createPlan(member, network.slug, { title: 'Plan met gesprek' });
    const thread: ThreadDetail = (await request(testApp.baseUrl).get(`/api/threads/${plan.threadId}`).expect(200)).body;
    expect(thread.title).toBe('Plan: Plan met gesprek');
    expect(thread.network.id).toBe(network.id);
    expect(thread.author.id).toBe(member.user.id);
    expect(thread.plan).toEqual({ id: plan.id, title: 'Plan met gesprek' });
    expect(thread.posts[0].bodyHtml).toContain(`href="/netwerken/${network.slug}/plannen/${plan.id}"`);
  });

  it('gives ordinary threads no plan', async () => {
    const response = await member.agent
      .post(`/api/networks/${network.slug}/threads`)
      .send({ title: 'Gewone vraag', body: 'Tekst' })
      .expect(201);
    expect((response.body as ThreadDetail).plan).toBeNull();
  });

  it('accepts a starting status', async () => {
    const plan = await createPlan(member, network.slug, { status: 'preparation' });
    expect(plan.status).toBe('preparation');
  });

  it('rejects non-members with 403', async () => {
    const response = await outsider.agent.post(`/api/networks/${network.slug}/plans`).send(planInput()).expect(403);
    expect(response.body.code).toBe('forbidden');
  });

  it('rejects visitors with 401', async () => {
    await request(testApp.baseUrl).post(`/api/networks/${network.slug}/plans`).send(planInput()).expect(401);
  });

  it('answers 404 for an unknown network', async () => {
    await member.agent.post('/api/networks/bestaat-niet/plans').send(planInput()).expect(404);
  });
});

describe('plan validation', () => {
  const cases: Array<[string, Record<string, unknown>, Record<string, string>]> = [
    ['empty title', { title: '   ' }, { title: 'required' }],
    ['short title', { title: 'ab' }, { title: 'too_short' }],
    ['long title', { title: 'a'.repeat(LIMITS.planTitle.max + 1) }, { title: 'too_long' }],
    ['long summary', { summary: 'a'.repeat(LIMITS.planSummary.max + 1) }, { summary: 'too_long' }],
    ['long body', { body: 'a'.repeat(LIMITS.planBody.max + 1) }, { body: 'too_long' }],
    ['unknown municipality', { municipalityCodes: ['GM0344', 'GM9999'] }, { 'municipalityCodes.1': 'unknown_municipality' }],
    ['unknown article', { crpdArticleNumbers: [9, 51] }, { 'crpdArticleNumbers.1': 'unknown_crpd_article' }],
    [
      'impossible deadline',
      { actions: [{ description: 'Eerste actie', status: 'open', deadline: '2026-02-30' }] },
      { 'actions.0.deadline': 'invalid_date' },
    ],
    [
      'deadline in another form',
      { actions: [{ description: 'Eerste actie', status: 'open', deadline: '30-12-2026' }] },
      { 'actions.0.deadline': 'invalid_date' },
    ],
    [
      'short action description',
      { actions: [{ description: 'a', status: 'open' }] },
      { 'actions.0.description': 'too_short' },
    ],
    [
      'unknown action status',
      { actions: [{ description: 'Eerste actie', status: 'klaar' }] },
      { 'actions.0.status': 'invalid' },
    ],
    [
      'long responsible organisation',
      { actions: [{ description: 'Eerste actie', status: 'open', responsibleOrganisation: 'a'.repeat(LIMITS.planResponsibleOrganisation.max + 1) }] },
      { 'actions.0.responsibleOrganisation': 'too_long' },
    ],
    [
      'too many actions',
      { actions: Array.from({ length: LIMITS.planActions.max + 1 }, () => ({ description: 'Een actie', status: 'open' })) },
      { actions: 'invalid' },
    ],
    ['unknown status', { status: 'klaar' }, { status: 'invalid' }],
    ['unknown field', { extra: true }, { extra: 'not_allowed' }],
  ];

  it.each(cases)('rejects %s with nothing stored', async (_name, overrides, expected) => {
    const before = await Promise.all([countRows('plans'), countRows('threads'), countRows('posts')]);
    const response = await member.agent.post(`/api/networks/${network.slug}/plans`).send(planInput(overrides as never)).expect(400);
    expect(response.body.code).toBe('validation_failed');
    expect(fieldCodes(response.body)).toMatchObject(expected);
    expect(await Promise.all([countRows('plans'), countRows('threads'), countRows('posts')])).toEqual(before);
  });

  it('rejects a responsible person outside the network', async () => {
    const before = await countRows('plans');
    const response = await member.agent
      .post(`/api/networks/${network.slug}/plans`)
      .send(planInput({ actions: [{ description: 'Eerste actie', status: 'open', responsibleMemberId: outsider.user.id }] }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ 'actions.0.responsibleMemberId': 'not_a_member' });
    expect(await countRows('plans')).toBe(before);
  });

  it('accepts a responsible member of the network', async () => {
    const plan = await createPlan(member, network.slug, {
      actions: [{ description: 'Eerste actie', status: 'open', responsibleMemberId: owner.user.id, responsibleOrganisation: 'Gemeente' }],
    });
    expect(plan.actions[0].responsibleMember?.id).toBe(owner.user.id);
    expect(plan.actions[0].responsibleOrganisation).toBe('Gemeente');
  });

  it('rejects an action id of another plan on save', async () => {
    const other = await createPlan(member, network.slug);
    const plan = await createPlan(member, network.slug);
    const body = updateOf(plan);
    body.actions[0].id = other.actions[0].id;
    const response = await member.agent.put(`/api/plans/${plan.id}`).send(body).expect(400);
    expect(fieldCodes(response.body)).toEqual({ 'actions.0.id': 'invalid' });
    expect((await getPlan(plan.id)).revision).toBe(1);
  });

  it('reports several errors at once', async () => {
    const response = await member.agent
      .post(`/api/networks/${network.slug}/plans`)
      .send(planInput({ municipalityCodes: ['GM9999'], crpdArticleNumbers: [99], actions: [{ description: 'Actie een', status: 'open', deadline: '2026-13-01' }] }))
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({
      'municipalityCodes.0': 'unknown_municipality',
      'crpdArticleNumbers.0': 'unknown_crpd_article',
      'actions.0.deadline': 'invalid_date',
    });
  });
});

describe('saving revisions', () => {
  it('stores each save as a new revision with history', async () => {
    const plan = await createPlan(member, network.slug);
    const saved: PlanDetail = (
      await owner.agent
        .put(`/api/plans/${plan.id}`)
        .send(updateOf(plan, { title: 'Stembureaus voor iedereen', changeSummary: 'Titel korter' }))
        .expect(200)
    ).body;
    expect(saved.revision).toBe(2);
    expect(saved.title).toBe('Stembureaus voor iedereen');
    expect(saved.updatedBy.id).toBe(owner.user.id);
    expect(saved.actions[0].id).toBe(plan.actions[0].id);

    const history: PlanRevisionSummary[] = (await request(testApp.baseUrl).get(`/api/plans/${plan.id}/revisions`).expect(200)).body;
    expect(history.map((revision) => revision.revision)).toEqual([2, 1]);
    expect(history[0]).toMatchObject({ changeSummary: 'Titel korter', restoredFrom: null });
    expect(history[0].author.id).toBe(owner.user.id);

    const first: PlanRevisionDetail = (await request(testApp.baseUrl).get(`/api/plans/${plan.id}/revisions/1`).expect(200)).body;
    expect(first.title).toBe('Toegankelijke stembureaus');
    expect(first.municipalityCodes).toEqual(['GM0344']);
    expect(first.actions[0]).toMatchObject({ id: plan.actions[0].id, description: 'Alle stembureaus bezoeken' });
  });

  it('adds, changes and removes actions', async () => {
    const plan = await createPlan(member, network.slug, {
      actions: [
        { description: 'Actie een', status: 'open' },
        { description: 'Actie twee', status: 'open' },
      ],
    });
    const body = updateOf(plan);
    body.actions = [
      { ...body.actions[1], status: 'done' },
      { description: 'Actie drie', status: 'in_progress' },
    ];
    const saved: PlanDetail = (await member.agent.put(`/api/plans/${plan.id}`).send(body).expect(200)).body;
    expect(saved.actions.map((action) => [action.description, action.status])).toEqual([
      ['Actie twee', 'done'],
      ['Actie drie', 'in_progress'],
    ]);
    expect(saved.actions[0].id).toBe(plan.actions[1].id);
  });

  it('answers 404 for an unknown revision', async () => {
    const plan = await createPlan(member, network.slug);
    await request(testApp.baseUrl).get(`/api/plans/${plan.id}/revisions/7`).expect(404);
  });

  it('rejects saves by non-members', async () => {
    const plan = await createPlan(member, network.slug);
    await outsider.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan)).expect(403);
    await admin.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan)).expect(403);
  });

  it('answers 404 for an unknown plan', async () => {
    await request(testApp.baseUrl).get('/api/plans/00000000-0000-4000-8000-000000000000').expect(404);
  });
});

describe('revision conflicts', () => {
  it('answers a stale save with 409 and the current plan', async () => {
    const plan = await createPlan(member, network.slug);
    await owner.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan, { title: 'Versie van de eigenaar' })).expect(200);

    const response = await member.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan, { title: 'Versie van het lid' })).expect(409);
    const body = response.body as PlanConflictBody;
    expect(body.statusCode).toBe(409);
    expect(body.code).toBe('revision_conflict');
    expect(body.message).toMatch(/Revision 2 is the current one/);
    expect(body.current.revision).toBe(2);
    expect(body.current.title).toBe('Versie van de eigenaar');
    expect((await getPlan(plan.id)).revision).toBe(2);
  });

  it('lets exactly one of two concurrent saves succeed', async () => {
    const plan = await createPlan(member, network.slug);
    const responses = await Promise.all([
      member.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan, { title: 'Eerste gelijktijdige' })),
      owner.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan, { title: 'Tweede gelijktijdige' })),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const winner = responses.find((response) => response.status === 200)!.body as PlanDetail;
    const loser = responses.find((response) => response.status === 409)!.body as PlanConflictBody;
    expect(loser.current.title).toBe(winner.title);

    const [{ count }] = await testApp.dataSource.query('SELECT count(*)::int AS count FROM plan_revisions WHERE plan_id = $1', [plan.id]);
    expect(count).toBe(2);
  });
});

describe('restoring a revision', () => {
  it('saves the old content as a new revision', async () => {
    const plan = await createPlan(member, network.slug);
    const second: PlanDetail = (
      await member.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan, { title: 'Tweede titel', actions: [] })).expect(200)
    ).body;

    const restored: PlanDetail = (
      await member.agent.post(`/api/plans/${plan.id}/revisions/1/restore`).send({ baseRevision: second.revision }).expect(200)
    ).body;
    expect(restored.revision).toBe(3);
    expect(restored.title).toBe('Toegankelijke stembureaus');
    expect(restored.actions.map((action) => action.description)).toEqual(['Alle stembureaus bezoeken']);

    const history: PlanRevisionSummary[] = (await request(testApp.baseUrl).get(`/api/plans/${plan.id}/revisions`).expect(200)).body;
    expect(history.map((revision) => revision.revision)).toEqual([3, 2, 1]);
    expect(history[0].restoredFrom).toBe(1);
    const secondRevision: PlanRevisionDetail = (await request(testApp.baseUrl).get(`/api/plans/${plan.id}/revisions/2`).expect(200)).body;
    expect(secondRevision.title).toBe('Tweede titel');
  });

  it('answers a stale base with 409', async () => {
    const plan = await createPlan(member, network.slug);
    await member.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan, { title: 'Tweede titel' })).expect(200);
    const response = await member.agent.post(`/api/plans/${plan.id}/revisions/1/restore`).send({ baseRevision: 1 }).expect(409);
    expect(response.body.code).toBe('revision_conflict');
    expect(response.body.current.revision).toBe(2);
  });

  it('rejects non-members', async () => {
    const plan = await createPlan(member, network.slug);
    await outsider.agent.post(`/api/plans/${plan.id}/revisions/1/restore`).send({ baseRevision: 1 }).expect(403);
  });
});

describe('status changes', () => {
  it('records allowed transitions with note', async () => {
    const plan = await createPlan(member, network.slug);
    const changed: PlanDetail = (
      await member.agent.post(`/api/plans/${plan.id}/status`).send({ status: 'preparation', note: 'Wethouder is akkoord' }).expect(200)
    ).body;
    expect(changed.status).toBe('preparation');
    expect(changed.revision).toBe(1);
    expect(changed.statusHistory).toHaveLength(2);
    expect(changed.statusHistory[1]).toMatchObject({ from: 'idea', to: 'preparation', note: 'Wethouder is akkoord' });
    expect(changed.statusHistory[1].changedBy.id).toBe(member.user.id);

    const paused: PlanDetail = (await member.agent.post(`/api/plans/${plan.id}/status`).send({ status: 'paused' }).expect(200)).body;
    expect(paused.status).toBe('paused');
    const resumed: PlanDetail = (await member.agent.post(`/api/plans/${plan.id}/status`).send({ status: 'adopted' }).expect(200)).body;
    expect(resumed.status).toBe('adopted');
  });

  it('rejects skipping a step', async () => {
    const plan = await createPlan(member, network.slug);
    const response = await member.agent.post(`/api/plans/${plan.id}/status`).send({ status: 'adopted' }).expect(400);
    expect(response.body.code).toBe('invalid_status_change');
    expect(response.body.errors[0]).toMatchObject({ field: 'status', params: { from: 'idea', to: 'adopted' } });
    expect((await getPlan(plan.id)).statusHistory).toHaveLength(1);
  });

  it('rejects the same status', async () => {
    const plan = await createPlan(member, network.slug);
    const response = await member.agent.post(`/api/plans/${plan.id}/status`).send({ status: 'idea' }).expect(400);
    expect(response.body.code).toBe('invalid_status_change');
  });

  it('rejects non-members', async () => {
    const plan = await createPlan(member, network.slug);
    await outsider.agent.post(`/api/plans/${plan.id}/status`).send({ status: 'preparation' }).expect(403);
  });
});

describe('overdue actions', () => {
  it('marks past deadlines of unfinished actions', async () => {
    const plan = await createPlan(member, network.slug, {
      title: 'Plan met achterstand',
      actions: [
        { description: 'Te laat open', status: 'open', deadline: '2020-01-01' },
        { description: 'Te laat bezig', status: 'in_progress', deadline: '2020-01-01' },
        { description: 'Te laat maar klaar', status: 'done', deadline: '2020-01-01' },
        { description: 'Vervallen', status: 'cancelled', deadline: '2020-01-01' },
        { description: 'Op tijd', status: 'open', deadline: '2099-01-01' },
        { description: 'Zonder deadline', status: 'open' },
      ],
    });
    expect(plan.actions.map((action) => action.overdue)).toEqual([true, true, false, false, false, false]);
    expect(plan.overdueActionCount).toBe(2);

    const summaries: PlanSummary[] = (await request(testApp.baseUrl).get(`/api/networks/${network.slug}/plans`).expect(200)).body;
    expect(summaries.find((summary) => summary.id === plan.id)?.overdueActionCount).toBe(2);
  });
});

describe('locking', () => {
  it('lets owners lock and blocks saves with 409', async () => {
    const plan = await createPlan(member, network.slug);
    const locked: PlanDetail = (
      await owner.agent.post(`/api/plans/${plan.id}/lock`).send({ reason: 'Vastgesteld door de raad' }).expect(200)
    ).body;
    expect(locked.locked).toBe(true);
    expect(locked.lockReason).toBe('Vastgesteld door de raad');
    expect(locked.lockedBy?.id).toBe(owner.user.id);
    expect(locked.canLock).toBe(true);

    const asMember = await getPlan(plan.id, member.agent);
    expect(asMember.canEdit).toBe(false);
    const response = await member.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan)).expect(409);
    expect(response.body.code).toBe('plan_locked');
    expect(response.body.message).toContain('Vastgesteld door de raad');
    await member.agent.post(`/api/plans/${plan.id}/status`).send({ status: 'preparation' }).expect(409);
    await member.agent.post(`/api/plans/${plan.id}/revisions/1/restore`).send({ baseRevision: 1 }).expect(409);

    const unlocked: PlanDetail = (await owner.agent.delete(`/api/plans/${plan.id}/lock`).expect(200)).body;
    expect(unlocked.locked).toBe(false);
    expect(unlocked.lockReason).toBeNull();
    await member.agent.put(`/api/plans/${plan.id}`).send(updateOf(plan)).expect(200);
  });

  it('lets administrators lock', async () => {
    const plan = await createPlan(member, network.slug);
    await admin.agent.post(`/api/plans/${plan.id}/lock`).send({ reason: 'Beheer' }).expect(200);
    await admin.agent.delete(`/api/plans/${plan.id}/lock`).expect(200);
  });

  it('rejects members and outsiders with 403', async () => {
    const plan = await createPlan(member, network.slug);
    await member.agent.post(`/api/plans/${plan.id}/lock`).send({ reason: 'Mag dit?' }).expect(403);
    await outsider.agent.post(`/api/plans/${plan.id}/lock`).send({ reason: 'Mag dit?' }).expect(403);
    await owner.agent.post(`/api/plans/${plan.id}/lock`).send({ reason: 'Klaar' }).expect(200);
    await member.agent.delete(`/api/plans/${plan.id}/lock`).expect(403);
  });

  it('requires a reason', async () => {
    const plan = await createPlan(member, network.slug);
    const response = await owner.agent.post(`/api/plans/${plan.id}/lock`).send({ reason: '' }).expect(400);
    expect(fieldCodes(response.body)).toEqual({ reason: 'required' });
  });
});

describe('plan with 500 revisions', () => {
  it('opens and lists its history', async () => {
    const plan = await createPlan(member, network.slug, { title: 'Plan met lange geschiedenis' });
    await testApp.dataSource.query(
      `INSERT INTO plan_revisions (plan_id, revision, author_id, change_summary, content)
       SELECT r.plan_id, n, r.author_id, 'Wijziging ' || n, r.content
         FROM plan_revisions r, generate_series(2, 500) AS n
        WHERE r.plan_id = $1 AND r.revision = 1`,
      [plan.id],
    );
    await testApp.dataSource.query('UPDATE plans SET revision = 500 WHERE id = $1', [plan.id]);

    const opened = await getPlan(plan.id);
    expect(opened.revision).toBe(500);
    expect(opened.title).toBe('Plan met lange geschiedenis');

    const history: PlanRevisionSummary[] = (await request(testApp.baseUrl).get(`/api/plans/${plan.id}/revisions`).expect(200)).body;
    expect(history).toHaveLength(500);
    expect(history[0]).toMatchObject({ revision: 500, changeSummary: 'Wijziging 500' });
    expect(history[499].revision).toBe(1);

    const saved: PlanDetail = (await member.agent.put(`/api/plans/${plan.id}`).send(updateOf(opened)).expect(200)).body;
    expect(saved.revision).toBe(501);
  });
});

describe('plan lists', () => {
  it('filters the overview by status, municipality and article', async () => {
    const filtered = await signUp(testApp);
    const filterNetwork = await createNetwork(admin, filtered);
    const utrecht = await createPlan(filtered, filterNetwork.slug, { title: 'Filter Utrecht', municipalityCodes: ['GM0344'], crpdArticleNumbers: [9] });
    const amsterdam = await createPlan(filtered, filterNetwork.slug, { title: 'Filter Amsterdam', municipalityCodes: ['GM0363'], crpdArticleNumbers: [24], status: 'preparation' });

    const byMunicipality: PlanSummary[] = (await request(testApp.baseUrl).get('/api/plans?municipality=GM0363').expect(200)).body;
    expect(byMunicipality.map((plan) => plan.id)).toContain(amsterdam.id);
    expect(byMunicipality.map((plan) => plan.id)).not.toContain(utrecht.id);

    const byArticle: PlanSummary[] = (await request(testApp.baseUrl).get('/api/plans?article=24').expect(200)).body;
    expect(byArticle.map((plan) => plan.id)).toEqual([amsterdam.id]);

    const byStatus: PlanSummary[] = (await request(testApp.baseUrl).get('/api/plans?status=preparation&municipality=GM0363').expect(200)).body;
    expect(byStatus.map((plan) => plan.id)).toEqual([amsterdam.id]);
  });

  it.each([
    ['status=klaar', 'status', 'invalid'],
    ['municipality=GM9999', 'municipality', 'unknown_municipality'],
    ['article=99', 'article', 'unknown_crpd_article'],
    ['article=negen', 'article', 'invalid'],
  ])('rejects the filter %s', async (query, field, code) => {
    const response = await request(testApp.baseUrl).get(`/api/plans?${query}`).expect(400);
    expect(fieldCodes(response.body)).toEqual({ [field]: code });
  });
});
