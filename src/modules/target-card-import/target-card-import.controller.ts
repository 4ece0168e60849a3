import { Body, Controller, Headers, HttpCode, Put } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { TargetCardsImportResponse, TargetCardsUpdateResponse } from '../../contracts/reports.js';
import type { Lang } from '../../contracts/validation.js';
import { RequestLang } from '../../common/lang.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { PlanOf, type PlanCall, Create } from '../../common/routes.js';
import { WorkbookUpload } from '../../workbooks/workbook-upload.js';
import { Allow } from '../auth/access.decorators.js';
import { TargetCardImportService } from './target-card-import.service.js';

const XLSX_FILE = { description: 'The workbook (.xlsx)', schema: { type: 'string', format: 'binary' } };

/** The target-card workbook coming back (docs/reports.md): a new plan, or a draft plan's cards replaced. */
@ApiTags('reports')
@ApiQuery({ name: 'lang', required: false, enum: ['tr', 'en'] })
@Controller('plans')
export class TargetCardImportController {
  constructor(private readonly imports: TargetCardImportService) {}

  @Create(
    'import/target-cards',
    'A new plan from a target-card workbook, through the plan import and its rules; 400 IMPORT_INVALID names every problem’s sheet, row and column',
  )
  @WorkbookUpload()
  @ApiBody(XLSX_FILE)
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
    @PlanOf() call: PlanCall,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
  ): Promise<TargetCardsUpdateResponse> {
    return this.imports.replaceCards(call.planId, body, contentType, call.lang);
  }
}
