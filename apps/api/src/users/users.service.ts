import { HttpStatus, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { CurrentUser, PersonSummary } from '@inclusieplein/contract';
import { hashPassword, verifyPassword } from './password-hashing';
import { QueryFailedError, Repository } from 'typeorm';
import { ApiException, fieldError, validationFailed } from '../common/api-error';
import { MunicipalityEntity } from '../reference-data/municipality.entity';
import { UserEntity } from './user.entity';

export interface NewUser {
  email: string;
  password: string;
  displayName: string;
  municipalityCode?: string | null;
  roleDescription?: string | null;
  isAdmin?: boolean;
  isDemo?: boolean;
}

const UNIQUE_VIOLATION = '23505';

export function toPersonSummary(user: UserEntity): PersonSummary {
  return { id: user.id, displayName: user.displayName, roleDescription: user.roleDescription };
}

export function toCurrentUser(user: UserEntity): CurrentUser {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    municipality: user.municipality
      ? { code: user.municipality.code, name: user.municipality.name, province: user.municipality.province }
      : null,
    roleDescription: user.roleDescription,
    isAdmin: user.isAdmin,
    isLibraryEditor: user.isLibraryEditor,
    emailVerified: user.emailVerifiedAt !== null,
  };
}

@Injectable()
export class UsersService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>,
  ) {}

  async create(input: NewUser): Promise<UserEntity> {
    const email = input.email.trim().toLowerCase();
    await this.assertMunicipalityExists(input.municipalityCode ?? null);
    if (await this.findByEmail(email)) throw validationFailed(this.emailTaken());

    const user = this.users.create({
      email,
      passwordHash: await hashPassword(input.password),
      displayName: input.displayName,
      municipalityCode: input.municipalityCode ?? null,
      roleDescription: input.roleDescription ?? null,
      isAdmin: input.isAdmin ?? false,
      isDemo: input.isDemo ?? false,
      // Demo accounts have invented addresses that no mail can reach, so there is nothing to verify.
      emailVerifiedAt: input.isDemo ? new Date() : null,
    });
    try {
      await this.users.insert(user);
    } catch (error) {
      // Two registrations with one address at the same moment: the unique index decides.
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === UNIQUE_VIOLATION) {
        throw validationFailed(this.emailTaken());
      }
      throw error;
    }
    return this.getById(user.id);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.municipality', 'municipality')
      .where('lower(user.email) = lower(:email)', { email: email.trim() })
      .getOne();
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findOne({ where: { id }, relations: { municipality: true } });
  }

  async getById(id: string): Promise<UserEntity> {
    const user = await this.findById(id);
    if (!user) throw new ApiException(HttpStatus.NOT_FOUND, 'not_found', 'The account was not found.');
    return user;
  }

  /** Returns the account when the password matches, or null; takes about as long for an unknown address. */
  async verifyCredentials(email: string, password: string): Promise<UserEntity | null> {
    const user = await this.findByEmail(email);
    if (!user) {
      await hashPassword(password);
      return null;
    }
    return (await verifyPassword(user.passwordHash, password)) ? user : null;
  }

  async updateProfile(
    user: UserEntity,
    changes: { displayName: string; municipalityCode: string | null; roleDescription: string | null },
  ): Promise<UserEntity> {
    await this.assertMunicipalityExists(changes.municipalityCode);
    await this.users.update(user.id, {
      displayName: changes.displayName,
      municipalityCode: changes.municipalityCode,
      roleDescription: changes.roleDescription,
    });
    return this.getById(user.id);
  }

  async setPassword(userId: string, password: string): Promise<void> {
    await this.users.update(userId, { passwordHash: await hashPassword(password) });
  }

  async setAdmin(userId: string, isAdmin: boolean): Promise<void> {
    await this.users.update(userId, { isAdmin });
  }

  private async assertMunicipalityExists(code: string | null): Promise<void> {
    if (code === null || code === undefined) return;
    if (!(await this.municipalities.existsBy({ code }))) {
      throw validationFailed(
        fieldError('municipalityCode', 'unknown_municipality', `No municipality has CBS code "${code}".`),
      );
    }
  }

  private emailTaken() {
    return fieldError('email', 'email_taken', 'An account with this e-mail address already exists.');
  }
}
