import { Controller, Headers, Inject, NotFoundException, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AppError } from '../../common/app-error.js';
import { Read } from '../../common/routes.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { Public } from '../auth/access.decorators.js';
import { metricsAccess } from './metrics-access.js';
import { MetricsService } from './metrics.service.js';

@ApiTags('health')
@Controller('metrics')
export class MetricsController {
  constructor(
    private readonly metrics: MetricsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The Prometheus text of this instance, for the bearer of PUSULA_METRICS_TOKEN: 401
   * METRICS_TOKEN_INVALID without it; 404, as for any unknown path, while the setting is unset.
   */
  @Public()
  @Read(
    undefined,
    'Prometheus metrics of this instance, for the bearer of PUSULA_METRICS_TOKEN. 401 METRICS_TOKEN_INVALID; 404 ROUTE_NOT_FOUND while the setting is unset',
  )
  @ApiBearerAuth()
  @ApiProduces('text/plain; version=0.0.4')
  async scrape(
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const access = metricsAccess(this.config.metricsToken, authorization);
    if (access === 'off') throw new NotFoundException();
    if (access === 'refused') throw new AppError(401, 'METRICS_TOKEN_INVALID');
    const { contentType, text } = await this.metrics.exposition();
    void reply.header('content-type', contentType);
    return text;
  }
}
