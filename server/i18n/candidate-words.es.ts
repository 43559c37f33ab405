import type { CandidateWords } from './candidate-words';

// Spanish words of the server for candidates (English source: CANDIDATE_WORDS_EN in ./candidate-words.ts).
export const es: CandidateWords = {
  kindLabels: { assessment: 'evaluación', ai_interview: 'entrevista con IA', video_interview: 'entrevista en video' },
  newerLinkStates: {
    'link-valid': 'listo para usar',
    'in-progress-resume': 'empezado y todavía abierto, así que puedes reanudarlo',
    'link-expired': 'también expirado',
    'already-completed': 'ya completado',
    'completed-unexpectedly': 'ya cerrado por la plataforma',
    'job-closed': 'cerrado porque la vacante ya no está abierta',
    'link-revoked': 'desactivado por la empresa',
    'access-limit-exceeded': 'bloqueado por demasiadas aperturas',
    'link-superseded': 'reemplazado por otra invitación',
    'link-not-found': 'no encontrado',
  },
  jobStatuses: { open: 'abierta', paused: 'en pausa', closed: 'cerrada' },
  lessThanAMinute: 'menos de un minuto',
  translationPending: 'Esta respuesta todavía no está traducida al español, por eso la ves en inglés.',
  foreignLink:
    'Este enlace está en {host}, no en {ours}, que es donde están nuestros enlaces. No lo abras ni escribas nada ahí; mejor copia el enlace de tu correo de invitación.',
  mail: {
    roles: { bot: 'Asistente', candidate: 'Tú', recruiter: 'Reclutador', agent: 'Soporte', system: 'Aviso' },
    transcriptSubject: 'Tu conversación de ayuda sobre "{jobTitle}"',
    transcriptSubjectNoJob: 'Tu conversación de ayuda',
    transcriptIntro: 'Aquí tienes la conversación que pediste, tal como estaba en ese momento.',
    transcriptFooter:
      'Recibes este correo porque alguien lo pidió en el chat de ayuda de tu enlace de invitación. Solo se envía a la dirección de esa invitación.',
    extendedSubject: 'Tu nueva fecha límite para "{jobTitle}" es {deadline}',
    extendedSubjectNoJob: 'Tu nueva fecha límite es {deadline}',
    extendedBody: 'Tu nueva fecha límite para "{jobTitle}" es {deadline}.',
    extendedBodyNoJob: 'Tu nueva fecha límite es {deadline}.',
    openLinkToContinue: 'Abre tu enlace para continuar: {url}',
    openEmailLinkToContinue: 'Abre el enlace de tu correo de invitación para continuar.',
    doNotShare: 'Es personal: por favor, no lo compartas.',
    linkSubject: 'Tu enlace para "{jobTitle}"',
    linkIntro: 'Aquí tienes tu enlace para "{jobTitle}":',
    resentIntro: 'Pediste otra vez tu enlace para "{jobTitle}". Aquí lo tienes:',
    worksUntil: 'Funciona hasta el {deadline}.',
    ignoreIfNotYou: 'Si no lo pediste tú, puedes ignorar este correo.',
    replySubject: 'Respuesta a tu solicitud',
    reference: 'Referencia: {reference}',
  },
};
