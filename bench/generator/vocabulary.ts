import type { PracticeId, ProcessId, WorkshopKind } from '@norte/domain';

// Spanish text for a Colombian organisation. Organisational text only, except names and notes,
// which the codec encrypts.

export const FIRST_NAMES = [
  'Ana', 'Andrés', 'Camila', 'Carlos', 'Carolina', 'Daniel', 'Daniela', 'David', 'Diana', 'Diego', 'Felipe', 'Fernanda',
  'Gabriela', 'Jorge', 'José', 'Juan', 'Juliana', 'Laura', 'Lina', 'Luis', 'Manuela', 'María', 'Mariana', 'Natalia',
  'Nicolás', 'Paola', 'Pedro', 'Ricardo', 'Santiago', 'Sara', 'Sebastián', 'Sofía', 'Valentina', 'Valeria', 'Alejandro',
  'Catalina', 'Cristian', 'Esteban', 'Isabella', 'Jhon', 'Katherine', 'Leidy', 'Mauricio', 'Óscar', 'Paula', 'Yesenia',
];
export const SURNAMES = [
  'Rodríguez', 'Gómez', 'González', 'Martínez', 'García', 'López', 'Hernández', 'Sánchez', 'Ramírez', 'Pérez', 'Díaz',
  'Muñoz', 'Rojas', 'Moreno', 'Jiménez', 'Vargas', 'Castro', 'Gutiérrez', 'Álvarez', 'Ruiz', 'Torres', 'Suárez', 'Romero',
  'Ortiz', 'Valencia', 'Restrepo', 'Cárdenas', 'Ospina', 'Mejía', 'Quintero', 'Zapata', 'Arango', 'Cardona', 'Salazar',
];

export const REGIONS = [
  'Bogotá', 'Antioquia', 'Caribe', 'Pacífico', 'Eje Cafetero', 'Santanderes', 'Centro', 'Sur', 'Orinoquía', 'Boyacá',
  'Tolima Grande', 'Nariño',
];
export const ZONES = ['Norte', 'Sur', 'Oriente', 'Occidente', 'Centro', 'Digital', 'Empresas', 'Personas', 'Corporativa'];
export const PLACES = [
  'Chapinero', 'Usaquén', 'Kennedy', 'Suba', 'El Poblado', 'Laureles', 'Envigado', 'Bocagrande', 'El Prado', 'Granada',
  'Cabecera', 'La Flora', 'Centro', 'Unicentro', 'Andino', 'Calle 80', 'Soacha', 'Bello', 'Itagüí', 'Soledad', 'Palmira',
];

/** Team archetypes: name prefix, the channels they serve. */
export const TEAM_KINDS = [
  { name: 'Oficina', channels: ['in-person', 'phone'] },
  { name: 'Contact center', channels: ['phone', 'chat', 'email'] },
  { name: 'Canales digitales', channels: ['web', 'chat', 'social-media'] },
  { name: 'Servicio posventa', channels: ['phone', 'email'] },
  { name: 'Back office', channels: ['email'] },
  { name: 'Punto de atención', channels: ['in-person'] },
] as const;

export const LEAD_PROFILES = ['Supervisor de servicio', 'Coordinador de oficina', 'Jefe de equipo', 'Líder de contact center', 'Gerente de zona'];
export const MEMBER_PROFILES = [
  'Asesor comercial', 'Asesor de servicio', 'Cajero', 'Agente de contact center', 'Analista de back office', 'Ejecutivo de cuenta',
  'Auxiliar administrativo', 'Gestor de experiencia', 'Analista de calidad', 'Agente de canales digitales', 'Técnico de campo',
];

export const CORE_VALUES = [
  ['Respeto', 'Tratamos a cada persona con dignidad.'],
  ['Servicio', 'Hacemos nuestro el problema del cliente.'],
  ['Humildad', 'Aprendemos de todos.'],
  ['Responsabilidad', 'Cumplimos lo que prometemos.'],
  ['Compromiso', 'Damos lo mejor cada día.'],
  ['Alegría', 'Servimos con gusto.'],
] as const;
export const PRINCIPLES = [
  'El cliente es la razón de ser de nuestro trabajo.',
  'Todos somos líderes y todos servimos.',
  'Decimos la verdad aunque no sea agradable.',
  'Celebramos los logros de los demás.',
  'Cada contacto es una oportunidad de crear confianza.',
];
export const PARADIGMS = [
  ['El cliente es un número de radicado', 'El cliente es una persona con una necesidad'],
  ['El jefe manda y el equipo obedece', 'El líder sirve a su equipo'],
  ['Eso no es mi función', 'Salgo de mi rol para ayudar'],
  ['Los errores se esconden', 'Los errores se aprenden'],
] as const;

