import type {} from '@fastify/cookie';
import { Body, Controller, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { LoginResponse, MeResponse } from '../../contracts/auth.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { CurrentUser, type PusulaRequest, type RequestUser } from '../../common/request-user.js';
import { Public } from './access.decorators.js';
import { AuthService, SESSION_COOKIE, SignInRefusedError } from './auth.service.js';
import { ChangePasswordDto, LoginDto, ResetPasswordDto } from './dto/auth.dto.js';
import { PostAction, Read } from '../../common/routes.js';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Answers { accessToken } for Authorization: Bearer, and sets the same as an httpOnly cookie.
   * A refusal that ends (423, 429) carries Retry-After in seconds.
   */
  @Public()
  @PostAction(
    'login',
    'Sign in: 401 INVALID_CREDENTIALS, 423 ACCOUNT_LOCKED (5 failures for this e-mail from this address), 429 TOO_MANY_ATTEMPTS',
  )
  async login(
    @Body() dto: LoginDto,
    @Req() request: PusulaRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LoginResponse> {
    let result: LoginResponse;
    try {
      result = await this.auth.login(dto.email, dto.password, request.ip);
    } catch (error) {
      if (error instanceof SignInRefusedError)
        void reply.header('retry-after', String(error.retryAfterSeconds));
      throw error;
    }
    void reply.setCookie(SESSION_COOKIE, result.accessToken, {
      httpOnly: true,
      sameSite: 'strict',
      secure: this.config.cookieSecure,
      path: '/',
      expires: new Date(result.expiresAt),
    });
    return result;
  }

  /** The page of an administrator's reset link sends the token and the new password here. */
  @Public()
  @Post('password-reset')
  @HttpCode(204)
  @ApiOperation({
    summary:
      'Set a new password with a one-time reset link; every session of the user ends. 400 RESET_TOKEN_INVALID, RESET_TOKEN_USED, RESET_TOKEN_EXPIRED, PASSWORD_WEAK',
  })
  @ApiLang()
  resetPassword(@Body() dto: ResetPasswordDto, @RequestLang() lang: Lang): Promise<void> {
    return this.auth.resetPassword(dto.token, dto.newPassword, lang);
  }

  @Post('logout')
  @HttpCode(204)
  @ApiOperation({ summary: 'End this session' })
  async logout(
    @CurrentUser() user: RequestUser,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.auth.logout(user);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  @Read('me', 'The signed-in user with roles per institution')
  me(@CurrentUser() user: RequestUser): Promise<MeResponse> {
    return this.auth.me(user.id);
  }

  @Post('password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Change the password; other sessions end. 400 PASSWORD_WEAK names why' })
  @ApiLang()
  changePassword(
    @CurrentUser() user: RequestUser,
    @Body() dto: ChangePasswordDto,
    @RequestLang() lang: Lang,
  ): Promise<void> {
    return this.auth.changePassword(user, dto.currentPassword, dto.newPassword, lang);
  }
}
