import { Controller, Get, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Lang } from '../../contracts/validation.js';
import { DOCX_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../../contracts/workbooks.js';
import { RequestLang } from '../../common/lang.js';
import { Allow } from '../auth/access.decorators.js';
import { contentDisposition } from './report-files.js';
import { ReportsService, type ReportFile } from './reports.service.js';

const XLSX_FILE = { description: 'The workbook (.xlsx)', schema: { type: 'string', format: 'binary' } };

function download(file: ReportFile, type = XLSX_CONTENT_TYPE): StreamableFile {
  return new StreamableFile(file.content, {
    type,
    disposition: contentDisposition(file.fileName),
    length: file.content.length,
  });
}

/** The Excel reports of domain.md 7 (docs/reports.md); the target-card import has its own module. */
@ApiTags('reports')
@ApiQuery({ name: 'lang', required: false, enum: ['tr', 'en'] })
@Controller('plans')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Get(':planId/reports/target-cards.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiOperation({
    summary: 'Hedef kartları: one sheet per aim, one card per target (editable and importable)',
  })
  async targetCards(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.targetCards(planId));
  }

  @Get(':planId/reports/monitoring.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiQuery({ name: 'period', required: true, example: '2025-H1' })
  @ApiOperation({
    summary: 'İzleme tablosu of a half year (YYYY-H1): A, B, C, GO and HG as the progress API gives them',
  })
  async monitoring(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.monitoring(planId, period, lang));
  }

  @Get(':planId/reports/evaluation.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiQuery({ name: 'period', required: true, example: '2025' })
  @ApiOperation({
    summary:
      'Değerlendirme tablosu of a year (YYYY): every elapsed year’s B, C and GO, HG, deviation reasons',
  })
  async evaluation(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.evaluation(planId, period, lang));
  }

  @Get(':planId/reports/units.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiOperation({ summary: 'Responsible (S) and collaborating (İ) units matrix: aims and targets × units' })
  async units(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.units(planId));
  }

  @Get(':planId/reports/costing.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiOperation({
    summary: 'Costing tables of domain.md 2.2: estimated costs, resources and their balance per year',
  })
  async costing(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.costing(planId));
  }

  @Get(':planId/reports/audit.xlsx')
  @Allow('admin', 'planner', 'reviewer')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiQuery({ name: 'period', required: true, example: '2025-H1' })
  @ApiOperation({
    summary: 'Audit trail of an assessment period (YYYY-H1 or YYYY): who changed which value, when and why',
  })
  async audit(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.audit(planId, period, lang));
  }

  @Get(':planId/reports/plan.xlsx')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiQuery({ name: 'period', required: false, example: '2025', description: 'default: the latest ended' })
  @ApiOperation({
    summary: 'The whole plan in one workbook: target cards, İzleme, Değerlendirme, units matrix, costing',
  })
  async plan(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.plan(planId, period, lang));
  }

  @Get(':planId/reports/plan-book.docx')
  @ApiProduces(DOCX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'The plan book (.docx)', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({
    summary:
      'Plan book: cover, contents, presentation, preparation (election deadline), mission, vision, values, aims and targets with every target card, costing, monitoring and evaluation (A4, Turkish)',
  })
  async planBook(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.planBook(planId), DOCX_CONTENT_TYPE);
  }
}
