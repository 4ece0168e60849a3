import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MemberResponse, MembershipResponse, MeResponse, PersonResponse } from '../../contracts/auth.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { Allow } from './access.decorators.js';
import { CreateUserDto, PutMembershipDto } from './dto/auth.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users and roles')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get('users')
  @Allow('admin')
  @ApiOperation({ summary: 'Accounts an administrator manages' })
  listUsers(@CurrentUser() caller: RequestUser): Promise<MeResponse[]> {
    return this.users.listUsers(caller);
  }

  @Post('users')
  @Allow('admin')
  @ApiOperation({ summary: 'Create an account (then grant it roles per institution)' })
  createUser(@CurrentUser() caller: RequestUser, @Body() dto: CreateUserDto): Promise<MeResponse> {
    return this.users.createUser(caller, dto);
  }

  @Get('institutions/:institutionId/members')
  @Allow('admin', 'planner')
  listMembers(@Param('institutionId') institutionId: string): Promise<MemberResponse[]> {
    return this.users.listMembers(institutionId);
  }

  /** Any role in the plan's institution: the names behind the user ids of its values. */
  @Get('plans/:planId/people')
  @ApiOperation({ summary: "Names of the accounts that entered, submitted or approved the plan's values" })
  listPlanPeople(@Param('planId') planId: string): Promise<PersonResponse[]> {
    return this.users.listPlanPeople(planId);
  }

  @Put('institutions/:institutionId/members/:userId')
  @Allow('admin')
  @ApiOperation({ summary: 'Grant or change a role in the institution (units for unit managers)' })
  putMembership(
    @Param('institutionId') institutionId: string,
    @Param('userId') userId: string,
    @Body() dto: PutMembershipDto,
  ): Promise<MembershipResponse> {
    return this.users.putMembership(institutionId, userId, dto);
  }

  @Delete('institutions/:institutionId/members/:userId')
  @Allow('admin')
  @HttpCode(204)
  deleteMembership(
    @Param('institutionId') institutionId: string,
    @Param('userId') userId: string,
  ): Promise<void> {
    return this.users.deleteMembership(institutionId, userId);
  }
}
