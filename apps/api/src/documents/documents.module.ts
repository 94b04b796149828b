import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MembershipsModule } from '../memberships/memberships.module';
import { UserEntity } from '../users/user.entity';
import { DemoDocumentsSeeder } from './demo-documents';
import { DocumentAccessService } from './document-access.service';
import { DocumentAnalysisQueue } from './document-analysis.queue';
import { DocumentDownloadService } from './document-download.service';
import { DocumentSearchService } from './document-search.service';
import { DocumentViewService } from './document-view.service';
import { DocumentsController } from './documents.controller';
import { DocumentsService } from './documents.service';
import { LibraryAdminController } from './library-editors.controller';
import { UploadsService } from './uploads.service';

@Module({
  imports: [MembershipsModule, TypeOrmModule.forFeature([UserEntity])],
  controllers: [DocumentsController, LibraryAdminController],
  providers: [
    DocumentAccessService,
    DocumentViewService,
    DocumentSearchService,
    UploadsService,
    DocumentAnalysisQueue,
    DocumentDownloadService,
    DocumentsService,
    DemoDocumentsSeeder,
  ],
  exports: [DocumentAccessService],
})
export class DocumentsModule {}
