import 'reflect-metadata';
import { LIMITS } from '@inclusieplein/contract';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { hashPassword } from '../users/password-hashing';
import { dataSourceOptions } from '../database/data-source-options';
import { prepareDatabase } from '../database/prepare-database';
import { UserEntity } from '../users/user.entity';
import { cliLogger, withDatabase } from './with-database';

const USAGE = `Usage: npm run admin:create -- --email <address> --name "<display name>"
The password is read from ADMIN_PASSWORD or asked for. An existing account with this
address becomes administrator; its password changes only when one is given.`;

async function askPassword(): Promise<string> {
  if (process.env.ADMIN_PASSWORD) return process.env.ADMIN_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('Set ADMIN_PASSWORD when no terminal is attached.');
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await prompt.question(`Password (at least ${LIMITS.password.min} characters): `);
  } finally {
    prompt.close();
  }
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help || !values.email) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const email = values.email.trim().toLowerCase();

void withDatabase(async (databaseUrl, config) => {
  await prepareDatabase(databaseUrl, { demoMode: config.demoMode }, cliLogger);
  const dataSource = await new DataSource(dataSourceOptions(databaseUrl)).initialize();
  try {
    const users = dataSource.getRepository(UserEntity);
    const existing = await users.createQueryBuilder('user').where('lower(user.email) = :email', { email }).getOne();
    if (existing) {
      existing.isAdmin = true;
      if (process.env.ADMIN_PASSWORD) existing.passwordHash = await hashPassword(process.env.ADMIN_PASSWORD);
      await users.save(existing);
      console.log(`${email} is now a platform administrator.`);
      return;
    }

    const displayName = values.name?.trim() ?? '';
    if (displayName.length < LIMITS.displayName.min || displayName.length > LIMITS.displayName.max) {
      throw new Error(`--name must be ${LIMITS.displayName.min} to ${LIMITS.displayName.max} characters for a new account.`);
    }
    const password = await askPassword();
    if (password.length < LIMITS.password.min) {
      throw new Error(`The password must be at least ${LIMITS.password.min} characters.`);
    }
    await users.insert({ email, displayName, passwordHash: await hashPassword(password), isAdmin: true });
    console.log(`Created administrator ${email}.`);
  } finally {
    await dataSource.destroy();
  }
});
