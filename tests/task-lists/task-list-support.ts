import { expect } from 'vitest';
import type { ApiClient } from '../support/test-server.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface MeasureDto {
  id: string;
  no: string;
  text: string;
  deadline: {
    text: string | null;
    dueOn: string | null;
    isOngoing: boolean;
    explanation: { zh: string } | null;
  };
  leadUnitIds: string[];
  unitIds: string[];
  status: string;
  latestProgress: { text: string; unitId: string } | null;
}

export interface ListDto {
  id: string;
  year: number;
  title: string;
  areas: {
    id: string;
    no: string;
    title: string;
    tasks: { id: string; no: string; title: string; measures: MeasureDto[] }[];
  }[];
}

export function measuresOf(list: ListDto): MeasureDto[] {
  return list.areas.flatMap((area) => area.tasks.flatMap((task) => task.measures));
}

/** Task `taskNo`, measure `no` of a list. */
export function measureAt(list: ListDto, taskNo: string, no: string): MeasureDto {
  const task = list.areas.flatMap((area) => area.tasks).find((candidate) => candidate.no === taskNo);
  const measure = task?.measures.find((candidate) => candidate.no === no);
  expect(measure, `task ${taskNo} measure ${no}`).toBeDefined();
  return measure as MeasureDto;
}

export async function download(
  client: ApiClient,
  path: string,
): Promise<{ status: number; type: string | null; file: Buffer }> {
  const response = await fetch(`${client.baseUrl}${path}`, {
    headers: { authorization: `Bearer ${client.token}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    file: Buffer.from(await response.arrayBuffer()),
  };
}

export async function upload(
  client: ApiClient,
  path: string,
  file: Buffer,
): Promise<{ status: number; body: { error?: { code: string; message: string } } & Partial<ListDto> }> {
  const response = await fetch(`${client.baseUrl}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${client.token}`, 'content-type': XLSX_MIME },
    body: new Uint8Array(file),
  });
  return { status: response.status, body: (await response.json()) as never };
}

/** The shape of a list that a round trip must keep: texts, deadlines, due dates, units. */
export function listShape(list: ListDto) {
  return list.areas.map((area) => ({
    no: area.no,
    title: area.title,
    tasks: area.tasks.map((task) => ({
      no: task.no,
      title: task.title,
      measures: task.measures.map((measure) => ({
        no: measure.no,
        text: measure.text,
        deadline: measure.deadline.text,
        dueOn: measure.deadline.dueOn,
        isOngoing: measure.deadline.isOngoing,
        leadUnitIds: [...measure.leadUnitIds].sort(),
        unitIds: [...measure.unitIds].sort(),
        progress: measure.latestProgress?.text ?? null,
      })),
    })),
  }));
}
