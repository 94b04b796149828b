import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiQuery, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import type { CrpdArticle, CrpdInstrument, Municipality } from '@inclusieplein/contract';
import { Repository } from 'typeorm';
import { fieldError, validationFailed } from '../common/api-error';
import { compareDutch } from '../common/dutch-order';
import { CrpdArticleDto, MunicipalityDto } from './reference-data.dto';
import { CrpdArticleEntity } from './crpd-article.entity';
import { MunicipalityEntity } from './municipality.entity';

const INSTRUMENTS: CrpdInstrument[] = ['convention', 'optional-protocol'];

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
    const rows = await this.municipalities.find();
    return rows
      .sort((a, b) => compareDutch(a.name, b.name))
      .map(({ code, name, province }) => ({ code, name, province }));
  }

  @Get('crpd-articles')
  @ApiQuery({ name: 'instrument', required: false, enum: INSTRUMENTS })
  @ApiOkResponse({ type: [CrpdArticleDto] })
  async listCrpdArticles(@Query('instrument') instrument?: string): Promise<CrpdArticle[]> {
    if (instrument && !INSTRUMENTS.includes(instrument as CrpdInstrument)) {
      throw validationFailed(fieldError('instrument', 'invalid', `instrument must be ${INSTRUMENTS.join(' or ')}.`));
    }
    const where: { instrument?: CrpdInstrument } = instrument ? { instrument: instrument as CrpdInstrument } : {};
    const rows = await this.articles.find({ where, order: { instrument: 'ASC', number: 'ASC' } });
    return rows.map(({ instrument: kind, number, titleNl, titleEn }) => ({ instrument: kind, number, titleNl, titleEn }));
  }
}
