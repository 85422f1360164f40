import { Module } from '@nestjs/common';
import { TokenVerifier } from './token-verifier.service';

/** Bearer-token verification; apps register `JwtAuthGuard` globally. */
@Module({
  providers: [TokenVerifier],
  exports: [TokenVerifier],
})
export class AuthModule {}
