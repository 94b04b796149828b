import { ApiProperty } from '@nestjs/swagger';
import type { CrpdArticle, CrpdInstrument, Municipality } from '@inclusieplein/contract';

export class MunicipalityDto implements Municipality {
  @ApiProperty({ example: 'GM0363', description: 'CBS code' })
  code: string;

  @ApiProperty({ example: 'Amsterdam' })
  name: string;

  @ApiProperty({ example: 'Noord-Holland' })
  province: string;
}

export class CrpdArticleDto implements CrpdArticle {
  @ApiProperty({ enum: ['convention', 'optional-protocol'] })
  instrument: CrpdInstrument;

  @ApiProperty({ example: 9 })
  number: number;

  @ApiProperty({ example: 'Toegankelijkheid' })
  titleNl: string;

  @ApiProperty({ example: 'Accessibility' })
  titleEn: string;
}
