import { Body, Controller, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type {
  InvitationResponse,
  MemberResponse,
  MembershipResponse,
  MeResponse,
  PasswordResetResponse,
  PersonResponse,
} from '../../contracts/auth.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { PostAction, Create, Read, Remove, Replace } from '../../common/routes.js';
import { Allow } from './access.decorators.js';
import { CreateUserDto, PutMembershipDto } from './dto/auth.dto.js';
import { UsersService } from './users.service.js';

@ApiTags('users and roles')
@Controller()
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Read('users', 'Accounts an administrator manages')
  @Allow('admin')
  listUsers(@CurrentUser() caller: RequestUser): Promise<MeResponse[]> {
    return this.users.listUsers(caller);
  }

  @Create('users', 'Create an account (then grant it roles per institution); 400 PASSWORD_WEAK names why')
  @Allow('admin')
  @ApiLang()
  createUser(
    @CurrentUser() caller: RequestUser,
    @Body() dto: CreateUserDto,
    @RequestLang() lang: Lang,
  ): Promise<MeResponse> {
    return this.users.createUser(caller, dto, lang);
  }

  @PostAction(
    'users/:userId/deactivate',
    'Deactivate an account: it cannot sign in and its sessions end. 409 CANNOT_DEACTIVATE_SELF, USER_INACTIVE',
  )
  @Allow('admin')
  deactivateUser(@CurrentUser() caller: RequestUser, @Param('userId') userId: string): Promise<MeResponse> {
    return this.users.deactivateUser(caller, userId);
  }

  @PostAction('users/:userId/reactivate', 'Reactivate a deactivated account. 409 USER_ACTIVE')
  @Allow('admin')
  reactivateUser(@CurrentUser() caller: RequestUser, @Param('userId') userId: string): Promise<MeResponse> {
    return this.users.reactivateUser(caller, userId);
  }

  @Create(
    'users/:userId/password-reset',
    'Issue a one-time password reset link for the user (shown once, valid 24 hours; an earlier link stops working). 409 USER_INACTIVE',
  )
  @Allow('admin')
  issuePasswordReset(
    @CurrentUser() caller: RequestUser,
    @Param('userId') userId: string,
  ): Promise<PasswordResetResponse> {
    return this.users.issuePasswordReset(caller, userId);
  }

  /**
   * The institution's accounts with their roles: an administrator manages them, a planner picks the
   * planning team from them, a city council's secretariat links its general assembly's members to
   * them (a group's chair records its meetings through that link).
   */
  @Read('institutions/:institutionId/members')
  @Allow('admin', 'planner', 'secretariat')
  listMembers(@Param('institutionId') institutionId: string): Promise<MemberResponse[]> {
    return this.users.listMembers(institutionId);
  }

  /** Any role in the plan's institution: the names behind the user ids of its values. */
  @Read('plans/:planId/people', "Names of the accounts that entered, submitted or approved the plan's values")
  listPlanPeople(@Param('planId') planId: string): Promise<PersonResponse[]> {
    return this.users.listPlanPeople(planId);
  }

  @Replace(
    'institutions/:institutionId/members/:userId',
    'Grant or change a role in the institution (units for unit managers): 200 MembershipResponse, or 202 InvitationResponse for a user who belongs to an institution the caller has no role in',
  )
  @Allow('admin')
  async putMembership(
    @CurrentUser() caller: RequestUser,
    @Param('institutionId') institutionId: string,
    @Param('userId') userId: string,
    @Body() dto: PutMembershipDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<MembershipResponse | InvitationResponse> {
    const result = await this.users.putMembership(caller, institutionId, userId, dto);
    if (result.kind === 'granted') return result.membership;
    void reply.status(202);
    return result.invitation;
  }

  @Remove('institutions/:institutionId/members/:userId')
  @Allow('admin')
  deleteMembership(
    @Param('institutionId') institutionId: string,
    @Param('userId') userId: string,
  ): Promise<void> {
    return this.users.deleteMembership(institutionId, userId);
  }

  @Read('institutions/:institutionId/invitations', 'Pending invitations the institution has sent')
  @Allow('admin')
  listInstitutionInvitations(@Param('institutionId') institutionId: string): Promise<InvitationResponse[]> {
    return this.users.listInstitutionInvitations(institutionId);
  }

  @Remove('institutions/:institutionId/invitations/:invitationId', 'Cancel a pending invitation')
  @Allow('admin')
  cancelInvitation(
    @Param('institutionId') institutionId: string,
    @Param('invitationId') invitationId: string,
  ): Promise<void> {
    return this.users.cancelInvitation(institutionId, invitationId);
  }

  @Read('invitations', "The signed-in user's pending invitations")
  listMyInvitations(@CurrentUser() caller: RequestUser): Promise<InvitationResponse[]> {
    return this.users.listMyInvitations(caller);
  }

  @PostAction('invitations/:invitationId/accept', 'Accept an invitation: the role becomes a membership')
  acceptInvitation(
    @CurrentUser() caller: RequestUser,
    @Param('invitationId') invitationId: string,
  ): Promise<MembershipResponse> {
    return this.users.acceptInvitation(caller, invitationId);
  }

  @Post('invitations/:invitationId/decline')
  @HttpCode(204)
  @ApiOperation({ summary: 'Decline an invitation' })
  declineInvitation(
    @CurrentUser() caller: RequestUser,
    @Param('invitationId') invitationId: string,
  ): Promise<void> {
    return this.users.declineInvitation(caller, invitationId);
  }
}
