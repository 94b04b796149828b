import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { CrpdArticle, CrpdInstrument, Municipality } from '@inclusieplein/contract';
import { Repository } from 'typeorm';
import { CrpdArticleDto, MunicipalityDto } from './reference-data.dto';
import { CrpdArticleEntity } from './crpd-article.entity';
import { MunicipalityEntity } from './municipality.entity';

@ApiTags('reference data')
@Controller()
export class ReferenceDataController {
  constructor(
    @InjectRepository(MunicipalityEntity) private readonly municipalities: Repository<MunicipalityEntity>,
    @InjectRepository(CrpdArticleEntity) private readonly articles: Repository<CrpdArticleEntity>,
  ) {}

  @Get('municipalities')
  @ApiOkResponse({ type: [MunicipalityDto] })
  async listMunicipalities(): Promise<Municipality[]> {
    const rows = await this.municipalities.find({ order: { name: 'ASC' } });
    return rows.map(({ code, name, province }) => ({ code, name, province }));
  }

  @Get('crpd-articles')
  @ApiQuery({ name: 'instrument', required: false, enum: ['convention', 'optional-protocol'] })
  @ApiOkResponse({ type: [CrpdArticleDto] })
  async listCrpdArticles(@Query('instrument') instrument?: string): Promise<CrpdArticle[]> {
    const where: { instrument?: CrpdInstrument } =
      instrument === 'convention' || instrument === 'optional-protocol' ? { instrument } : {};
    const rows = await this.articles.find({ where, order: { instrument: 'ASC', number: 'ASC' } });
    return rows.map(({ instrument: kind, number, titleNl, titleEn }) => ({ instrument: kind, number, titleNl, titleEn }));
  }
}
