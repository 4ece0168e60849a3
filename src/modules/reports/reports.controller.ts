import { Controller, Param, Query, StreamableFile } from '@nestjs/common';
import { ApiQuery, ApiTags } from '@nestjs/swagger';
import type { Lang } from '../../contracts/validation.js';
import { RequestLang } from '../../common/lang.js';
import { Allow } from '../auth/access.decorators.js';
import { download, ReadFile } from './download.decorators.js';
import { ReportsService } from './reports.service.js';
import { FromReplica } from '../../database/replica-read.interceptor.js';

/** The Excel reports of domain.md 7 (docs/reports.md); the target-card import has its own module. */
@ApiTags('reports')
@ApiQuery({ name: 'lang', required: false, enum: ['tr', 'en'] })
@FromReplica()
@Controller('plans')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @ReadFile(
    ':planId/reports/target-cards.xlsx',
    'Hedef kartları: one sheet per aim, one card per target (editable and importable)',
  )
  async targetCards(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.targetCards(planId));
  }

  @ReadFile(
    ':planId/reports/monitoring.xlsx',
    'İzleme tablosu of a half year (YYYY-H1): A, B, C, GO and HG as the progress API gives them',
  )
  @ApiQuery({ name: 'period', required: true, example: '2025-H1' })
  async monitoring(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.monitoring(planId, period, lang));
  }

  @ReadFile(
    ':planId/reports/evaluation.xlsx',
    'Değerlendirme tablosu of a year (YYYY): every elapsed year’s B, C and GO, HG, deviation reasons',
  )
  @ApiQuery({ name: 'period', required: true, example: '2025' })
  async evaluation(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.evaluation(planId, period, lang));
  }

  @ReadFile(
    ':planId/reports/units.xlsx',
    'Responsible (S) and collaborating (İ) units matrix: aims and targets × units',
  )
  async units(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.units(planId));
  }

  @ReadFile(
    ':planId/reports/situation-analysis.xlsx',
    'Durum analizi: one sheet per part (A–J), stakeholders with priority and strategy, findings with their targets',
  )
  async situationAnalysis(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.situationAnalysis(planId));
  }

  @ReadFile(
    ':planId/reports/costing.xlsx',
    'Costing tables of domain.md 2.2: estimated costs, resources and their balance per year',
  )
  async costing(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.costing(planId));
  }

  @ReadFile(
    ':planId/reports/audit.xlsx',
    'Audit trail of an assessment period (YYYY-H1 or YYYY): who changed which value, when and why',
  )
  @Allow('admin', 'planner', 'reviewer')
  @ApiQuery({ name: 'period', required: true, example: '2025-H1' })
  async audit(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.audit(planId, period, lang));
  }

  @ReadFile(
    ':planId/reports/plan.xlsx',
    'The whole plan in one workbook: target cards, İzleme, Değerlendirme, units matrix, costing',
  )
  @ApiQuery({ name: 'period', required: false, example: '2025', description: 'default: the latest ended' })
  async plan(
    @Param('planId') planId: string,
    @Query('period') period: string | undefined,
    @RequestLang() lang: Lang,
  ): Promise<StreamableFile> {
    return download(await this.reports.plan(planId, period, lang));
  }

  @ReadFile(
    ':planId/reports/plan-book.docx',
    'Plan book: cover, contents, presentation, preparation (election deadline), mission, vision, values, aims and targets with every target card, costing, monitoring and evaluation (A4, Turkish)',
    'docx',
  )
  async planBook(@Param('planId') planId: string): Promise<StreamableFile> {
    return download(await this.reports.planBook(planId), 'docx');
  }
}