export const WORKSHOP_NAMES: Record<WorkshopKind, string> = {
  'true-north-cascade': 'Cascada del Norte Verdadero',
  purpose: 'Taller de sentido de vida',
  'teaching-learning': 'Enseñanza–aprendizaje: todos lideramos',
  'emotional-intelligence': 'Inteligencia emocional',
  empathy: 'Empatía con el cliente y entre compañeros',
  'reflection-space': 'Espacio de reflexión',
};

export const MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

export const PRACTICE_TITLES: Record<PracticeId, string> = {
  'guiding-principles': 'Socializar los principios rectores',
  mission: 'Apropiar la misión en el equipo',
  vision: 'Conversar la visión con el equipo',
  'core-values': 'Vivir los valores corporativos',
  'new-paradigms': 'Identificar paradigmas a cambiar',
  'purpose-training': 'Formación en propósito y autoestima',
  'life-plans': 'Conversaciones de plan de vida',
  'job-profiles': 'Actualizar perfiles de cargo',
  'fit-verification': 'Verificar ajuste persona–cargo',
  'misfit-resolution': 'Resolver desajustes de perfil',
  'teaching-learning': 'Ciclo de enseñanza–aprendizaje',
  'humble-leadership': 'Liderazgo con humildad',
  'managerial-coaching': 'Plan de coaching gerencial',
  'management-service-training': 'Formación de líderes en servicio',
  'front-line-service-training': 'Formación de primera línea en servicio',
  'service-policy': 'Socializar la política de servicio',
  'behaviour-norms': 'Normas de Ser, Saber y Hacer',
  'contact-protocols': 'Protocolo de saludo, identificación y cierre',
  'response-time-standards': 'Cumplir estándares de tiempo de respuesta',
  'emotional-intelligence': 'Desarrollo de inteligencia emocional',
  empathy: 'Jornadas de empatía',
  'reflection-spaces': 'Espacios de reflexión y manejo de la ira',
};

export const COURSE_TITLES: Record<ProcessId, string> = {
  'true-north': 'Norte Verdadero',
  'life-purpose': 'Sentido de vida',
  alignment: 'Alineación persona–cargo',
  leadership: 'Líder de líderes',
  'service-excellence': 'Servir con excelencia',
  'service-model': 'Políticas, normas y pautas de servicio',
  'emotional-connection': 'Conexión cliente–servidor–servicio',
};

export const EVIDENCE = [
  'Acta de la sesión con asistentes', 'Fotos y lista de asistencia', 'Informe enviado a la gerencia de zona',
  'Plan firmado por el equipo', 'Presentación y compromisos publicados en cartelera', 'Registro en el sistema de formación',
];
export const RESCHEDULE_REASONS = ['Temporada alta de atención', 'Cambio de líder del equipo', 'Ausencias por vacaciones', 'Priorización de la gerencia', 'Cierre de mes'];
export const BLOCK_REASONS = ['Falta de facilitador disponible', 'Espera de material de formación', 'Reestructuración de la zona', 'Sin espacio físico para el taller'];
export const CANCEL_REASONS = ['Se integró en otra iniciativa', 'El equipo cambió de prioridades', 'Duplicada por error'];
export const RECOGNITIONS = [
  'Resolvió un caso complejo en el primer contacto', 'Felicitación escrita de un cliente', 'Cumplimiento del 100 % del protocolo en cliente incógnito',
  'Apoyo a otro equipo en temporada alta', 'Mejor resultado de CSAT del trimestre', 'Iniciativa de mejora adoptada por la zona',
];
export const RETRACTION_REASONS = [
  'Registrado por error', 'Duplicado en la importación', 'Fecha equivocada: se registrará de nuevo', 'Registrado en el equipo equivocado',
  'Dato corregido por el área de formación',
];
export const RESTORE_REASONS = ['La retractación fue un error', 'Se verificó que el registro era correcto'];
export const ASSESSMENT_NOTES = [
  'Domina los procesos; reforzar el protocolo de cierre.', 'Buen trato al cliente; le falta conocimiento del portafolio.',
  'Requiere acompañamiento en manejo de quejas.', 'Perfil acorde; candidato a multiplicador.', 'Prefiere tareas de back office.',
];
export const COACHING_NOTES = [
  'Acordamos practicar la escucha activa con clientes molestos.', 'Revisamos metas personales del trimestre.',
  'Conversamos sobre la carga de trabajo y pausas activas.', 'Trabajamos la delegación en el equipo.',
];
export const MISFIT_NOTES = ['Plan de desarrollo a seis meses.', 'Reubicación acordada con talento humano.', 'Retiro acordado.'];
