import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
} from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { TargetCardsImportResponse, TargetCardsUpdateResponse } from '../../contracts/reports.js';
import type { Lang } from '../../contracts/validation.js';
import { XLSX_CONTENT_TYPE } from '../../contracts/workbooks.js';
import { RequestLang } from '../../common/lang.js';
import { WorkbookUpload } from '../../common/workbook-upload.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { Allow } from '../auth/access.decorators.js';
import { contentDisposition } from './report-files.js';
import { ReportsService, type ReportFile } from './reports.service.js';
import { TargetCardsImportService } from './target-cards-import.service.js';

const XLSX_FILE = { description: 'The workbook (.xlsx)', schema: { type: 'string', format: 'binary' } };

function download(file: ReportFile): StreamableFile {
  return new StreamableFile(file.content, {
    type: XLSX_CONTENT_TYPE,
    disposition: contentDisposition(file.fileName),
    length: file.content.length,
  });
}

/** The Excel reports of domain.md 7 and the target-card workbook import (docs/reports.md). */
@ApiTags('reports')
@ApiQuery({ name: 'lang', required: false, enum: ['tr', 'en'] })
@Controller('plans')
export class ReportsController {
  constructor(
    private readonly reports: ReportsService,
    private readonly imports: TargetCardsImportService,
  ) {}

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

  @Post('import/target-cards')
  @WorkbookUpload()
  @ApiBody(XLSX_FILE)
  @ApiOperation({
    summary:
      'A new plan from a target-card workbook, through the plan import and its rules; 400 IMPORT_INVALID names every problem’s sheet, row and column',
  })
  importTargetCards(
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @RequestLang() lang: Lang,
    @CurrentUser() user: RequestUser,
  ): Promise<TargetCardsImportResponse> {
    return this.imports.createPlan(body, contentType, lang, user);
  }

  @Put(':planId/target-cards')
  @Allow('admin', 'planner')
  @HttpCode(200)
  @WorkbookUpload()
  @ApiBody(XLSX_FILE)
  @ApiOperation({
    summary:
      'Replace the target cards of a draft plan from a target-card workbook, all or nothing (409 CARDS_VIA_UPDATE for a plan submitted or in force)',
  })
  replaceTargetCards(
    @Param('planId') planId: string,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<TargetCardsUpdateResponse> {
    return this.imports.replaceCards(planId, body, contentType, lang);
  }
}
