import { Body, Controller, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { InstitutionResponse, UnitResponse } from '../../contracts/resources.js';
import type { Lang } from '../../contracts/validation.js';
import { ApiLang, RequestLang } from '../../common/lang.js';
import {
  CreateInstitutionDto,
  CreateUnitDto,
  UpdateInstitutionDto,
  UpdateUnitDto,
} from './dto/institution.dto.js';
import { CurrentUser, type RequestUser } from '../../common/request-user.js';
import { pathOf, type PathOf, Change, Create, Read, Remove } from '../../common/routes.js';
import { Allow, SuperadminOnly } from '../auth/access.decorators.js';
import { InstitutionsService } from './institutions.service.js';

/** A unit of an institution (:institutionId, :code). */
const UnitAt = pathOf('institutionId', 'code');
type UnitAt = PathOf<'institutionId' | 'code'>;

@ApiTags('institutions')
@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  @Read(undefined, 'Institutions where the caller holds a role')
  listInstitutions(@CurrentUser() user: RequestUser): Promise<InstitutionResponse[]> {
    return this.institutions.listInstitutions(user);
  }

  @Create()
  @SuperadminOnly()
  createInstitution(@Body() dto: CreateInstitutionDto): Promise<InstitutionResponse> {
    return this.institutions.createInstitution(dto);
  }

  @Read(':institutionId')
  getInstitution(@Param('institutionId') id: string): Promise<InstitutionResponse> {
    return this.institutions.getInstitution(id);
  }

  @Change(':institutionId')
  @Allow('admin')
  updateInstitution(
    @Param('institutionId') id: string,
    @Body() dto: UpdateInstitutionDto,
  ): Promise<InstitutionResponse> {
    return this.institutions.updateInstitution(id, dto);
  }

  @Remove(
    ':institutionId',
    'Delete an institution with its units and plans; never one whose plans hold approved values (409 HOLDS_APPROVED_VALUES)',
  )
  @SuperadminOnly()
  @ApiLang()
  deleteInstitution(@Param('institutionId') id: string, @RequestLang() lang: Lang): Promise<void> {
    return this.institutions.deleteInstitution(id, lang);
  }

  @Read(':institutionId/units', 'Units (birimler) of the institution')
  listUnits(@Param('institutionId') id: string): Promise<UnitResponse[]> {
    return this.institutions.listUnits(id);
  }

  @Create(':institutionId/units')
  @Allow('admin', 'planner')
  createUnit(@Param('institutionId') id: string, @Body() dto: CreateUnitDto): Promise<UnitResponse> {
    return this.institutions.createUnit(id, dto);
  }

  @Read(':institutionId/units/:code')
  getUnit(@UnitAt() at: UnitAt): Promise<UnitResponse> {
    return this.institutions.getUnit(at.institutionId, at.code);
  }

  @Change(':institutionId/units/:code')
  @Allow('admin', 'planner')
  updateUnit(@UnitAt() at: UnitAt, @Body() dto: UpdateUnitDto): Promise<UnitResponse> {
    return this.institutions.updateUnit(at.institutionId, at.code, dto);
  }

  @Remove(':institutionId/units/:code')
  @Allow('admin', 'planner')
  deleteUnit(@UnitAt() at: UnitAt): Promise<void> {
    return this.institutions.deleteUnit(at.institutionId, at.code);
  }
}
