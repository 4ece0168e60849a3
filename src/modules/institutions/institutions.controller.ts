import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { InstitutionResponse, UnitResponse } from '../../contracts/resources.js';
import {
  CreateInstitutionDto,
  CreateUnitDto,
  UpdateInstitutionDto,
  UpdateUnitDto,
} from './dto/institution.dto.js';
import { InstitutionsService } from './institutions.service.js';

@ApiTags('institutions')
@Controller('institutions')
export class InstitutionsController {
  constructor(private readonly institutions: InstitutionsService) {}

  @Get()
  listInstitutions(): Promise<InstitutionResponse[]> {
    return this.institutions.listInstitutions();
  }

  @Post()
  createInstitution(@Body() dto: CreateInstitutionDto): Promise<InstitutionResponse> {
    return this.institutions.createInstitution(dto);
  }

  @Get(':institutionId')
  getInstitution(@Param('institutionId') id: string): Promise<InstitutionResponse> {
    return this.institutions.getInstitution(id);
  }

  @Patch(':institutionId')
  updateInstitution(
    @Param('institutionId') id: string,
    @Body() dto: UpdateInstitutionDto,
  ): Promise<InstitutionResponse> {
    return this.institutions.updateInstitution(id, dto);
  }

  @Delete(':institutionId')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete an institution with its units and plans' })
  deleteInstitution(@Param('institutionId') id: string): Promise<void> {
    return this.institutions.deleteInstitution(id);
  }

  @Get(':institutionId/units')
  @ApiOperation({ summary: 'Units (birimler) of the institution' })
  listUnits(@Param('institutionId') id: string): Promise<UnitResponse[]> {
    return this.institutions.listUnits(id);
  }

  @Post(':institutionId/units')
  createUnit(@Param('institutionId') id: string, @Body() dto: CreateUnitDto): Promise<UnitResponse> {
    return this.institutions.createUnit(id, dto);
  }

  @Get(':institutionId/units/:code')
  getUnit(@Param('institutionId') id: string, @Param('code') code: string): Promise<UnitResponse> {
    return this.institutions.getUnit(id, code);
  }

  @Patch(':institutionId/units/:code')
  updateUnit(
    @Param('institutionId') id: string,
    @Param('code') code: string,
    @Body() dto: UpdateUnitDto,
  ): Promise<UnitResponse> {
    return this.institutions.updateUnit(id, code, dto);
  }

  @Delete(':institutionId/units/:code')
  @HttpCode(204)
  deleteUnit(@Param('institutionId') id: string, @Param('code') code: string): Promise<void> {
    return this.institutions.deleteUnit(id, code);
  }
}
