/**
 * Demo monitoring of Bilecik Belediyesi's 2024 programme-budget programme (issue 14 point 5):
 * the progress of four of its activities at 30 June 2024 (2024-H1), as their units would enter it
 * in the worklist. Three are approved by the strategy unit, one (F07, PARK) is submitted and waits
 * in the approval queue. Percent and spending are as of 30 June; every amount is below the
 * activity's 2024 cost by the same economic code (bilecik-programme-2024.ts), and every entry says
 * in its note where the work stands. Demo figures written for this project.
 */
import type { EconomicCode } from '../../contracts/programme.js';

export interface DemoBudgetProgress {
  /** The activity's code in the programme (F01, …). */
  activity: string;
  period: string;
  percent: number;
  note: string;
  /** TL spent by 30 June, by economic code. */
  spending: Partial<Record<EconomicCode, number>>;
  /** The last step taken: approved by the planner, or submitted and waiting. */
  status: 'approved' | 'submitted';
}

export const BILECIK_PROGRESS_2024: DemoBudgetProgress[] = [
  {
    activity: 'F01',
    period: '2024-H1',
    percent: 45,
    note: 'Asfalt sezonu Nisan ayında başladı; programdaki yolların yarıya yakını tamamlandı.',
    spending: { '01': 3100000, '03': 4900000, '06': 2800000 },
    status: 'approved',
  },
  {
    activity: 'F03',
    period: '2024-H1',
    percent: 40,
    note: 'İki izole bölgenin sayaç ve vana kurulumu bitti; üçüncüsünün ihalesi Haziran ayında yapıldı.',
    spending: { '03': 1000000, '06': 3500000 },
    status: 'approved',
  },
  {
    activity: 'F05',
    period: '2024-H1',
    percent: 30,
    note: 'Millet bahçesi ikinci etabının yer teslimi Mart ayında yapıldı; cep parklarının projeleri onaylandı.',
    spending: { '03': 600000, '06': 1500000 },
    status: 'approved',
  },
  {
    activity: 'F07',
    period: '2024-H1',
    percent: 50,
    note: 'Bahar budaması ve çim biçimi programa uygun yürüdü.',
    spending: { '03': 900000 },
    status: 'submitted',
  },
];
