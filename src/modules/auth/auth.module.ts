import { Global, Module } from '@nestjs/common';
import { AccessService } from './access.service.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Global()
@Module({
  controllers: [AuthController, UsersController],
  providers: [AuthService, AccessService, UsersService],
  exports: [AuthService, AccessService],
})
export class AuthModule {}
