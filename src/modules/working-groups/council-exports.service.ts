import { Injectable } from '@nestjs/common';
import { Packer } from 'docx';
import { NotFoundError } from '../../common/app-error.js';
import { downloadFileName } from '../reports/report-files.js';
import { journeyWorkbook, minutesDocument, registerWorkbook } from './council-exports.js';
import { WorkingGroupsService } from './working-groups.service.js';

export interface CouncilFile {
  fileName: string;
  content: Buffer;
}

/** The council's exports: the register and a journey (Excel), a meeting's minutes (.docx); Turkish. */
@Injectable()
export class CouncilExportsService {
  constructor(private readonly groups: WorkingGroupsService) {}

  async register(institutionId: string): Promise<CouncilFile> {
    const { institution, view } = await this.groups.view(institutionId, 'tr');
    const groups = view.rows.groups.map((group) => view.toGroup(group));
    return {
      fileName: downloadFileName(['Çalışma Grupları Sicili', '-', institution.name], 'xlsx'),
      content: await registerWorkbook(institution.name, groups),
    };
  }

  async journey(institutionId: string, groupId: string, recommendationId: string): Promise<CouncilFile> {
    const { institution, view } = await this.groups.view(institutionId, 'tr');
    const row = view.recommendations(groupId).find((candidate) => candidate.id === recommendationId);
    if (row === undefined) throw new NotFoundError('RECOMMENDATION_NOT_FOUND', { id: recommendationId });
    const recommendation = view.toRecommendation(row);
    return {
      fileName: downloadFileName(['Öneri', recommendation.title], 'xlsx'),
      content: await journeyWorkbook(institution.name, recommendation),
    };
  }

  async minutes(institutionId: string, groupId: string, meetingId: string): Promise<CouncilFile> {
    const { institution, view } = await this.groups.view(institutionId, 'tr');
    const group = view.rows.groups.find((candidate) => candidate.id === groupId);
    if (group === undefined) throw new NotFoundError('WORKING_GROUP_NOT_FOUND', { id: groupId });
    const meeting = view.meetings(group.id).find((candidate) => candidate.id === meetingId);
    if (meeting === undefined) throw new NotFoundError('WG_MEETING_NOT_FOUND', { id: meetingId });
    return {
      fileName: downloadFileName(['Toplantı Tutanağı', group.name, meeting.date], 'docx'),
      content: await Packer.toBuffer(
        minutesDocument(institution.name, view.toGroup(group), view.toMeeting(meeting)),
      ),
    };
  }
}
