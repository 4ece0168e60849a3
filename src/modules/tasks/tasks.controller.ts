import { Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { TasksResponse } from '../../contracts/tasks.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { Read } from '../../common/routes.js';
import { TasksService } from './tasks.service.js';

@ApiTags('tasks')
@Controller('account/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Read(
    undefined,
    'The signed-in unit manager’s tasks: entries their units owe in open periods (late first), values returned to them with the comment, open questions to their units; empty for other roles',
  )
  get(@CurrentUser() user: RequestUser): Promise<TasksResponse> {
    return this.tasks.tasks(user);
  }
}
