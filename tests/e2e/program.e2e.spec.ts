// Acceptance test of issue 4: one realistic program story, recorded fact by fact through GraphQL
// on a real SQLite store; one retraction, one re-sent command id, the stored streams read back,
// and the data folder scanned for personal data in clear.
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { EVENT_STORE, SQLITE_FILE_NAME, type EventCodec, type EventStore } from '@norte/event-store';
import type { DecodedEvent } from '@norte/projections';
import { EVENT_CODEC, LOCAL_ADMIN, ReadModels } from '@norte/api';
import { newId, startNorte, type GqlError, type TestNorte } from './support/norte';

interface Result {
  position: string;
  streamId: string;
  streamRevision: string;
  id: string;
  eventIds: string[];
}

/** One command sent through GraphQL, as the client sent it and as Norte answered it. */
interface Sent {
  readonly mutation: string;
  readonly input: Record<string, unknown> & { commandId: string; occurredAt?: string };
  readonly body: { data?: Record<string, Result>; errors?: GqlError[] };
  readonly result: Result;
}

const SCHEMA: GraphQLSchema = buildSchema(readFileSync(join(__dirname, '../../apps/api/schema.graphql'), 'utf8'));
const SCHEMA_MUTATIONS = Object.keys(SCHEMA.getMutationType()!.getFields()).sort();

/** The document for a mutation, its input type read from the schema (setMission takes SetStatementInput). */
function documentFor(name: string): string {
  const field = SCHEMA.getMutationType()!.getFields()[name];
  if (!field) throw new Error(`${name} is not a mutation of apps/api/schema.graphql`);
  return `mutation($input: ${field.args[0].type.toString()}) { ${name}(input: $input) { position streamId streamRevision id eventIds } }`;
}

/** Business time, back-dated: the story runs from January 2025 to March 2026. */
const at = (day: string) => `${day}T14:00:00.000Z`;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/;

// People and users of the Clínica Santa Lucía. Their names, e-mails and the notes about them
// are personal data: none of it may reach the disk in clear.
const LUCIA = { personId: 'lucia', externalId: 'RH-0101', name: 'Lucía Fernández Arboleda', email: 'lucia.fernandez@clinicasantalucia.test' };
const MATEO_MISSPELT = { personId: 'mateo', externalId: 'RH-0102', name: 'Mateo Gutierres Villalobos', email: 'mateo.gutierres@clinicasantalucia.test' };
const MATEO = { personId: 'mateo', name: 'Mateo Gutiérrez Villalobos', email: 'mateo.gutierrez@clinicasantalucia.test' };
const CAMILA = { personId: 'camila', externalId: 'RH-0103', name: 'Camila Ospina Betancourt', email: 'camila.ospina@clinicasantalucia.test' };
const VALENTINA = { personId: 'valentina', externalId: 'RH-0104', name: 'Valentina Restrepo Quiñones', email: 'valentina.restrepo@clinicasantalucia.test' };
const SANTIAGO = { personId: 'santiago', externalId: 'RH-0105', name: 'Santiago Morales Echeverri', email: 'santiago.morales@clinicasantalucia.test' };
const USER_LUCIA = { userId: 'lucia', name: LUCIA.name, email: LUCIA.email, personId: 'lucia' };
const USER_PATRICIA = { userId: 'patricia', name: 'Patricia Salazar Mejía', email: 'patricia.salazar@clinicasantalucia.test' };
const USER_JORGE = { userId: 'jorge', name: 'Jorge Castaño Uribe', email: 'jorge.castano@clinicasantalucia.test' };
const ASSESSMENT_NOTE = 'Le cuesta manejar a los pacientes molestos en la fila de admisiones';
const ALIGNED_NOTE = 'Lidera con el ejemplo y escucha a su equipo';
const MISFIT_NOTE = 'Plan de acompañamiento de tres meses con su líder y un curso de servicio';
const COACHING_NOTE = 'Mateo contó que atraviesa el duelo por la muerte de su padre';

