import request from 'supertest';
import { fieldCodes } from '../support/api-errors';
import { signUp, signUpAdmin } from '../support/builders';
import { startTestApp, TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  testApp = await startTestApp();
});

afterAll(async () => {
  await testApp.close();
});

const report = {
  page: '/netwerken',
  description: 'De knop om te reageren wordt niet voorgelezen door mijn schermlezer.',
  assistiveTechnology: 'NVDA met Firefox',
  contactName: 'Kees',
  contactEmail: 'Kees@Example.org',
};

describe('barrier reports', () => {
  it('accepts a report from a visitor', async () => {
    const response = await request(testApp.baseUrl).post('/api/barrier-reports').send(report).expect(201);
    expect(response.body).toMatchObject({
      page: '/netwerken',
      description: report.description,
      assistiveTechnology: 'NVDA met Firefox',
      contactName: 'Kees',
      contactEmail: 'kees@example.org',
      reporter: null,
      status: 'open',
      handledAt: null,
    });
  });

  it('links a report to the signed-in reporter', async () => {
    const person = await signUp(testApp);
    const response = await person.agent
      .post('/api/barrier-reports')
      .send({ description: 'De kleuren van de knoppen zijn te licht voor mij.' })
      .expect(201);
    expect(response.body.reporter).toMatchObject({ id: person.user.id, displayName: person.user.displayName });
    expect(response.body.contactEmail).toBeNull();
  });

  it('rejects a short description and a bad address', async () => {
    const response = await request(testApp.baseUrl)
      .post('/api/barrier-reports')
      .send({ description: 'kapot', contactEmail: 'geen-adres' })
      .expect(400);
    expect(fieldCodes(response.body)).toEqual({ description: 'too_short', contactEmail: 'invalid_email' });
  });

  it('shows reports to administrators only', async () => {
    const person = await signUp(testApp);
    await request(testApp.baseUrl).get('/api/barrier-reports').expect(401);
    await person.agent.get('/api/barrier-reports').expect(403);

    const admin = await signUpAdmin(testApp);
    const response = await admin.agent.get('/api/barrier-reports').expect(200);
    expect(response.body.length).toBeGreaterThanOrEqual(2);
    expect(response.body.every((item: { status: string }) => item.status === 'open')).toBe(true);
  });

  it('lets administrators mark a report handled and open again', async () => {
    const admin = await signUpAdmin(testApp);
    const created = await admin.agent
      .post('/api/barrier-reports')
      .send({ description: 'Het menu werkt niet met alleen het toetsenbord.' })
      .expect(201);

    const handled = await admin.agent.patch(`/api/barrier-reports/${created.body.id}`).send({ status: 'handled' }).expect(200);
    expect(handled.body.status).toBe('handled');
    expect(handled.body.handledAt).not.toBeNull();

    const reopened = await admin.agent.patch(`/api/barrier-reports/${created.body.id}`).send({ status: 'open' }).expect(200);
    expect(reopened.body.handledAt).toBeNull();

    const list = await admin.agent.get('/api/barrier-reports').expect(200);
    expect(list.body.map((item: { id: string }) => item.id)).toContain(created.body.id);
  });

  it('rejects an unknown status and an unknown report', async () => {
    const admin = await signUpAdmin(testApp);
    const invalid = await admin.agent
      .patch('/api/barrier-reports/00000000-0000-4000-8000-000000000000')
      .send({ status: 'gesloten' })
      .expect(400);
    expect(fieldCodes(invalid.body)).toEqual({ status: 'invalid' });
    await admin.agent
      .patch('/api/barrier-reports/00000000-0000-4000-8000-000000000000')
      .send({ status: 'handled' })
      .expect(404);
  });

  it('limits anonymous reports per hour', async () => {
    const limitedApp = await startTestApp();
    try {
      for (let attempt = 0; attempt < 5; attempt++) {
        await request(limitedApp.baseUrl).post('/api/barrier-reports').send({ description: `Melding nummer ${attempt}` }).expect(201);
      }
      const blocked = await request(limitedApp.baseUrl)
        .post('/api/barrier-reports')
        .send({ description: 'Melding nummer zes' })
        .expect(429);
      expect(blocked.body.code).toBe('too_many_requests');
    } finally {
      await limitedApp.close();
    }
  });
});
