import { Module } from '@nestjs/common';
import { ProgressModule } from '../progress/progress.module.js';
import { DraftingController } from './drafting.controller.js';
import { DraftingService } from './drafting.service.js';
import { PlanContentController } from './plan-content.controller.js';
import { PlanContentService } from './plan-content.service.js';
import { PlanCopyService } from './plan-copy.service.js';
import { PlanDocumentService } from './plan-document.service.js';
import { PlanEditorService } from './plan-editor.service.js';
import { PlansController } from './plans.controller.js';
import { PlanVersionsController } from './plan-versions.controller.js';
import { PlanVersionsService } from './plan-versions.service.js';
import { PlansService } from './plans.service.js';

@Module({
  imports: [ProgressModule],
  controllers: [PlansController, PlanContentController, PlanVersionsController, DraftingController],
  providers: [
    PlansService,
    PlanDocumentService,
    PlanEditorService,
    PlanContentService,
    PlanVersionsService,
    PlanCopyService,
    DraftingService,
  ],
  exports: [PlansService, PlanDocumentService, PlanEditorService],
})
export class PlansModule {}