const PERSONAL_SECRETS = [
  ...[LUCIA, MATEO_MISSPELT, MATEO, CAMILA, VALENTINA, SANTIAGO, USER_PATRICIA, USER_JORGE].flatMap((p) => [p.name, p.email, p.email.split('@')[0]]),
  // Surnames alone (long enough never to occur by chance in ciphertext or keys).
  'Arboleda', 'Villalobos', 'Gutierres', 'Gutiérrez', 'Betancourt', 'Quiñones', 'Echeverri', 'Salazar Mejía', 'Castaño Uribe',
  ASSESSMENT_NOTE, ALIGNED_NOTE, MISFIT_NOTE, COACHING_NOTE, 'duelo por la muerte',
];

const TEAM_NAME = 'Recepción Central'; // organisational text, stored in clear: the scan's positive control

const POLICY = {
  version: 1,
  title: 'Política de servicio al paciente',
  norms: {
    be: ['Cálidos con cada paciente', 'Humildes para pedir ayuda'],
    know: ['Los servicios y horarios de la clínica'],
    do: ['Responder toda solicitud en menos de un día hábil'],
  },
  protocols: { greeting: 'Buenos días, bienvenido a la Clínica Santa Lucía', identification: 'Le atiende su asesor de servicio', closing: '¿Hay algo más en que le pueda ayudar?' },
};

const MODEL_DEFINITIONS = `{ maturityModels { versions { definition { confidentialityMinimum measurementWindowDays sustainedDays processes {
  trueNorth { foundation { minGuidingPrinciples minActiveCoreValues workshop { workshopKinds windowDays } } coverage { minPercent windowDays workshopKinds } instrument { kind survey target } }
  lifePurpose { foundation { workshopKinds windowDays } coverage { minPercent windowDays } instrument { kind survey target } }
  alignment { foundation { minPercentWithProfile } coverage { minPercent windowDays minPercentAligned } instrument { kind survey target } }
  leadership { foundation { workshopKinds windowDays } coverage { minPercent windowDays } instrument { kind survey target } }
  serviceExcellence { foundation { courseProcess minLeads } coverage { minPercent windowDays } instrument { kind survey target } }
  serviceModel { foundation { minStandards } coverage { minPercent windowDays } instrument { kind survey target } }
  emotionalConnection { foundation { workshopKinds windowDays } coverage { minPercent windowDays workshopKinds } instrument { kind survey target } } } } } } }`;

