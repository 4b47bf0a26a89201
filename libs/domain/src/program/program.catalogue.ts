import { badInput } from '../shared/errors';

/**
 * The seven processes of the program (PRODUCT.md §2) and their practices. Ids are stable contracts
 * stored in events: add, never rename. Labels are for reports; the web app has its own translations.
 */
export const PROCESSES = {
  'true-north': {
    number: 1,
    label: { es: 'Norte Verdadero', en: 'True North', pt: 'Norte Verdadeiro' },
    practices: ['guiding-principles', 'mission', 'vision', 'core-values', 'new-paradigms'],
  },
  'life-purpose': {
    number: 2,
    label: { es: 'Sentido de Vida', en: 'Life Purpose', pt: 'Sentido de Vida' },
    practices: ['purpose-training', 'life-plans'],
  },
  alignment: {
    number: 3,
    label: { es: 'Alineación', en: 'Alignment', pt: 'Alinhamento' },
    practices: ['job-profiles', 'fit-verification', 'misfit-resolution'],
  },
  leadership: {
    number: 4,
    label: { es: 'Líder de Líderes', en: 'Leader of Leaders', pt: 'Líder de Líderes' },
    practices: ['teaching-learning', 'humble-leadership', 'managerial-coaching'],
  },
  'service-excellence': {
    number: 5,
    label: { es: 'Servir con Excelencia', en: 'Serving with Excellence', pt: 'Servir com Excelência' },
    practices: ['management-service-training', 'front-line-service-training'],
  },
  'service-model': {
    number: 6,
    label: { es: 'Políticas, Normas y Pautas', en: 'Policies, Norms and Guidelines', pt: 'Políticas, Normas e Diretrizes' },
    practices: ['service-policy', 'behaviour-norms', 'contact-protocols', 'response-time-standards'],
  },
  'emotional-connection': {
    number: 7,
    label: { es: 'Conexión Cliente–Servidor–Servicio', en: 'Client–Server–Service Connection', pt: 'Conexão Cliente–Servidor–Serviço' },
    practices: ['emotional-intelligence', 'empathy', 'reflection-spaces'],
  },
} as const;

export type ProcessId = keyof typeof PROCESSES;
export type PracticeId = (typeof PROCESSES)[ProcessId]['practices'][number];

/** P1 … P7, in program order. */
export const PROCESS_IDS = (Object.keys(PROCESSES) as ProcessId[]).sort((a, b) => PROCESSES[a].number - PROCESSES[b].number);

export const isProcessId = (value: string): value is ProcessId => Object.prototype.hasOwnProperty.call(PROCESSES, value);

export function requireProcess(field: string, value: string): ProcessId {
  if (!isProcessId(value)) throw badInput(field, `Unknown process '${value}' (one of ${PROCESS_IDS.join(', ')})`);
  return value;
}

/** A practice must belong to the given process. */
export function requirePractice(field: string, processId: ProcessId, value: string): PracticeId {
  const practices: readonly string[] = PROCESSES[processId].practices;
  if (!practices.includes(value)) {
    throw badInput(field, `Unknown practice '${value}' for process ${processId} (one of ${practices.join(', ')})`);
  }
  return value as PracticeId;
}
