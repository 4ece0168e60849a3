import { Controller, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Lang } from '../../contracts/validation.js';
import { DOCX_CONTENT_TYPE, XLSX_CONTENT_TYPE } from '../../contracts/workbooks.js';
import { RequestLang } from '../../common/lang.js';
import { Allow } from '../auth/access.decorators.js';
import { contentDisposition } from './report-files.js';
import { ReportsService, type ReportFile } from './reports.service.js';
import { Read } from '../../common/routes.js';
import { FromReplica } from '../../database/replica-read.interceptor.js';

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
@FromReplica()
@Controller('plans')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Read(
    ':planId/reports/target-cards.xlsx',
    'Hedef kartları: one sheet per aim, one card per target (editable and importable)',
  )
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  async targetCards(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.targetCards(planId));
  }

  @Read(
    ':planId/reports/monitoring.xlsx',
    'İzleme tablosu of a half year (YYYY-H1): A, B, C, GO and HG as the progress API gives them',
  )
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiQuery({ name: 'period', required: true, example: '2025-H1' })
  async monitoring(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.monitoring(planId, period, lang));
  }

  @Read(
    ':planId/reports/evaluation.xlsx',
    'Değerlendirme tablosu of a year (YYYY): every elapsed year’s B, C and GO, HG, deviation reasons',
  )
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiQuery({ name: 'period', required: true, example: '2025' })
  async evaluation(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.evaluation(planId, period, lang));
  }

  @Read(
    ':planId/reports/units.xlsx',
    'Responsible (S) and collaborating (İ) units matrix: aims and targets × units',
  )
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  async units(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.units(planId));
  }

  @Read(
    ':planId/reports/situation-analysis.xlsx',
    'Durum analizi: one sheet per part (A–J), stakeholders with priority and strategy, findings with their targets',
  )
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  async situationAnalysis(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.situationAnalysis(planId));
  }

  @Read(
    ':planId/reports/costing.xlsx',
    'Costing tables of domain.md 2.2: estimated costs, resources and their balance per year',
  )
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  async costing(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.costing(planId));
  }

  @Read(
    ':planId/reports/audit.xlsx',
    'Audit trail of an assessment period (YYYY-H1 or YYYY): who changed which value, when and why',
  )
  @Allow('admin', 'planner', 'reviewer')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiQuery({ name: 'period', required: true, example: '2025-H1' })
  async audit(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.audit(planId, period, lang));
  }

  @Read(
    ':planId/reports/plan.xlsx',
    'The whole plan in one workbook: target cards, İzleme, Değerlendirme, units matrix, costing',
  )
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOkResponse(XLSX_FILE)
  @ApiQuery({ name: 'period', required: false, example: '2025', description: 'default: the latest ended' })
  async plan(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.plan(planId, period, lang));
  }

  @Read(
    ':planId/reports/plan-book.docx',
    'Plan book: cover, contents, presentation, preparation (election deadline), mission, vision, values, aims and targets with every target card, costing, monitoring and evaluation (A4, Turkish)',
  )
  @ApiProduces(DOCX_CONTENT_TYPE)
  @ApiOkResponse({ description: 'The plan book (.docx)', schema: { type: 'string', format: 'binary' } })
  async planBook(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.planBook(planId), DOCX_CONTENT_TYPE);
  }
}