describe('the program of a small organisation, end to end over GraphQL on SQLite', () => {
  let norte: TestNorte;
  let closed = false;
  const sent: Sent[] = [];
  const by = (mutation: string, filter: (s: Sent) => boolean = () => true) => sent.filter((s) => s.mutation === mutation && filter(s));

  const store = () => norte.app.get<EventStore>(EVENT_STORE);
  const codec = () => norte.app.get<EventCodec>(EVENT_CODEC);

  async function ok(mutation: string, input: Record<string, unknown>): Promise<Result> {
    const full = { commandId: newId(), ...input } as Sent['input'];
    const body = (await norte.gql<Record<string, Result>>(documentFor(mutation), { input: full })) as Sent['body'];
    if (body.errors || !body.data?.[mutation]) throw new Error(`${mutation} ${JSON.stringify(input)} failed: ${JSON.stringify(body.errors)}`);
    const result = body.data[mutation];
    sent.push({ mutation, input: full, body, result });
    return result;
  }

  async function readStream(streamId: string): Promise<DecodedEvent[]> {
    const events: DecodedEvent[] = [];
    for await (const raw of store().readStream(streamId)) events.push(codec().decode(raw));
    return events;
  }

  beforeAll(async () => {
    norte = await startNorte();
  });
  afterAll(async () => {
    if (closed) rmSync(norte.dataDir, { recursive: true, force: true }); // kept for the scan only
    else await norte.close();
  });

  it('records one fact of every kind: the story of the Clínica Santa Lucía', async () => {
    // --- The organisation and its tree (structure is recorded as of now: these take no business time).
    await ok('registerOrganisation', { name: 'Clínica Santa Lucía', locale: 'es', timeZone: 'America/Bogota' });
    await ok('createUnit', { unitId: 'atencion', name: 'Atención al Paciente', kind: 'DIVISION' });
    await ok('createUnit', { unitId: 'operaciones', name: 'Operaciones', kind: 'DIVISION' });
    await ok('createUnit', { unitId: 'recepcion', name: TEAM_NAME, kind: 'TEAM', parentId: 'atencion' });
    await ok('createUnit', { unitId: 'contacto', name: 'Centro de Llamadas', kind: 'TEAM', parentId: 'atencion' });
    await ok('createUnit', { unitId: 'caja', name: 'Caja y Facturación', kind: 'TEAM', parentId: 'operaciones' });

    // --- Job profiles.
    await ok('defineJobProfile', { jobProfileId: 'asesor', title: 'Asesor de servicio', occurredAt: at('2025-01-06') });
    await ok('defineJobProfile', { jobProfileId: 'coordinador', title: 'Coordinador de equipo', description: 'Guía al equipo y responde por su servicio', occurredAt: at('2025-01-06') });
    await ok('reviseJobProfile', {
      jobProfileId: 'asesor', title: 'Asesor de servicio al paciente', description: 'Recibe, orienta y acompaña al paciente', occurredAt: at('2025-03-03'),
    });

    // --- True north.
    await ok('setMission', { text: 'Cuidar la salud de cada paciente con calidez y excelencia', occurredAt: at('2025-01-13') });
    await ok('setVision', { text: 'Ser en 2030 la clínica más querida del Valle de Aburrá', occurredAt: at('2025-01-13') });
    await ok('defineGuidingPrinciple', { principleId: 'paciente-primero', text: 'El paciente primero, siempre', occurredAt: at('2025-01-20') });
    await ok('defineCoreValue', { valueId: 'calidez', name: 'Calidez', description: 'Tratamos a cada paciente como a un familiar', occurredAt: at('2025-01-20') });
    await ok('defineCoreValue', { valueId: 'puntualidad', name: 'Puntualidad', occurredAt: at('2025-01-20') });
    await ok('recordParadigmShift', { shiftId: 'turnos', from: 'El paciente espera su turno', to: 'Nosotros esperamos al paciente', occurredAt: at('2025-02-03') });

    // --- Service model and courses.
    await ok('publishServicePolicy', { ...POLICY, occurredAt: at('2025-02-10') });
    await ok('setServiceStandard', { channel: 'PHONE', metric: 'FIRST_RESPONSE_MINUTES', target: 5, occurredAt: at('2025-02-10') });
    const wrongStandard = await ok('setServiceStandard', { channel: 'EMAIL', metric: 'RESOLUTION_HOURS', target: 480, occurredAt: at('2025-02-10') });
    await ok('retractOrganisationFact', { factId: wrongStandard.eventIds[0], reason: 'Se digitaron minutos en lugar de horas', occurredAt: at('2025-02-12') });
    await ok('setServiceStandard', { channel: 'EMAIL', metric: 'RESOLUTION_HOURS', target: 48, occurredAt: at('2025-02-12') });
    await ok('defineCourse', { courseId: 'servicio-101', title: 'Fundamentos del servicio al paciente', processId: 'SERVICE_EXCELLENCE', audience: 'FRONT_LINE', occurredAt: at('2025-01-27') });
    await ok('defineCourse', { courseId: 'liderazgo-humilde', title: 'Liderazgo humilde', processId: 'LEADERSHIP', audience: 'MANAGEMENT', occurredAt: at('2025-01-27') });

    // --- Users and role grants.
    await ok('createUser', { ...USER_PATRICIA, occurredAt: at('2025-01-06') });
    await ok('grantRole', { userId: 'patricia', role: 'HR', scopeUnitId: null, occurredAt: at('2025-01-06') });
    await ok('createUser', { ...USER_JORGE, occurredAt: at('2025-01-06') });
    await ok('grantRole', { userId: 'jorge', role: 'EXECUTIVE', occurredAt: at('2025-01-06') });

    // --- People enrolled: a lead and members.
    const joined = at('2025-02-03');
    await ok('enrolPerson', { ...LUCIA, teamId: 'recepcion', role: 'LEAD', jobProfileId: 'coordinador', occurredAt: joined });
    await ok('enrolPerson', { ...MATEO_MISSPELT, teamId: 'recepcion', role: 'MEMBER', jobProfileId: 'asesor', occurredAt: joined });
    await ok('enrolPerson', { ...CAMILA, teamId: 'recepcion', role: 'MEMBER', jobProfileId: 'asesor', occurredAt: joined });
    await ok('enrolPerson', { ...VALENTINA, teamId: 'contacto', role: 'MEMBER', jobProfileId: 'asesor', occurredAt: joined });
    await ok('enrolPerson', { ...SANTIAGO, teamId: 'caja', role: 'MEMBER', jobProfileId: null, occurredAt: joined });
    await ok('createUser', { ...USER_LUCIA, occurredAt: joined });
    await ok('grantRole', { userId: 'lucia', role: 'TEAM_LEAD', scopeUnitId: 'recepcion', occurredAt: joined });

    // --- Person facts.
    await ok('correctPersonDetails', { ...MATEO, occurredAt: at('2025-02-05') });
    await ok('acknowledgePolicy', { personId: 'mateo', policyVersion: 1, occurredAt: at('2025-02-17') });
    await ok('acknowledgePolicy', { personId: 'camila', policyVersion: 1, occurredAt: at('2025-02-18') });
    await ok('changeJobProfile', { personId: 'santiago', jobProfileId: 'asesor', occurredAt: at('2025-03-10') });
    const assessment = await ok('assessAlignment', {
      personId: 'mateo', jobProfileId: 'asesor', fit: 'PARTIAL', assessorId: 'lucia', note: ASSESSMENT_NOTE, occurredAt: at('2025-03-17'),
    });
    await ok('assessAlignment', { personId: 'lucia', jobProfileId: 'coordinador', fit: 'ALIGNED', assessorId: 'valentina', note: ALIGNED_NOTE, occurredAt: at('2025-03-17') });
    await ok('resolveMisfit', { personId: 'mateo', assessmentId: assessment.eventIds[0], resolution: 'DEVELOPMENT_PLAN', note: MISFIT_NOTE, occurredAt: at('2025-03-24') });
    await ok('changeTeamRole', { personId: 'valentina', role: 'LEAD', occurredAt: at('2025-04-01') });
    await ok('recordLifePlanConversation', { personId: 'mateo', leaderId: 'lucia', occurredAt: at('2025-04-07') });
    await ok('recordTrainingCompletion', { personId: 'mateo', courseId: 'servicio-101', score: 92, occurredAt: at('2025-04-14') });
    await ok('recordTrainingCompletion', { personId: 'camila', courseId: 'servicio-101', score: 88.5, occurredAt: at('2025-04-14') });
    const duplicate = await ok('recordTrainingCompletion', { personId: 'camila', courseId: 'servicio-101', score: 88.5, occurredAt: at('2025-04-14') });
    await ok('retractPersonFact', { personId: 'camila', factId: duplicate.eventIds[0], reason: 'Registrado dos veces desde la planilla del curso', occurredAt: at('2025-04-16') });
    await ok('recordTrainingCompletion', { personId: 'lucia', courseId: 'liderazgo-humilde', occurredAt: at('2025-05-02') });
    await ok('movePersonToTeam', { personId: 'santiago', teamId: 'recepcion', role: 'MEMBER', occurredAt: at('2025-05-05') });

    // --- Team facts: the full roadmap lifecycle of one item, and a cancelled one.
    const item = { teamId: 'recepcion', itemId: 'cascada-mision' };
    await ok('planRoadmapItem', {
      ...item, processId: 'TRUE_NORTH', practiceId: 'mission', title: 'Cascada de la misión a todo el equipo', ownerId: 'lucia', dueDate: '2025-06-30', occurredAt: at('2025-03-03'),
    });
    await ok('startRoadmapItem', { ...item, occurredAt: at('2025-03-10') });
    await ok('blockRoadmapItem', { ...item, reason: 'Esperando la agenda de la gerencia', occurredAt: at('2025-04-01') });
    await ok('rescheduleRoadmapItem', { ...item, dueDate: '2025-08-29', reason: 'La gerencia solo tiene agenda en julio', occurredAt: at('2025-04-02') });
    await ok('unblockRoadmapItem', { ...item, occurredAt: at('2025-05-02') });
    await ok('completeRoadmapItem', { ...item, evidence: 'Actas de cuatro sesiones de cascada firmadas', occurredAt: at('2025-08-15') });
    await ok('planRoadmapItem', {
      teamId: 'recepcion', itemId: 'protocolo-contacto', processId: 'SERVICE_MODEL', practiceId: 'contact-protocols', title: 'Guion de saludo y cierre',
      ownerId: 'lucia', dueDate: '2025-09-30', occurredAt: at('2025-03-03'),
    });
    await ok('cancelRoadmapItem', { teamId: 'recepcion', itemId: 'protocolo-contacto', reason: 'Queda incluido en la política de servicio', occurredAt: at('2025-06-02') });

    // --- Activities and recognition.
    await ok('recordWorkshop', {
      teamId: 'recepcion', workshopId: 'cascada-norte', kind: 'TRUE_NORTH_CASCADE', name: 'Cascada del norte verdadero', attendeeIds: ['lucia', 'mateo', 'camila'], occurredAt: at('2025-03-20'),
    });
    await ok('recordCoachingSession', {
      teamId: 'recepcion', sessionId: 'coaching-abril', coachId: 'lucia', coacheeIds: ['mateo', 'camila'], durationMinutes: 45, focusProcessId: 'LEADERSHIP',
      privateNote: COACHING_NOTE, occurredAt: at('2025-04-21'),
    });
    await ok('grantRecognition', { teamId: 'recepcion', personId: 'mateo', reason: 'Acompañó con calidez a un paciente en crisis', occurredAt: at('2025-06-10') });
    await ok('grantRecognition', { teamId: 'recepcion', reason: 'Mejor satisfacción del trimestre', occurredAt: at('2025-07-01') });

    // --- Outcome instruments.
    await ok('recordSurveyResult', { teamId: 'recepcion', kind: 'CLIMATE', score: 4.1, responseCount: 9, occurredAt: at('2025-06-30') });
    await ok('recordSurveyResult', { teamId: 'contacto', kind: 'INTERNAL_SERVICE', score: 3.8, responseCount: 14, occurredAt: at('2025-06-30') });
    await ok('recordMysteryShop', {
      teamId: 'recepcion', channel: 'IN_PERSON', occurredAt: at('2025-07-15'),
      scores: { reliability: 4.5, accessibility: 4, timeliness: 3.5, proactivity: 4, warmth: 5, advice: 4.5 },
      protocol: { greeting: true, identification: true, closing: false },
    });
    await ok('recordKpiMeasurement', { teamId: 'contacto', channel: 'PHONE', metric: 'FIRST_RESPONSE_MINUTES', value: 4.5, occurredAt: at('2025-07-31') });
    await ok('recordKpiMeasurement', { teamId: 'recepcion', channel: 'IN_PERSON', metric: 'COMPLAINTS', value: 2, occurredAt: at('2025-07-31') });
    await ok('recordCsat', { teamId: 'recepcion', score: 4.4, responseCount: 120, occurredAt: at('2025-07-31') });
    // The call centre's CSAT, recorded on reception by mistake: retracted below, then recorded where it belongs.
    await ok('recordCsat', { teamId: 'recepcion', score: 3.2, responseCount: 40, occurredAt: at('2025-07-31') });
    await ok('recordCsat', { teamId: 'contacto', score: 3.2, responseCount: 40, occurredAt: at('2025-07-31') });

    // --- Moves, leaving, and the tree reorganised.
    await ok('retireCoreValue', { valueId: 'puntualidad', occurredAt: at('2025-09-01') });
    await ok('recordPersonLeft', { personId: 'camila', occurredAt: at('2025-10-31') });
    await ok('renameUnit', { unitId: 'contacto', name: 'Centro de Contacto' });
    await ok('moveUnit', { unitId: 'contacto', parentId: 'operaciones' });
    await ok('archiveUnit', { unitId: 'caja' }); // empty since Santiago moved to reception
    await ok('revokeRole', { userId: 'jorge', role: 'EXECUTIVE', scopeUnitId: null, occurredAt: at('2026-03-31') });
    await ok('disableUser', { userId: 'jorge', occurredAt: at('2026-03-31') });

    // --- The maturity model: version 2 asks for more front-line training coverage.
    const models = await norte.gql<{ maturityModels: { versions: { definition: { processes: Record<string, { coverage: Record<string, unknown> }> } }[] } }>(MODEL_DEFINITIONS);
    const definition = structuredClone(models.data!.maturityModels.versions[0].definition);
    definition.processes.serviceExcellence.coverage.minPercent = 90;
    await ok('publishMaturityModel', { version: 2, ...definition, occurredAt: at('2026-04-01') });

    expect(sent.every((s) => s.result.eventIds.length === 1)).toBe(true);
  });

  it('retracts a fact, and the store holds FactRetracted naming its event id', async () => {
    const [, wrong] = by('recordCsat', (s) => s.input.teamId === 'recepcion');
    const factId = wrong.result.eventIds[0];
    const retraction = await ok('retractTeamFact', { teamId: 'recepcion', factId, reason: 'Era el CSAT del centro de contacto', occurredAt: at('2025-08-04') });
    expect(retraction).toMatchObject({ streamId: 'team-recepcion', id: factId });

    const stored = (await readStream('team-recepcion')).find((e) => e.eventId === retraction.eventIds[0])!;
    expect(stored).toMatchObject({ type: 'FactRetracted', occurredAt: at('2025-08-04'), position: BigInt(retraction.position) });
    expect(stored.data).toEqual({ factId, factType: 'CsatRecorded', reason: 'Era el CSAT del centro de contacto' });

    // The person and organisation retractions of the story name their facts too.
    const [personRetraction] = by('retractPersonFact');
    const [camilaRetracted] = (await readStream('person-camila')).filter((e) => e.type === 'FactRetracted');
    expect(camilaRetracted.eventId).toBe(personRetraction.result.eventIds[0]);
    expect(camilaRetracted.data).toMatchObject({ factId: personRetraction.input.factId, factType: 'TrainingCompleted' });
    const [orgRetraction] = by('retractOrganisationFact');
    const [orgRetracted] = (await readStream('organisation-org')).filter((e) => e.type === 'FactRetracted');
    expect(orgRetracted.eventId).toBe(orgRetraction.result.eventIds[0]);
    expect(orgRetracted.data).toMatchObject({ factId: orgRetraction.input.factId, factType: 'ServiceStandardSet' });
  });

  it('answers a re-sent command id with the identical response and stores nothing', async () => {
    // Mateo's correction, re-sent long after: his stream has grown since.
    const [original] = by('correctPersonDetails');
    await norte.app.get(ReadModels).caughtUp();
    const head = await store().headPosition();
    const again = await norte.gql(documentFor('correctPersonDetails'), { input: original.input });
    expect(again).toEqual(original.body);
    await norte.app.get(ReadModels).caughtUp();
    expect(await store().headPosition()).toBe(head);
    expect((await readStream('person-mateo')).filter((e) => e.metadata.commandId === original.input.commandId)).toHaveLength(1);
  });

  it('called every mutation of the schema at least once', () => {
    expect([...new Set(sent.map((s) => s.mutation))].sort()).toEqual(SCHEMA_MUTATIONS);
  });

  it('reads back every stream touched: its events in order, each with its full metadata', async () => {
    const expected: Record<string, string[]> = {
      'organisation-org': [
        'OrganisationRegistered', 'UnitCreated', 'UnitCreated', 'UnitCreated', 'UnitCreated', 'UnitCreated',
        'JobProfileDefined', 'JobProfileDefined', 'JobProfileRevised',
        'MissionSet', 'VisionSet', 'GuidingPrincipleDefined', 'CoreValueDefined', 'CoreValueDefined', 'ParadigmShiftRecorded',
        'ServicePolicyPublished', 'ServiceStandardSet', 'ServiceStandardSet', 'FactRetracted', 'ServiceStandardSet', 'CourseDefined', 'CourseDefined',
        'CoreValueRetired', 'UnitRenamed', 'UnitMoved', 'UnitArchived', 'MaturityModelPublished',
      ],
      'user-patricia': ['UserCreated', 'RoleGranted'],
      'user-jorge': ['UserCreated', 'RoleGranted', 'RoleRevoked', 'UserDisabled'],
      'user-lucia': ['UserCreated', 'RoleGranted'],
      'person-lucia': ['PersonEnrolled', 'AlignmentAssessed', 'TrainingCompleted'],
      'person-mateo': ['PersonEnrolled', 'PersonDetailsCorrected', 'PolicyAcknowledged', 'AlignmentAssessed', 'MisfitResolved', 'LifePlanConversationHeld', 'TrainingCompleted'],
      'person-camila': ['PersonEnrolled', 'PolicyAcknowledged', 'TrainingCompleted', 'TrainingCompleted', 'FactRetracted', 'PersonLeft'],
      'person-valentina': ['PersonEnrolled', 'TeamRoleChanged'],
      'person-santiago': ['PersonEnrolled', 'JobProfileChanged', 'PersonMovedTeam'],
      'team-recepcion': [
        'RoadmapItemPlanned', 'RoadmapItemStarted', 'RoadmapItemBlocked', 'RoadmapItemRescheduled', 'RoadmapItemUnblocked', 'RoadmapItemCompleted',
        'RoadmapItemPlanned', 'RoadmapItemCancelled',
        'WorkshopHeld', 'CoachingSessionHeld', 'RecognitionGranted', 'RecognitionGranted',
        'SurveyResultRecorded', 'MysteryShopRecorded', 'KpiMeasured', 'CsatRecorded', 'CsatRecorded', 'FactRetracted',
      ],
      'team-contacto': ['SurveyResultRecorded', 'KpiMeasured', 'CsatRecorded'],
    };
    const touched = [...new Set(sent.map((s) => s.result.streamId))].sort();
    expect(touched).toEqual(Object.keys(expected).sort());

    // Nothing else was written anywhere.
    const inLog = new Set<string>();
    for await (const raw of store().readAll()) inLog.add(raw.streamId);
    expect([...inLog].sort()).toEqual(touched);

    const byEventId = new Map(sent.flatMap((s) => s.result.eventIds.map((id) => [id, s] as const)));
    for (const streamId of touched) {
      const events = await readStream(streamId);
      expect([streamId, events.map((e) => e.type)]).toEqual([streamId, expected[streamId]]);
      // In the order the commands were sent, each event where its command said it went.
      expect(events.map((e) => e.eventId)).toEqual(sent.filter((s) => s.result.streamId === streamId).flatMap((s) => s.result.eventIds));
      for (const event of events) {
        const command = byEventId.get(event.eventId)!;
        expect(event.revision.toString()).toBe(command.result.streamRevision);
        expect(event.position.toString()).toBe(command.result.position);
        const { metadata } = event;
        expect(metadata).toMatchObject({
          commandId: command.input.commandId,
          actor: { userId: LOCAL_ADMIN.userId, role: LOCAL_ADMIN.role },
          occurredAt: command.input.occurredAt ?? expect.stringMatching(ISO),
          recordedAt: expect.stringMatching(ISO),
          correlationId: expect.any(String),
          causationId: expect.any(String),
          source: expect.stringMatching(/^(ui|api|import)$/),
          schemaVersion: expect.any(Number),
        });
        expect(metadata.correlationId).not.toBe('');
        expect(metadata.causationId).not.toBe('');
        expect(Number.isInteger(metadata.schemaVersion) && metadata.schemaVersion >= 1).toBe(true);
        expect(Date.parse(metadata.occurredAt)).toBeLessThanOrEqual(Date.parse(metadata.recordedAt));
        expect(Date.parse(metadata.recordedAt)).toBeLessThanOrEqual(Date.now());
        expect(event.occurredAt).toBe(metadata.occurredAt);
      }
    }

    // Decoded as the application reads them, the personal fields are back.
    const [mateoEnrolled, mateoCorrected] = await readStream('person-mateo');
    expect(mateoEnrolled.data).toMatchObject({ name: MATEO_MISSPELT.name, email: MATEO_MISSPELT.email, teamId: 'recepcion', role: 'member' });
    expect(mateoCorrected.data).toEqual({ personId: 'mateo', name: MATEO.name, email: MATEO.email });
    const coaching = (await readStream('team-recepcion')).find((e) => e.type === 'CoachingSessionHeld')!;
    expect(coaching.data).toMatchObject({ sessionId: 'coaching-abril', privateNote: COACHING_NOTE });
  });

  it('keeps every name, e-mail and private note out of the data folder in clear', async () => {
    await norte.app.get(ReadModels).caughtUp();
    await norte.close({ keepData: true });
    closed = true;

    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else files.push(path);
      }
    };
    walk(norte.dataDir);
    const names = files.map((f) => relative(norte.dataDir, f));
    const SNAPSHOT = /^state\/.+\/snapshots\/g\d+\/[a-z-]+\.snap$/;
    expect(names).toEqual(expect.arrayContaining([SQLITE_FILE_NAME, 'keys.sqlite', expect.stringMatching(SNAPSHOT)]));

    const contents = new Map(files.map((f) => [relative(norte.dataDir, f), readFileSync(f)]));
    // SQLite holds UTF-8; snapshot skeletons (node:v8 structured clone) hold strings as Latin-1 or UTF-16: look for all three.
    const encodings: BufferEncoding[] = ['utf8', 'latin1', 'utf16le'];
    const holding = (text: string) =>
      [...contents].filter(([, bytes]) => encodings.some((encoding) => bytes.includes(Buffer.from(text, encoding)))).map(([name]) => name);

    // The scan can fail: organisational text is stored in clear, in the events and in the snapshots.
    expect(holding(TEAM_NAME)).toEqual(expect.arrayContaining([expect.stringMatching(/^(events\.sqlite|events\.sqlite-wal)$/), expect.stringMatching(SNAPSHOT)]));
    expect(holding('Cascada del norte verdadero').length).toBeGreaterThan(0);

    const leaks = PERSONAL_SECRETS.map((secret) => [secret, holding(secret)] as const).filter(([, where]) => where.length > 0);
    expect(leaks).toEqual([]);
  });
});
