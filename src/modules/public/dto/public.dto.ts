import type { Lang } from '../../../contracts/validation.js';
import { MAX_PAGE, QueryCount, QueryLang } from '../../../common/validators.js';
import { PUBLIC_PLANS_PAGE_SIZE } from '../../plans/plan-limits.js';

/** One page of the published plans: the list is never answered whole. */
export class PublicPlansQueryDto {
  @QueryCount(MAX_PAGE, 1) page?: number;
  @QueryCount(PUBLIC_PLANS_PAGE_SIZE, PUBLIC_PLANS_PAGE_SIZE) pageSize?: number;
  @QueryLang() lang?: Lang;
}
