import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { PlanDocument } from '../../contracts/plan-document.js';
import type { ImportResponse, PlanResponse, PlanSummaryResponse } from '../../contracts/resources.js';
import type { Lang, ValidationResponse } from '../../contracts/validation.js';
import { RequestLang } from '../../common/lang.js';
import { CreatePlanDto, UpdatePlanDto } from './dto/plan.dto.js';
import { PlanDocumentService } from './plan-document.service.js';
import { PlansService } from './plans.service.js';

@ApiTags('plans')
@ApiQuery({
  name: 'lang',
  required: false,
  enum: ['tr', 'en'],
  description: 'Language of messages (default tr)',
})
@Controller('plans')
export class PlansController {
  constructor(
    private readonly plans: PlansService,
    private readonly documents: PlanDocumentService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'List plans' })
  @ApiQuery({ name: 'institutionId', required: false })
  listPlans(@Query('institutionId') institutionId?: string): Promise<PlanSummaryResponse[]> {
    return this.plans.listPlans(institutionId);
  }

  /** The whole plan in one document (plan-document.md); all or nothing. */
  @Post('import')
  @ApiOperation({
    summary: 'Import a plan document (pusula.plan/v1); 400 lists every problem, nothing is saved',
  })
  @ApiBody({ description: 'A plan document, see plan-document.md', schema: { type: 'object' } })
  importPlan(@Body() body: unknown, @RequestLang() lang: Lang): Promise<ImportResponse> {
    return this.documents.importDocument(body, lang);
  }

  @Post()
  @ApiOperation({ summary: 'Create an empty plan for an institution' })
  createPlan(@Body() dto: CreatePlanDto, @RequestLang() lang: Lang): Promise<PlanResponse> {
    return this.plans.createPlan(dto, lang);
  }

  @Get(':planId')
  @ApiOperation({ summary: 'A plan: mission, vision, core values, settings and counts' })
  getPlan(@Param('planId') planId: string): Promise<PlanResponse> {
    return this.plans.getPlan(planId);
  }

  @Patch(':planId')
  @ApiOperation({ summary: 'Change plan fields (checked against the plan rules)' })
  updatePlan(
    @Param('planId') planId: string,
    @Body() dto: UpdatePlanDto,
    @RequestLang() lang: Lang,
  ): Promise<PlanResponse> {
    return this.plans.updatePlan(planId, dto, lang);
  }

  @Delete(':planId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete a plan with everything in it' })
  deletePlan(@Param('planId') planId: string): Promise<void> {
    return this.plans.deletePlan(planId);
  }

  @Get(':planId/document')
  @ApiOperation({ summary: 'Export the plan as a plan document (pusula.plan/v1)' })
  exportPlan(@Param('planId') planId: string): Promise<PlanDocument> {
    return this.documents.exportDocument(planId);
  }

  @Get(':planId/validation')
  @ApiOperation({ summary: 'Every rule of domain.md section 5 the plan breaks' })
  validate(@Param('planId') planId: string, @RequestLang() lang: Lang): Promise<ValidationResponse> {
    return this.plans.validate(planId, lang);
  }
}
