import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CrpdArticleEntity } from './crpd-article.entity';
import { MunicipalityEntity } from './municipality.entity';
import { ReferenceDataController } from './reference-data.controller';

@Module({
  imports: [TypeOrmModule.forFeature([MunicipalityEntity, CrpdArticleEntity])],
  controllers: [ReferenceDataController],
})
export class ReferenceDataModule {}
