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
  refusals: {
    connections: 'Hay demasiadas conexiones desde tu red. Vuelve a intentarlo en {wait}.',
    reconnecting: 'Este chat se está reconectando demasiadas veces. Espera un minuto, por favor.',
    newChats: 'Se han abierto demasiados chats nuevos desde tu red. Vuelve a intentarlo en {wait}.',
    unknownLinks: 'Desde tu red se han probado demasiados enlaces que no existen. Vuelve a intentarlo en {wait}.',
    tabs: 'Este chat está abierto en demasiadas pestañas. Cierra una y vuelve a intentarlo.',
  },
  translationPending: 'Esta respuesta todavía no está traducida al español, por eso la ves en inglés.',
  foreignLink:
    'Este enlace está en {host}, no en {ours}, que es donde están nuestros enlaces. No lo abras ni escribas nada ahí; mejor copia el enlace de tu correo de invitación.',
  escalationSent: 'Tu solicitud {reference} se envió a {who}. Verás la respuesta aquí y por correo.',
  ourSupportTeam: 'nuestro equipo de soporte',
  ticketExtended: 'Se amplió el plazo de tu enlace: ahora funciona hasta el {deadline}.',
  ticketReset: 'Tu enlace se restableció: puedes abrir el mismo enlace otra vez y empezar de nuevo.',
  ticketLinkSent: 'Se envió un enlace a la dirección de correo a la que llegó tu invitación. Usa ese enlace, que es el más reciente.',
  browserAdvice: {
    steps: {
      iosSettings:
        'En iPhone o iPad: abre la app Ajustes, busca tu navegador (para Safari: Apps y luego Safari), pon Cámara y Micrófono en Permitir, y después vuelve y recarga la página.',
      chromeAndroid:
        'En Chrome para Android: toca el icono a la izquierda de la barra de direcciones, abre Permisos, permite Cámara y Micrófono y recarga la página. Si el propio Chrome está bloqueado: Ajustes (o Configuración) de Android, Aplicaciones, Chrome, Permisos.',
      chrome:
        'En Chrome: haz clic en el icono a la izquierda de la barra de direcciones, abre Configuración del sitio, pon Cámara y Micrófono en Permitir y recarga la página.',
      edge: 'En Edge: haz clic en el icono del candado a la izquierda de la barra de direcciones, abre Permisos para este sitio, pon Cámara y Micrófono en Permitir y recarga la página.',
      firefox:
        'En Firefox: haz clic en el icono de permisos de la barra de direcciones, quita el ajuste Bloqueado de Cámara y Micrófono, y luego recarga la página y elige Permitir.',
      safari: 'En Safari: abre el menú Safari, Ajustes para este sitio web, pon Cámara y Micrófono en Permitir y recarga la página.',
      other:
        'Abre la configuración del sitio de esta página (normalmente en el icono a la izquierda de la barra de direcciones), permite Cámara y Micrófono y recarga la página.',
    },
    unsupportedBrowser: 'Internet Explorer no puede abrir estas páginas. Mejor abre el enlace en Chrome, Edge, Firefox o Safari.',
    oldBrowser: '{browser} {version} está desactualizado. Actualízalo (o usa otro navegador actualizado) y vuelve a abrir el enlace.',
    cameraAndMicrophoneBlocked: 'Tu cámara y tu micrófono están bloqueados para este sitio. {steps}',
    cameraBlocked: 'Tu cámara está bloqueada para este sitio. {steps}',
    microphoneBlocked: 'Tu micrófono está bloqueado para este sitio. {steps}',
    mediaTestFailed: 'Falló la prueba de {failed}. {cause}',
    failedCamera: 'cámara',
    failedMicrophone: 'micrófono',
    failedBoth: 'cámara y micrófono',
    causeDefault:
      'Cierra otros programas que puedan estar usando la cámara o el micrófono (videollamadas, otra pestaña), revisa el permiso y vuelve a hacer la prueba.',
    causeNotFound: 'No se encontró ningún dispositivo: conecta una cámara o unos auriculares con micrófono, o usa un equipo que los tenga.',
    causeBusy: 'Otro programa está usando el dispositivo: cierra las apps de videollamada y las otras pestañas, y vuelve a hacer la prueba.',
    slowNetwork: 'Tu conexión es lenta. Acércate al router, cámbiate a una red más estable o cierra las descargas y otros videos antes de empezar.',
    offline: 'Tu navegador indica que no tiene conexión. Vuelve a conectarte al wifi o a los datos móviles y recarga la página.',
    storageBlocked:
      'Las cookies o el almacenamiento del sitio están bloqueados (navegación privada o una configuración estricta). Permítelos para el sitio de la entrevista o usa una ventana normal.',
  },
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
