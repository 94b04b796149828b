import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { DocumentDeletion, PersonSummary } from '@inclusieplein/contract';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { fieldError, validationFailed } from '../common/api-error';
import { compareDutch } from '../common/dutch-order';
import { AdminGuard } from '../common/current-user';
import { UserEntity } from '../users/user.entity';
import { PersonSummaryDto } from '../users/users.dto';
import { toPersonSummary } from '../users/users.service';
import { DocumentDeletionDto } from './document-responses.dto';
import { AppointLibraryEditorDto } from './documents.dto';
import { DocumentsService } from './documents.service';

/** Administrator pages of the archive: who edits the library, and the log of deletions. */
@ApiTags('admin')
@Controller('admin')
@UseGuards(AdminGuard)
export class LibraryAdminController {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly documents: DocumentsService,
  ) {}

  @Get('library-editors')
  @ApiOkResponse({ type: [PersonSummaryDto] })
  async editors(): Promise<PersonSummary[]> {
    const editors = await this.users.findBy({ isLibraryEditor: true });
    return editors.map(toPersonSummary).sort((a, b) => compareDutch(a.displayName, b.displayName));
  }

  @Post('library-editors')
  @ApiCreatedResponse({ type: PersonSummaryDto })
  async appoint(@Body() body: AppointLibraryEditorDto): Promise<PersonSummary> {
    const user = await this.users.findOneBy({ email: body.email.trim().toLowerCase() });
    if (!user) throw validationFailed(fieldError('email', 'unknown_user', 'No account has this e-mail address.'));
    await this.users.update(user.id, { isLibraryEditor: true });
    return toPersonSummary(user);
  }

  @Delete('library-editors/:userId')
  @HttpCode(204)
  @ApiNoContentResponse()
  async dismiss(@Param('userId', new ParseUUIDPipe({ errorHttpStatusCode: 404 })) userId: string): Promise<void> {
    await this.users.update(userId, { isLibraryEditor: false });
  }

  @Get('document-deletions')
  @ApiOkResponse({ type: [DocumentDeletionDto], description: 'Newest first; the log cannot be changed.' })
  deletions(): Promise<DocumentDeletion[]> {
    return this.documents.deletions();
  }
}
