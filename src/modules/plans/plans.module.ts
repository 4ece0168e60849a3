import { Module } from '@nestjs/common';
import { PlanContentController } from './plan-content.controller.js';
import { PlanContentService } from './plan-content.service.js';
import { PlanDocumentService } from './plan-document.service.js';
import { PlanEditorService } from './plan-editor.service.js';
import { PlansController } from './plans.controller.js';
import { PlansService } from './plans.service.js';

@Module({
  controllers: [PlansController, PlanContentController],
  providers: [PlansService, PlanDocumentService, PlanEditorService, PlanContentService],
  exports: [PlansService, PlanDocumentService, PlanEditorService],
})
export class PlansModule {}
