import { Body, Controller, Headers, Param, Query, Res } from '@nestjs/common';
import { ApiBody, ApiProduces, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Lang } from '../../contracts/validation.js';
import type { ValueImportResponse } from '../../contracts/value-imports.js';
import { BadRequestError } from '../../common/app-error.js';
import { RequestLang } from '../../common/lang.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { WorkbookUpload, XLSX_CONTENT_TYPE } from '../../workbooks/workbook-upload.js';
import { Allow } from '../auth/access.decorators.js';
import { ValueImportsService } from './value-imports.service.js';
import { PostAction, Read } from '../../common/routes.js';

@ApiTags('values workbook')
@ApiQuery({ name: 'lang', required: false, enum: ['tr', 'en'] })
@Controller('plans/:planId/periods/:period/values-workbook')
export class ValueImportsController {
  constructor(private readonly imports: ValueImportsService) {}

  @Read(
    undefined,
    'Download the values workbook of an open assessment period: a row per indicator and entry period (a unit manager gets only their units’ indicators)',
  )
  @Allow('admin', 'planner', 'unit_manager')
  @ApiProduces(XLSX_CONTENT_TYPE)
  async downloadTemplate(
    @Param('planId') planId: string,
    @Param('period') period: string,
    @CurrentUser() user: RequestUser,
    @RequestLang() lang: Lang,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.imports.buildTemplate(planId, period, user, lang);
    void reply
      .header('content-type', XLSX_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.content;
  }

  @PostAction(
    undefined,
    'Upload a filled values workbook: every row under the rules of one-by-one entry, all or nothing (400 IMPORT_INVALID lists every problem by sheet, row and column)',
  )
  @Allow('admin', 'unit_manager')
  @WorkbookUpload()
  @ApiBody({ description: 'The filled .xlsx file itself', schema: { type: 'string', format: 'binary' } })
  @ApiQuery({ name: 'submit', required: false, enum: ['true', 'false'] })
  importValues(
    @Param('planId') planId: string,
    @Param('period') period: string,
    @Body() body: unknown,
    @Headers('content-type') contentType: string | undefined,
    @Query('submit') submit: string | undefined,
    @CurrentUser() user: RequestUser,
    @RequestLang() lang: Lang,
  ): Promise<ValueImportResponse> {
    return this.imports.importValues(planId, period, body, contentType, parseSubmit(submit), user, lang);
  }
}

function parseSubmit(submit: string | undefined): boolean {
  if (submit === undefined || submit === 'false') return false;
  if (submit === 'true') return true;
  const message = 'submit must be true or false';
  throw new BadRequestError('VALIDATION_FAILED', message, [
    { path: 'submit', code: 'INVALID_ENUM', message },
  ]);
}
