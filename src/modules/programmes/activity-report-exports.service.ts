import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Packer } from 'docx';
import { DataSource } from 'typeorm';
import type { Lang } from '../../contracts/validation.js';
import { istanbulDate } from '../../common/clock.js';
import { downloadFileName } from '../reports/report-files.js';
import { renderWorkbook } from '../reports/workbook-format.js';
import { buildActivityReport } from './activity-report-book.js';
import { addActivityReportSheets } from './activity-report-workbook.js';
import { ActivityReportsService } from './activity-reports.service.js';

export interface ActivityReportFile {
  fileName: string;
  content: Buffer;
}

/** The activity report's downloads: the performance workbook and the report as a Word document. */
@Injectable()
export class ActivityReportExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ActivityReportsService,
  ) {}

  async performanceWorkbook(planId: string, yearText: string, lang: Lang): Promise<ActivityReportFile> {
    const { performance, evaluation } = await this.reports.report(planId, yearText, lang);
    const titles = await this.titles(performance.planId);
    const content = await renderWorkbook((workbook) =>
      addActivityReportSheets(workbook, { ...titles, performance, evaluation }),
    );
    return {
      fileName: downloadFileName(
        [`${performance.year} Faaliyet Raporu Performans Tablosu`, '-', titles.planTitle],
        'xlsx',
      ),
      content,
    };
  }

  async reportDocument(planId: string, yearText: string, lang: Lang): Promise<ActivityReportFile> {
    const { performance, evaluation } = await this.reports.report(planId, yearText, lang);
    const [titles, programme] = await Promise.all([
      this.titles(performance.planId),
      this.reports.programmeOf(performance.planId, performance.year, lang),
    ]);
    const document = buildActivityReport({
      ...titles,
      performance,
      evaluation,
      programme,
      madeOn: istanbulDate(),
    });
    return {
      fileName: downloadFileName([`${performance.year} Yılı Faaliyet Raporu`, '-', titles.planTitle], 'docx'),
      content: await Packer.toBuffer(document),
    };
  }

  private async titles(planId: string): Promise<{ institution: string; planTitle: string }> {
    const [row] = await this.dataSource.query<Array<{ institution: string; title: string }>>(
      'SELECT i.name AS institution, p.title FROM plans p JOIN institutions i ON i.id = p.institution_id WHERE p.id = $1',
      [planId],
    );
    return { institution: row.institution, planTitle: row.title };
  }
}
